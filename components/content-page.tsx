import type { MDXComponents } from 'mdx/types';
import type { Page } from '@/lib/content/load';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { TableOfContents } from './article/table-of-contents';
import { mdxComponentsFor } from './mdx-components';

/** A free-standing content page (glossary, talk): title, summary, body and its table of contents. */
export function ContentPage({ page, locale, components }: { page: Page; locale: Locale; components?: MDXComponents }) {
  const { Content } = page;
  return (
    <div className="grid gap-x-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <article className="min-w-0">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{page.title}</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{page.summary}</p>
        <div className="prose prose-slate mt-8 max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300">
          <Content components={{ ...mdxComponentsFor(locale), ...components }} />
        </div>
      </article>
      <div className="no-print mt-8 lg:mt-0">
        <div className="lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto">
          <TableOfContents sections={page.sections} label={getDictionary(locale).article.onThisPage} />
        </div>
      </div>
    </div>
  );
}
