import type { Metadata } from 'next';
import { getDictionary } from './i18n/dictionary';
import { LOCALES, type Locale } from './i18n/locales';
import { SHARE_IMAGE_SIZE, shareImagePath } from './share/share-image-path';
import { absoluteUrl, SITE_URL } from './site';

interface PageMetadataInput {
  locale: Locale;
  /** The page's path in each language, e.g. (l) => `/${l}/tech/aks/`. */
  path: (locale: Locale) => string;
  title: string;
  description: string;
  /** The page's own share image; pages without one show their language's home image in link previews. */
  image?: string;
}

/** Title, description, canonical URL, hreflang alternates and link-preview tags for one page. */
export function pageMetadata({ locale, path, title, description, image }: PageMetadataInput): Metadata {
  const siteName = getDictionary(locale).siteName;
  const canonical = absoluteUrl(path(locale));
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [l, absoluteUrl(path(l))]));
  languages['x-default'] = absoluteUrl(path('en'));
  const images = [{ url: absoluteUrl(image ?? shareImagePath.home(locale)), ...SHARE_IMAGE_SIZE, alt: title }];
  return {
    metadataBase: new URL(SITE_URL),
    title: title === siteName ? title : `${title} · ${siteName}`,
    description,
    alternates: { canonical, languages },
    openGraph: {
      type: 'website',
      siteName,
      title,
      description,
      url: canonical,
      locale: locale === 'ko' ? 'ko_KR' : 'en_GB',
      alternateLocale: LOCALES.filter((l) => l !== locale).map((l) => (l === 'ko' ? 'ko_KR' : 'en_GB')),
      images,
    },
    twitter: { card: 'summary_large_image', title, description, images: images.map((i) => i.url) },
  };
}
