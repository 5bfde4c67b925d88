import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PreviousNext, RelatedTechnologies, SourcesList } from '@/components/article/article-footer-sections';
import { ArticleFreshness } from '@/components/article/article-freshness';
import { FactsBox } from '@/components/article/facts-box';
import { LifecycleBanner } from '@/components/article/lifecycle-banner';
import { ProsCons } from '@/components/article/pros-cons';
import { TableOfContents } from '@/components/article/table-of-contents';
import { mdxComponentsFor } from '@/components/mdx-components';
import { StatusBadge } from '@/components/ui/status-badge';
import { getTechnology, loadCriteriaList, loadTechnologies } from '@/lib/content/load';
import { articleLastChanged } from '@/lib/freshness/history-store';
import { projectRepository } from '@/lib/freshness/repository';
import { getDictionary } from '@/lib/i18n/dictionary';
import { LOCALES } from '@/lib/i18n/locales';
import { localeFrom } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/metadata';
import { absoluteUrl, routes } from '@/lib/site';
import { getShareDictionary } from '@/lib/i18n/share-dictionary';
import { HandoutQr } from '@/components/share/handout-qr';
import { SharePanel } from '@/components/share/share-panel';
import { shareImagePath } from '@/lib/share/share-image-path';

type Props = { params: Promise<{ lang: string; slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.flatMap((lang) => loadTechnologies(lang).map((tech) => ({ lang, slug: tech.slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await localeFrom(params);
  const { slug } = await params;
  const tech = getTechnology(lang, slug);
  if (!tech) notFound();
  return pageMetadata({ locale: lang, path: (l) => routes.tech(l, slug), title: tech.title, description: tech.summary, image: shareImagePath.tech(lang, slug) });
}

export default async function TechnologyPage({ params }: Props) {
  const lang = await localeFrom(params);
  const { slug } = await params;
  const all = loadTechnologies(lang);
  const index = all.findIndex((t) => t.slug === slug);
  const tech = all[index];
  if (!tech) notFound();
  const t = getDictionary(lang).article;
  const titles = new Map(all.map((item) => [item.slug, item.title]));
  const related = tech.related.map((s) => all.find((item) => item.slug === s)).filter((item) => item !== undefined);
  const tocSections = [
    ...tech.sections,
    { id: 'pros-and-cons', title: t.prosAndCons, depth: 2 },
    ...(related.length ? [{ id: 'related', title: t.related, depth: 2 }] : []),
    { id: 'sources', title: t.sources, depth: 2 },
  ];
  const { Content } = tech;
  // Block on paper: the handout QR code floats, and a grid ignores floats.
  return (
    <article className="grid gap-x-10 lg:grid-cols-[minmax(0,1fr)_17rem] print:block">
      <HandoutQr url={absoluteUrl(routes.tech(lang, slug))} caption={getShareDictionary(lang).handoutQr} />
      <header className="min-w-0 lg:col-start-1">
        <div className="flex min-h-9 flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-slate-600 dark:text-slate-400">{getDictionary(lang).categories[tech.category]}</p>
          <SharePanel locale={lang} />
        </div>
        <h1 className="mt-1 flex flex-wrap items-center gap-3 text-3xl font-bold tracking-tight sm:text-4xl">
          {tech.title} <StatusBadge status={tech.status.state} locale={lang} />
        </h1>
        {/* Summaries may hold long dotted identifiers (Microsoft.Azure.Extensions.DockerExtension) that must wrap on a phone. */}
        <p className="mt-3 text-lg text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300">{tech.summary}</p>
        <LifecycleBanner tech={tech} titles={titles} locale={lang} />
      </header>
      <div className="mt-6 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0">
        <div className="space-y-6 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto">
          <FactsBox
            tech={tech}
            titles={titles}
            locale={lang}
            footer={
              <ArticleFreshness
                locale={lang}
                title={tech.title}
                file={tech.file}
                reviewed={tech.reviewed}
                lastChanged={articleLastChanged(tech.file)}
                sections={tech.sections}
                pageUrl={absoluteUrl(routes.tech(lang, slug))}
                repository={projectRepository()}
              />
            }
          />
          <TableOfContents sections={tocSections} label={t.onThisPage} />
        </div>
      </div>
      <div className="min-w-0 lg:col-start-1">
        <div className="prose prose-slate mt-8 max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300">
          <Content components={mdxComponentsFor(lang)} />
        </div>
        <ProsCons tech={tech} criteria={loadCriteriaList()} locale={lang} />
        <RelatedTechnologies related={related} locale={lang} />
        <SourcesList tech={tech} locale={lang} />
        <PreviousNext previous={all[index - 1]} next={all[index + 1]} locale={lang} />
      </div>
    </article>
  );
}
