import type { Technology } from '../content/load';
import type { Locale } from '../i18n/locales';
import { compareTwins, type TwinDifference, type TwinSide } from './twin-facts';

function side(tech: Technology): TwinSide {
  return { file: tech.file, sections: tech.sections.map(({ id, title, text }) => ({ id, title, text })) };
}

/** The twin check over every technology that exists in both languages, in slug order. */
export function twinDifferences(technologies: Record<Locale, Technology[]>): (TwinDifference & { slug: string })[] {
  const korean = new Map(technologies.ko.map((tech) => [tech.slug, tech]));
  return [...technologies.en]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .flatMap((english) => {
      const twin = korean.get(english.slug);
      return twin ? compareTwins(side(english), side(twin)).map((d) => ({ ...d, slug: english.slug })) : [];
    });
}
