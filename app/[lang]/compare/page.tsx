import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/share-panel';
import { LiveHandoutQrIsland } from '@/components/share/handout-qr';
import { getShareDictionary } from '@/lib/i18n/share-dictionary';
import { ClientIsland } from '@/components/ui/client-island';
import { getCompareDictionary } from '@/lib/i18n/compare-dictionary';
import { localeFrom } from '@/lib/i18n/params';
import { comparePreviewData, islandDataUrl } from '@/lib/island-data';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/site';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await localeFrom(params);
  const t = getCompareDictionary(lang).compare;
  return pageMetadata({ locale: lang, path: routes.compare, title: t.title, description: t.description });
}

export default async function ComparePage({ params }: Props) {
  const lang = await localeFrom(params);
  const t = getCompareDictionary(lang).compare;
  const { preview } = comparePreviewData(lang);
  return (
    <>
      <LiveHandoutQrIsland caption={getShareDictionary(lang).handoutQr} />
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.title}</h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">{t.intro}</p>
        <div className="mt-4">
          <SharePanel locale={lang} />
        </div>
      </div>
      <ClientIsland
        name="CompareExplorer"
        props={{ preview, rowsUrl: islandDataUrl.compare(lang), locale: lang, basePath: routes.compare(lang) }}
        fetched={{ url: islandDataUrl.comparePreview(lang), keys: ['preview'] }}
      />
      <p className="mt-8 text-sm text-slate-700 dark:text-slate-300">
        {t.openData}{' '}
        <a href="/api/technologies.json" className="text-brand-700 underline dark:text-brand-300">
          {t.openDataJson}
        </a>
        ,{' '}
        <a href="/api/technologies.schema.json" className="text-brand-700 underline dark:text-brand-300">
          {t.openDataSchema}
        </a>
        .
      </p>
    </>
  );
}
