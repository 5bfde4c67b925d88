import { LOCALES } from '../i18n/locales';
import type { ContentProblem } from './errors';

/** A short top-level path (`/k8s/`) that leads to a technology's article. */
export interface Alias {
  alias: string;
  slug: string;
}

/**
 * Top-level names the site already uses or may use for its own files. An alias
 * with one of these names would hide a real page or asset, so it is refused.
 */
export const RESERVED_TOP_LEVEL = [...LOCALES, '_next', 'og', 'api', 'search', 'sitemap.xml', 'robots.txt', 'icon.svg', '404', 'index'] as const;

const ALIAS_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks the parsed content/data/aliases.yaml against the known technology slugs.
 * Every problem names the alias as its field, so the build log says which line to fix.
 */
export function validateAliases(data: unknown, slugs: ReadonlySet<string>): { aliases: Alias[]; problems: ContentProblem[] } {
  if (data === null || data === undefined) return { aliases: [], problems: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { aliases: [], problems: [{ field: '(file)', message: 'must be a list of `alias: slug` lines, one alias per line' }] };
  }
  const aliases: Alias[] = [];
  const problems: ContentProblem[] = [];
  for (const [alias, slug] of Object.entries(data)) {
    if (!ALIAS_PATTERN.test(alias)) {
      problems.push({ field: alias, message: 'must be kebab-case (lower-case letters, digits and single hyphens), since it becomes the path /<alias>/' });
    } else if ((RESERVED_TOP_LEVEL as readonly string[]).includes(alias)) {
      problems.push({ field: alias, message: `is reserved: /${alias}/ is already part of the site; choose another alias` });
    } else if (typeof slug !== 'string') {
      problems.push({ field: alias, message: `must name a technology slug, but found ${JSON.stringify(slug)}` });
    } else if (!slugs.has(slug)) {
      problems.push({ field: alias, message: `"${slug}" is not the slug of any technology; expected one of ${[...slugs].sort().join(', ')}` });
    } else {
      aliases.push({ alias, slug });
    }
  }
  return { aliases, problems };
}
