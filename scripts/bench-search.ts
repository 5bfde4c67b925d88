import { gzipSync } from 'node:zlib';
import { buildSearchIndex } from '../lib/search/build-index';
import { LATENCY_ONLY, RECALL_QUERIES } from '../lib/search/bench-queries';
import { SearchEngine } from '../lib/search/engine';
import type { Tokenize } from '../lib/search/flex';
import { LOCALES, type Locale } from '../lib/i18n/locales';

/**
 * npm run bench:search — per language: index size raw and gzip, load time,
 * query latency (median, p95) and recall on a fixed query set, for the shipped
 * configuration and the alternatives it was chosen over. Prints figures; the
 * budgets are reported, not asserted (timings vary by machine).
 */

const KB = 1024;
const BUDGET_GZIP = 150 * KB;
const BUDGET_P95_MS = 1;
const RUNS = 20;

interface Config {
  name: string;
  tokenize: Tokenize;
  prebuilt: boolean;
  shipped: boolean;
}

const CONFIGS: Config[] = [
  { name: 'forward, indexed on load (shipped)', tokenize: 'forward', prebuilt: false, shipped: true },
  { name: 'forward, prebuilt export', tokenize: 'forward', prebuilt: true, shipped: false },
  { name: 'full, prebuilt export', tokenize: 'full', prebuilt: true, shipped: false },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(3)} ms`;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function measureLoad(json: string): { engine: SearchEngine; first: number; median: number } {
  const times: number[] = [];
  let engine: SearchEngine | undefined;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    engine = SearchEngine.load(JSON.parse(json));
    times.push(performance.now() - start);
  }
  return { engine: engine!, first: times[0]!, median: [...times].sort((a, b) => a - b)[2]! };
}

function recall(engine: SearchEngine, locale: Locale) {
  const misses: string[] = [];
  const queries = RECALL_QUERIES.filter((q) => q.locale === locale);
  let found = 0;
  for (const q of queries) {
    const top = engine.search(q.query, { limit: 5 }).groups.map((g) => g.url);
    if (top.includes(q.expect)) found++;
    else misses.push(`${q.kind} "${q.query}" → wanted ${q.expect}, got ${top.slice(0, 3).join(' ') || 'nothing'}`);
  }
  return { found, total: queries.length, misses };
}

function latency(engine: SearchEngine, locale: Locale) {
  const queries = [...RECALL_QUERIES.filter((q) => q.locale === locale), ...LATENCY_ONLY.filter((q) => q.locale === locale)].map((q) => q.query);
  for (const q of queries) engine.search(q); // warm up, as a reader's second keystroke would be
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const q of queries) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      engine.search(q);
      wall.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  // CPU time leaves out the time this process waited for a core, which on a shared machine dominates wall-clock p95.
  return { queries: queries.length, median: percentile(wall, 50), p95: percentile(wall, 95), cpuMedian: percentile(cpu, 50), cpuP95: percentile(cpu, 95) };
}

console.log(`Machine load average: ${(await import('node:os')).loadavg().map((n) => n.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
const summary: string[] = [];
for (const config of CONFIGS) {
  console.log(`\n## ${config.name}`);
  for (const locale of LOCALES) {
    const json = JSON.stringify(buildSearchIndex(locale, { tokenize: config.tokenize, prebuilt: config.prebuilt }));
    const raw = Buffer.byteLength(json);
    const gzip = gzipSync(json, { level: 6 }).length;
    const load = measureLoad(json);
    const lat = latency(load.engine, locale);
    const rec = recall(load.engine, locale);
    const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
    console.log(`${locale}: index ${kb(raw)} raw, ${kb(gzip)} gzip (${verdict(gzip <= BUDGET_GZIP)}, budget ${kb(BUDGET_GZIP)}); vocabulary ${load.engine.vocabularySize} terms`);
    console.log(`${locale}: load ${ms(load.first)} first, ${ms(load.median)} median of 5 (parse + ${config.prebuilt ? 'import' : 'index'})`);
    console.log(`${locale}: query wall-clock median ${ms(lat.median)}, p95 ${ms(lat.p95)} (${verdict(lat.p95 <= BUDGET_P95_MS)}, budget ${ms(BUDGET_P95_MS)}) over ${lat.queries} queries × ${RUNS}`);
    console.log(`${locale}: query CPU time median ${ms(lat.cpuMedian)}, p95 ${ms(lat.cpuP95)} (${verdict(lat.cpuP95 <= BUDGET_P95_MS)})`);
    console.log(`${locale}: recall@5 ${rec.found}/${rec.total} (${((100 * rec.found) / rec.total).toFixed(0)}%)`);
    for (const miss of rec.misses) console.log(`   missed: ${miss}`);
    if (config.shipped) {
      summary.push(`${locale}: ${kb(raw)} raw / ${kb(gzip)} gzip, load ${ms(load.median)}, query median ${ms(lat.median)} p95 ${ms(lat.p95)} (CPU p95 ${ms(lat.cpuP95)}), recall ${rec.found}/${rec.total}`);
    }
  }
}
console.log(`\nShipped configuration:\n${summary.join('\n')}`);
