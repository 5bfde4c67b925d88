/**
 * Every page of a build against the HTML budgets (scripts/page-weight.ts):
 * the heaviest page of each route type, gzip, and every page over its budget.
 * The e2e budgets check sample pages of the 1× build; this reads them all, for
 * a 10× build too:
 *
 *   tsx scripts/html-weights.ts .bench/out-10x
 *
 * Exits 1 when a page is over its budget.
 */
import path from 'node:path';
import { htmlFiles } from './out-site';
import { BUDGETS, formatKb, gzipBytes, routeType } from './page-weight';

export interface PageWeight {
  page: string;
  type: string;
  gzip: number;
  budget: number;
}

/** A page's HTML budget: every page 60 KB gzip, articles 40 KB. */
export function htmlBudget(type: string): number {
  return type === 'article' ? Math.min(BUDGETS.html, BUDGETS.articleHtml) : BUDGETS.html;
}

export function pageWeights(outDir: string): PageWeight[] {
  return htmlFiles(outDir).map((file) => {
    const page = `/${path.relative(outDir, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    const type = routeType(page);
    return { page, type, gzip: gzipBytes(file), budget: htmlBudget(type) };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const outDir = path.resolve(process.argv[2] ?? 'out');
  const weights = pageWeights(outDir);
  const heaviest = new Map<string, PageWeight>();
  for (const weight of weights) if ((heaviest.get(weight.type)?.gzip ?? -1) < weight.gzip) heaviest.set(weight.type, weight);
  console.log(`${weights.length} pages in ${outDir}; the heaviest of each route type (HTML, gzip):`);
  for (const w of [...heaviest.values()].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${w.type.padEnd(16)} ${formatKb(w.gzip).padStart(9)} / ${formatKb(w.budget)}  ${w.page}`);
  const over = weights.filter((w) => w.gzip > w.budget);
  for (const w of over) console.error(`Over budget: ${w.page} ${formatKb(w.gzip)} > ${formatKb(w.budget)}`);
  if (over.length) process.exit(1);
}
