import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/share-panel';
import { LiveHandoutQrIsland } from '@/components/share/handout-qr';
import { getShareDictionary } from '@/lib/i18n/share-dictionary';
import { ClientIsland } from '@/components/ui/client-island';
import { getDictionary } from '@/lib/i18n/dictionary';
import { getMatrixDictionary } from '@/lib/i18n/matrix-dictionary';
import { localeFrom } from '@/lib/i18n/params';
import { islandDataUrl, matrixIslandData } from '@/lib/island-data';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/site';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await localeFrom(params);
  const t = getMatrixDictionary(lang);
  return pageMetadata({ locale: lang, path: routes.matrix, title: t.title, description: t.description });
}

/** The pros and cons matrix. The default view is rendered here; choices, weights and the URL are the client component's. */
export default async function MatrixPage({ params }: Props) {
  const lang = await localeFrom(params);
  const t = getMatrixDictionary(lang);
  const dictionary = getDictionary(lang);
  return (
    <div>
      <LiveHandoutQrIsland caption={getShareDictionary(lang).handoutQr} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{t.description}</p>
      <p className="mt-2 mb-4 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t.howScored}</p>
      <div className="mb-6">
        <SharePanel locale={lang} />
      </div>
      <ClientIsland
        name="MatrixExplorer"
        props={{ ...matrixIslandData(lang), locale: lang, statusLabels: dictionary.statuses, categoryLabels: dictionary.categories }}
        fetched={{ url: islandDataUrl.matrix(lang), keys: ['data'] }}
      />
    </div>
  );
}
