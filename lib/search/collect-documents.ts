import type { ContentSet, Page, Technology } from '../content/load';
import { getDictionary } from '../i18n/dictionary';
import type { Locale } from '../i18n/locales';
import { routes } from '../site';

/**
 * Collects one language's searchable documents from the content loader, at
 * build time: a document per page summary and per section, so a result can
 * point at the heading where the words are. build-shards.ts indexes them.
 */

/** A page that results are grouped under. */
export interface SearchPage {
  title: string;
  url: string;
  /** What kind of page it is, shown next to the title ("Glossary", "Retired"). */
  label: string;
}

/** One searchable unit: a page's summary, or one section under a heading. */
export interface SearchDoc {
  /** Index into `pages`. */
  page: number;
  /** The page URL, with the heading's anchor when the document is a section. */
  url: string;
  heading: string;
  text: string;
}

export interface Collected {
  pages: SearchPage[];
  docs: SearchDoc[];
}

function addTechnology(tech: Technology, locale: Locale, out: Collected): void {
  const t = getDictionary(locale);
  const url = routes.tech(locale, tech.slug);
  const page = out.pages.push({ title: tech.title, url, label: `${t.categories[tech.category]} · ${t.statuses[tech.status.state]}` }) - 1;
  out.docs.push({
    page,
    url,
    heading: tech.title,
    text: [
      tech.summary,
      `${t.article.status}: ${t.statuses[tech.status.state]}. ${tech.status.note}`,
      `${t.article.governance}: ${tech.governance}.`,
      `${t.categories[tech.category]}.`,
      tech.comparison.provides ?? '',
    ].join(' ').trim(),
  });
  for (const section of tech.sections) {
    out.docs.push({ page, url: `${url}#${section.id}`, heading: section.title, text: section.text });
  }
  out.docs.push({
    page,
    url: `${url}#pros-and-cons`,
    heading: t.article.prosAndCons,
    text: [
      `${t.article.pros}: ${tech.pros.map((p) => p.text).join(' ')}`,
      `${t.article.cons}: ${tech.cons.map((p) => p.text).join(' ')}`,
    ].join(' '),
  });
}

function addPage(contentPage: Page, url: string, out: Collected, label: string): void {
  const page = out.pages.push({ title: contentPage.title, url, label }) - 1;
  out.docs.push({ page, url, heading: contentPage.title, text: contentPage.summary });
  for (const section of contentPage.sections) {
    out.docs.push({ page, url: `${url}#${section.id}`, heading: section.title, text: section.text });
  }
}

/**
 * Every searchable document of one language, from the content loader: the
 * technologies first (page i is content.technologies[locale][i]), then the
 * glossary and the talk. Documents of one page are consecutive.
 */
export function collectSearchDocuments(content: ContentSet, locale: Locale): Collected {
  const nav = getDictionary(locale).nav;
  const out: Collected = { pages: [], docs: [] };
  for (const tech of content.technologies[locale]) addTechnology(tech, locale, out);
  const glossary = content.pages[locale].glossary;
  if (glossary) addPage(glossary, routes.glossary(locale), out, nav.glossary);
  const talk = content.pages[locale].talk;
  if (talk) addPage(talk, routes.talk(locale), out, nav.talk);
  return out;
}
