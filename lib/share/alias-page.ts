import { LOCALES, type Locale } from '../i18n/locales';
import { pickLocaleScript } from '../i18n/pick-locale-script';
import { absoluteUrl, routes } from '../site';
import { h, htmlDocument } from '../html/build-document';
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
 * and offers both languages as plain links in case neither happens. Built as a
 * tree and serialised by parse5 (scripts/html/build-document.ts), which escapes
 * every title and summary.
 */
export function aliasPageHtml({ alias, slug, titles, summary }: AliasPageInput): string {
  const target = (l: Locale) => routes.tech(l, slug);
  const meta = (attributes: Record<string, string>) => h('meta', attributes);
  const head = h('head', {}, [
    meta({ charset: 'utf-8' }),
    meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    meta({ name: 'color-scheme', content: 'light dark' }),
    h('title', {}, [`${titles.en} · Container Atlas`]),
    meta({ name: 'description', content: summary }),
    h('link', { rel: 'canonical', href: absoluteUrl(target('en')) }),
    ...LOCALES.map((l) => h('link', { rel: 'alternate', hreflang: l, href: absoluteUrl(target(l)) })),
    meta({ property: 'og:type', content: 'website' }),
    meta({ property: 'og:title', content: titles.en }),
    meta({ property: 'og:description', content: summary }),
    meta({ property: 'og:url', content: absoluteUrl(target('en')) }),
    meta({ property: 'og:image', content: absoluteUrl(shareImagePath.tech('en', slug)) }),
    meta({ property: 'og:image:width', content: String(SHARE_IMAGE_SIZE.width) }),
    meta({ property: 'og:image:height', content: String(SHARE_IMAGE_SIZE.height) }),
    meta({ name: 'twitter:card', content: 'summary_large_image' }),
    h('script', {}, [pickLocaleScript(`tech/${slug}/`)]),
    h('noscript', {}, [meta({ 'http-equiv': 'refresh', content: `0; url=${target('en')}` })]),
  ]);
  const links = LOCALES.map((l) => h('li', { lang: l }, [h('a', { href: target(l), hreflang: l }, [READ_IN[l](titles[l])])]));
  const body = h('body', {}, [h('main', { 'data-alias': alias }, [h('h1', {}, [titles.en]), h('ul', {}, links)])]);
  return `${htmlDocument(h('html', { lang: 'en' }, [head, body]))}\n`;
}
