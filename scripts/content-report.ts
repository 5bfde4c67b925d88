/**
 * Validates all content and prints, per article and language, its length,
 * number of sources and status, so a reviewer sees the state at a glance.
 * Exits 1 with the loader's message when any content is invalid.
 */
import { ContentErrors } from '../lib/content/errors';
import { loadContent } from '../lib/content/load';
import { LOCALES } from '../lib/i18n/locales';

/** English is counted in words; Korean in non-space characters, the usual measure for Korean text. */
function measure(locale: string, text: string): string {
  if (locale === 'ko') return `${text.replace(/\s/g, '').length} chars`;
  return `${text.split(/\s+/).filter(Boolean).length} words`;
}

const quiet = process.argv.includes('--quiet');

try {
  const content = loadContent();
  if (quiet) {
    console.log(`Content OK: ${content.technologies.en.length} technologies in ${LOCALES.length} languages.`);
    process.exit(0);
  }
  const rows: string[][] = [['slug', 'lang', 'length', 'sources', 'status', 'since']];
  for (const locale of LOCALES) {
    for (const tech of content.technologies[locale]) {
      rows.push([tech.slug, locale, measure(locale, tech.plainText), String(tech.sources.length), tech.status.state, tech.status.since]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
  const pages = LOCALES.flatMap((l) => Object.keys(content.pages[l]).map((p) => `${l}/${p}`));
  console.log(`\n${content.technologies.en.length} technologies in ${LOCALES.length} languages; pages: ${pages.join(', ') || 'none'}; ${content.criteria.length} criteria.`);
} catch (error) {
  if (error instanceof ContentErrors) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
