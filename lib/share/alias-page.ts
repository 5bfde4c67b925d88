import { LOCALES, type Locale } from '../i18n/locales';
import { pickLocaleScript } from '../i18n/pick-locale-script';
import { absoluteUrl, routes } from '../site';
import { escapeHtml } from './escape-html';
import { SHARE_IMAGE_SIZE, shareImagePath } from './share-image-path';

export interface AliasPageInput {
  alias: string;
  slug: string;
  /** The technology's title and summary in each language. */
  titles: Record<Locale, string>;
  summary: string;
}

const READ_IN: Record<Locale, (title: string) => string> = {
  en: (title) => `Read about ${title} in English`,
  ko: (title) => `${title} 글을 한국어로 읽기`,
};

/**
 * The static page at /<alias>/: it sends the reader to the article in their
 * language (inline script), sends readers and link previewers without
 * JavaScript to the English article (meta refresh), names the canonical page,
 * and offers both languages as plain links in case neither happens.
 */
export function aliasPageHtml({ alias, slug, titles, summary }: AliasPageInput): string {
  const target = (l: Locale) => routes.tech(l, slug);
  const title = escapeHtml(`${titles.en} · Container Atlas`);
  const alternates = LOCALES.map((l) => `<link rel="alternate" hreflang="${l}" href="${absoluteUrl(target(l))}">`).join('');
  const links = LOCALES.map(
    (l) => `<li lang="${l}"><a href="${target(l)}" hreflang="${l}">${escapeHtml(READ_IN[l](titles[l]))}</a></li>`,
  ).join('');
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">',
    `<title>${title}</title><meta name="description" content="${escapeHtml(summary)}">`,
    `<link rel="canonical" href="${absoluteUrl(target('en'))}">${alternates}`,
    `<meta property="og:type" content="website"><meta property="og:title" content="${escapeHtml(titles.en)}">`,
    `<meta property="og:description" content="${escapeHtml(summary)}"><meta property="og:url" content="${absoluteUrl(target('en'))}">`,
    `<meta property="og:image" content="${absoluteUrl(shareImagePath.tech('en', slug))}">`,
    `<meta property="og:image:width" content="${SHARE_IMAGE_SIZE.width}"><meta property="og:image:height" content="${SHARE_IMAGE_SIZE.height}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<script>${pickLocaleScript(`tech/${slug}/`)}</script>`,
    `<noscript><meta http-equiv="refresh" content="0; url=${target('en')}"></noscript>`,
    `</head><body><main data-alias="${escapeHtml(alias)}"><h1>${escapeHtml(titles.en)}</h1><ul>${links}</ul></main></body></html>\n`,
  ].join('');
}
