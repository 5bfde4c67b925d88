/**
 * Validates all content and prints, per article and language, its length,
 * number of sources, status, when its facts were checked (`reviewed`, oldest
 * first) and when its file last changed; then the freshness warnings and the
 * twin check (dates, versions and numbers one language states and the other
 * lacks). Exits 1 with the loader's message when any content is invalid, or
 * when a `reviewed` date is in the future.
 *
 * `--quiet` (the build's content:check) prints only problems and counts.
 * ATLAS_TODAY=YYYY-MM-DD pins "today" for the freshness rules.
 */
import { ContentErrors } from '../lib/content/errors';
import { CONTENT_ROOT, loadContent } from '../lib/content/load';
import { gitIn, readContentHistory } from '../lib/freshness/git-history';
import { articleLastChanged } from '../lib/freshness/history-store';
import { byReviewedOldestFirst, checkReviewed, todayFromEnv } from '../lib/freshness/reviewed';
import { twinDifferences } from '../lib/freshness/twin-report';
import { formatTwinDifference } from '../lib/freshness/twin-facts';
import { LOCALES } from '../lib/i18n/locales';

/** English is counted in words; Korean in non-space characters, the usual measure for Korean text. */
function measure(locale: string, text: string): string {
  if (locale === 'ko') return `${text.replace(/\s/g, '').length} chars`;
  return `${text.split(/\s+/).filter(Boolean).length} words`;
}

const quiet = process.argv.includes('--quiet');

try {
  const content = loadContent();
  const all = LOCALES.flatMap((locale) => content.technologies[locale]);
  const freshness = checkReviewed(all, todayFromEnv());
  if (freshness.errors.length) throw new ContentErrors(freshness.errors);
  const twins = twinDifferences(content.technologies);
  if (quiet) {
    for (const warning of freshness.warnings) console.warn(`Warning: ${warning}`);
    console.log(`Content OK: ${content.technologies.en.length} technologies in ${LOCALES.length} languages.`);
    if (twins.length) console.log(`Twin check: ${twins.length} date(s), version(s) or number(s) stated in one language only; \`npm run content:report\` lists them.`);
    process.exit(0);
  }
  // Asked of git now, not read from the last build's saved history, so the report shows the working tree's state.
  const history = readContentHistory(gitIn(CONTENT_ROOT));
  const rows: string[][] = [['slug', 'lang', 'reviewed', 'last changed', 'length', 'sources', 'status', 'since']];
  for (const tech of byReviewedOldestFirst(all)) {
    const changed = articleLastChanged(tech.file, history)?.slice(0, 10) ?? '-';
    rows.push([tech.slug, tech.locale, tech.reviewed, changed, measure(tech.locale, tech.plainText), String(tech.sources.length), tech.status.state, tech.status.since]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
  const pages = LOCALES.flatMap((l) => Object.keys(content.pages[l]).map((p) => `${l}/${p}`));
  console.log(`\n${content.technologies.en.length} technologies in ${LOCALES.length} languages; pages: ${pages.join(', ') || 'none'}; ${content.criteria.length} criteria.`);
  console.log(`\nFreshness: ${freshness.warnings.length} article file(s) reviewed more than 180 days ago.`);
  for (const warning of freshness.warnings) console.log(`  Warning: ${warning}`);
  console.log(`\nTwin check: ${twins.length} warning(s) in ${new Set(twins.map((d) => d.slug)).size} technolog(ies).`);
  for (const difference of twins) console.log(`  Warning: ${formatTwinDifference(difference)}`);
} catch (error) {
  if (error instanceof ContentErrors) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
