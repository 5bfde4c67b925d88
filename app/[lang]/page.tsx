import type { Metadata } from 'next';
import { TechnologyCardList } from '@/components/technology-card-list';
import { HeadingAnchor } from '@/components/ui/heading-anchor';
import { SharePanel } from '@/components/share/share-panel';
import { loadTechnologies } from '@/lib/content/load';
import { getDictionary } from '@/lib/i18n/dictionary';
import { localeFrom } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/metadata';
import { absoluteUrl, routes } from '@/lib/site';
import { getShareDictionary } from '@/lib/i18n/share-dictionary';
import { HandoutQr } from '@/components/share/handout-qr';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await localeFrom(params);
  const t = getDictionary(lang);
  return pageMetadata({ locale: lang, path: routes.home, title: t.siteName, description: t.tagline });
}

export default async function HomePage({ params }: Props) {
  const lang = await localeFrom(params);
  const t = getDictionary(lang);
  const technologies = loadTechnologies(lang);
  return (
    <>
      <HandoutQr url={absoluteUrl(routes.home(lang))} caption={getShareDictionary(lang).handoutQr} />
      <div className="max-w-3xl">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.home.title}</h1>
          <SharePanel locale={lang} />
        </div>
        <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{t.home.intro}</p>
        <p className="mt-3 text-slate-700 dark:text-slate-300">{t.home.audience}</p>
      </div>
      <section aria-labelledby="by-category" className="mt-10">
        <h2 id="by-category" className="group text-2xl font-bold">
          {t.home.byCategory}
          <HeadingAnchor id="by-category" locale={lang} />
        </h2>
        <p className="mb-6 mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t.home.count(technologies.length)} · {t.home.retiredNote}
        </p>
        <TechnologyCardList technologies={technologies} locale={lang} />
      </section>
    </>
  );
}
