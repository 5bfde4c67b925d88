import { getPage, loadTechnologies } from '../content/load';
import { getDictionary } from '../i18n/dictionary';
import { LOCALES } from '../i18n/locales';
import { routes, SITE_URL } from '../site';
import type { ShareCard } from './share-image';
import { shareImagePath } from './share-image-path';

/** The share images the build makes: the home page, every article and every content page, in each language. */
export interface PlannedShareImage {
  /** Path under public/ (and out/), e.g. /og/ko/tech/aks.png. */
  file: string;
  card: ShareCard;
}

/** host/path, which is how people read a URL off a slide. */
function address(path: string): string {
  return `${new URL(SITE_URL).host}${path}`;
}

export function planShareImages(): PlannedShareImage[] {
  return LOCALES.flatMap((locale) => {
    const t = getDictionary(locale);
    const home: PlannedShareImage = {
      file: shareImagePath.home(locale),
      card: { locale, kicker: t.home.count(loadTechnologies(locale).length), title: t.home.title, summary: t.home.intro, address: address(routes.home(locale)) },
    };
    const articles = loadTechnologies(locale).map((tech) => ({
      file: shareImagePath.tech(locale, tech.slug),
      card: {
        locale,
        kicker: t.categories[tech.category],
        title: tech.title,
        summary: tech.summary,
        badge: { status: tech.status.state, label: t.statuses[tech.status.state] },
        address: address(routes.tech(locale, tech.slug)),
      },
    }));
    const pages = (['glossary', 'talk'] as const).flatMap((name) => {
      const page = getPage(locale, name);
      if (!page) return [];
      return [{ file: shareImagePath.page(locale, name), card: { locale, kicker: t.siteName, title: page.title, summary: page.summary, address: address(routes[name](locale)) } }];
    });
    return [home, ...articles, ...pages];
  });
}
