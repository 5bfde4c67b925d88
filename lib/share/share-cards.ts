import { getPage, loadTechnologies, type Technology } from '../content/load';
import { getDictionary } from '../i18n/dictionary';
import { LOCALES } from '../i18n/locales';
import { routes, SITE_URL } from '../site';
import { formatPartialDate } from '../i18n/format';
import { getLifespanDictionary } from '../i18n/lifespan-dictionary';
import type { Locale } from '../i18n/locales';
import { buildLane, chartEnd, yearFraction, yearSpan } from '../timeline/lanes';
import type { ShareCard, ShareLane } from './share-image';
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

/** The article's lane on the same years as the timeline chart. */
function shareLane(tech: Technology, all: Technology[], locale: Locale): ShareLane {
  const asOf = chartEnd(all);
  const lane = buildLane(tech, asOf);
  const span = yearSpan(all.map((item) => buildLane(item, asOf)), asOf);
  const year = (date: string) => formatPartialDate(date.slice(0, 4), locale);
  const end = lane.state === 'retired' ? year(lane.end) : getLifespanDictionary(locale).today;
  return { ...span, start: yearFraction(lane.start), end: yearFraction(lane.end), state: lane.state, label: `${year(lane.start)} – ${end}` };
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
        lane: shareLane(tech, loadTechnologies(locale), locale),
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
