import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/share-panel';
import { LiveHandoutQrIsland } from '@/components/share/handout-qr';
import { getShareDictionary } from '@/lib/i18n/share-dictionary';
import { SearchPage } from '@/components/search/search-page';
import { localeFrom } from '@/lib/i18n/params';
import { getSearchDictionary } from '@/lib/i18n/search-dictionary';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/site';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await localeFrom(params);
  const t = getSearchDictionary(lang).page;
  return pageMetadata({ locale: lang, path: routes.search, title: t.title, description: t.description });
}

/** /<lang>/search/?q=… : the server renders the frame; the search island reads ?q= and searches. */
export default async function SearchRoute({ params }: Props) {
  const lang = await localeFrom(params);
  const t = getSearchDictionary(lang).page;
  return (
    <div className="mx-auto max-w-3xl">
      <LiveHandoutQrIsland caption={getShareDictionary(lang).handoutQr} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.title}</h1>
      <p className="mt-3 mb-4 text-slate-700 dark:text-slate-300">{t.intro}</p>
      <div className="mb-6">
        <SharePanel locale={lang} />
      </div>
      <noscript>
        <p className="mb-4">
          {t.noScript} <a href={routes.home(lang)}>{routes.home(lang)}</a> · <a href={routes.glossary(lang)}>{routes.glossary(lang)}</a>
        </p>
      </noscript>
      <SearchPage locale={lang} />
    </div>
  );
}
