import { loadContent, type Technology } from '../content/load';
import type { TechnologyFrontmatter } from '../content/schema';
import { LOCALES } from '../i18n/locales';
import { absoluteUrl, routes } from '../site';
import { OPEN_DATA_VERSION, type OpenData } from './schema';

export const OPEN_DATA_PATH = '/api/technologies.json';
export const OPEN_DATA_SCHEMA_PATH = '/api/technologies.schema.json';

/** The frontmatter alone, without what the loader adds (compiled body, sections, file path). */
function frontmatterOf(tech: Technology): TechnologyFrontmatter {
  const { locale: _locale, file: _file, Content: _content, sections: _sections, links: _links, plainText: _plainText, ...frontmatter } = tech;
  return frontmatter;
}

/** Every technology in every language, from the one content loader. */
export function buildOpenData(): OpenData {
  const content = loadContent();
  const slugs = content.technologies.en.map((tech) => tech.slug).sort();
  return {
    name: 'Container Atlas technologies',
    version: OPEN_DATA_VERSION,
    schema: absoluteUrl(OPEN_DATA_SCHEMA_PATH),
    locales: [...LOCALES],
    technologies: slugs.map((slug) => {
      const byLocale = (pick: (locale: (typeof LOCALES)[number]) => unknown) => Object.fromEntries(LOCALES.map((l) => [l, pick(l)]));
      return {
        slug,
        urls: byLocale((l) => absoluteUrl(routes.tech(l, slug))) as OpenData['technologies'][number]['urls'],
        data: byLocale((l) => frontmatterOf(content.technologies[l].find((t) => t.slug === slug)!)) as OpenData['technologies'][number]['data'],
      };
    }),
  };
}
