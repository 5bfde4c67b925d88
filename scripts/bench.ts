/**
 * `npm run bench`: the site's speed in figures, at today's content (1×) and
 * at ten times the content (10×, made by scripts/generate-kb.ts). For each it
 * prints the cold build time and each build step's time, page weight per
 * route type (gzip), the explorers' input-to-next-paint with the CPU
 * throttled 4× (scripts/bench/interactions.ts), Lighthouse scores (mobile and
 * desktop, median of BENCH_RUNS runs, default 3), then the search figures,
 * and records them in docs/PERFORMANCE.md. Timings are noisy on a shared
 * two-core machine, so it reports and never fails on a number.
 *
 *   npm run bench                      both sizes, building each
 *   npm run bench -- --no-build        the builds already in out/ (1×) and .bench/out-10x/ (10×)
 *   npm run bench -- --build 10x       rebuild 10× only, measure 1× from out/
 *   npm run bench -- --sizes 1x        one size only; --no-lighthouse skips Lighthouse, --no-search the search figures
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { type InteractionFigure, measureInteractions } from './bench/interactions';
import { BUILD_TIMINGS_FILE, formatTimings, type StepTiming } from './build';
import { generateKnowledgeBase } from './generate-kb';
import { BUDGETS, builtFile, formatKb, gzipBytes, jsBudget, routeType } from './page-weight';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

/** One page per route type that this build has; the Kubernetes article is among the longest, the worst case for HTML. */
function samplePages(outDir: string): string[] {
  const candidates = ['/en/', '/en/tech/kubernetes/', '/ko/tech/kubernetes/', '/ko/timeline/', '/en/compare/', '/en/matrix/', '/en/search/?q=kubernetes', '/ko/search/?q=쿠버네티스'];
  return candidates.filter((page) => {
    try {
      builtFile(page.split('?')[0]!, outDir);
      return true;
    } catch {
      return false;
    }
  });
}

function coldBuild(env: Record<string, string> = {}): number {
  rmSync('.next', { recursive: true, force: true });
  rmSync('out', { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) throw new Error('the build failed; run `npm run build` to see why');
  return (performance.now() - started) / 1000;
}

interface Weight {
  page: string;
  type: string;
  js: number;
  css: number;
  html: number;
  /** JSON fetched while the page loads: an explorer's props (rows.json, data.json), the search index. */
  data: number;
}

async function pageWeights(pages: string[], origin: string, outDir: string): Promise<Weight[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const weights: Weight[] = [];
  for (const page of pages) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const scripts = new Set<string>();
    const styles = new Set<string>();
    const data = new Set<string>();
    tab.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.resourceType() === 'script') scripts.add(pathname);
      if (pathname.endsWith('.json')) data.add(pathname);
      if (request.resourceType() === 'stylesheet') styles.add(pathname);
    });
    await tab.goto(origin + page, { waitUntil: 'networkidle' });
    const sum = (paths: Set<string>) => [...paths].reduce((total, p) => total + gzipBytes(builtFile(p, outDir)), 0);
    weights.push({ page, type: routeType(page.split('?')[0]!), js: sum(scripts), css: sum(styles), data: sum(data), html: gzipBytes(builtFile(page.split('?')[0]!, outDir)) });
    await context.close();
  }
  await browser.close();
  return weights;
}

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  /** Cumulative layout shift, ×1000 so the median works on integers like the rest. */
  clsMilli: number;
}

function lighthouseOnce(url: string, formFactor: 'mobile' | 'desktop'): LighthouseFigures {
  const args = [url, '--quiet', '--output=json', '--output-path=stdout', `--chrome-flags=${CHROME_FLAGS}`, '--only-categories=performance,accessibility,best-practices,seo'];
  if (formFactor === 'desktop') args.push('--preset=desktop');
  const json = execFileSync(path.join('node_modules', '.bin', 'lighthouse'), args, {
    env: { ...process.env, CHROME_PATH: CHROMIUM ?? process.env.CHROME_PATH },
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  const report = JSON.parse(json);
  const score = (key: string) => Math.round((report.categories[key]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? 0),
    clsMilli: Math.round((report.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The median of RUNS successful runs. Lighthouse now and then fails to record
 * a trace (NO_NAVSTART) on a busy machine; a failed run is retried, up to
 * RUNS more attempts in all, and reported rather than ending the benchmark.
 */
function lighthouseMedian(url: string, formFactor: 'mobile' | 'desktop', wanted = RUNS): LighthouseFigures | Error {
  const runs: LighthouseFigures[] = [];
  let lastError: Error | undefined;
  for (let attempt = 0; runs.length < wanted && attempt < wanted * 2; attempt += 1) {
    try {
      runs.push(lighthouseOnce(url, formFactor));
    } catch (error) {
      lastError = error instanceof Error ? error : new Error(String(error));
      console.warn(`lighthouse ${formFactor} ${url}: a run failed (${lastError.message.split('\n')[0]}); retrying`);
    }
  }
  if (runs.length === 0) return lastError ?? new Error('no run');
  const keys = Object.keys(runs[0]!) as (keyof LighthouseFigures)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as LighthouseFigures;
}

/** The shipped configuration's lines from `npm run bench:search` (the full output, with the rejected configurations, is printed above). */
function searchSummary(output: string): string {
  const shipped = output.split('Shipped configuration:')[1]?.trim();
  return shipped ? ['Search (`npm run bench:search`, shipped configuration):', '', ...shipped.split('\n').map((line) => `- ${line.trim()}`)].join('\n') : '';
}

function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** One content size the benchmark builds and measures. */
interface Size {
  label: '1×' | '10×';
  key: '1x' | '10x';
  outDir: string;
  port: number;
}

const SIZES: Size[] = [
  // 10× first, so the 1× build is what stays in out/ for the tests.
  { label: '10×', key: '10x', outDir: path.join('.bench', 'out-10x'), port: 3301 },
  { label: '1×', key: '1x', outDir: 'out', port: 3300 },
];

/** Lighthouse runs per page at each size: BENCH_RUNS (default 3), or BENCH_RUNS_10X for 10× when time is short. */
const runsFor = (size: Size) => (size.key === '10x' ? Number(process.env.BENCH_RUNS_10X ?? RUNS) : RUNS);

const stepsFile = (size: Size) => path.join('.bench', `build-steps-${size.key}.json`);

/** Builds one size from cold (no .next, no out); 10× from a generated copy of content/, moved to .bench/out-10x afterwards. */
function buildSize(size: Size, keepOut: boolean): number {
  // A cold build removes out/; a 1× build that is not being redone is set aside meanwhile.
  const saved = path.join('.bench', 'out-1x-saved');
  if (keepOut && size.outDir !== 'out' && existsSync('out')) {
    rmSync(saved, { recursive: true, force: true });
    mkdirSync('.bench', { recursive: true });
    renameSync('out', saved);
  }
  try {
    return buildSizeCold(size);
  } finally {
    if (existsSync(saved) && !existsSync('out')) renameSync(saved, 'out');
  }
}

function buildSizeCold(size: Size): number {
  const env: Record<string, string> = {};
  if (size.key === '10x') {
    const kb = generateKnowledgeBase({ factor: 10, outDir: path.resolve('.bench', 'kb-10x') });
    console.log(`10× content: ${kb.technologies} technologies per language in ${kb.outDir}`);
    env.ATLAS_CONTENT_DIR = kb.outDir;
  }
  const seconds = coldBuild(env);
  mkdirSync('.bench', { recursive: true });
  copyFileSync(BUILD_TIMINGS_FILE, stepsFile(size));
  if (size.outDir !== 'out') {
    rmSync(size.outDir, { recursive: true, force: true });
    renameSync('out', size.outDir);
  }
  return seconds;
}

function readSteps(size: Size): { steps: StepTiming[]; finished?: string } | undefined {
  if (!existsSync(stepsFile(size))) return undefined;
  const saved = JSON.parse(readFileSync(stepsFile(size), 'utf8')) as { timings: StepTiming[]; finished?: string };
  return { steps: saved.timings, finished: saved.finished };
}

/** serve with the project's headers, pointed at one size's output. */
function serveSize(size: Size) {
  const config = JSON.parse(readFileSync(path.join('deploy', 'serve.json'), 'utf8')) as Record<string, unknown>;
  const configFile = path.join('.bench', `serve-${size.key}.json`);
  mkdirSync('.bench', { recursive: true });
  writeFileSync(configFile, JSON.stringify({ ...config, public: size.outDir }));
  return spawn(path.join('node_modules', '.bin', 'serve'), ['-c', configFile, '-l', `tcp://127.0.0.1:${size.port}`, '--no-clipboard'], { stdio: 'ignore' });
}

async function measureSize(size: Size, buildSeconds: number | undefined, withLighthouse: boolean): Promise<string> {
  const origin = `http://127.0.0.1:${size.port}`;
  const server = serveSize(size);
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const pages = samplePages(size.outDir);
    const weights = await pageWeights(pages, origin, size.outDir);
    const weightTable = table(
      ['page', 'route type', 'JS at load (gzip)', 'JS budget', 'CSS (gzip)', 'HTML (gzip) / budget', 'JSON data at load (gzip)'],
      weights.map((w) => [w.page, w.type, formatKb(w.js), formatKb(jsBudget(w.type)), `${formatKb(w.css)} / ${formatKb(BUDGETS.css)}`, `${formatKb(w.html)} / ${formatKb(BUDGETS.html)}`, w.data ? formatKb(w.data) : '—']),
    );
    console.log(`\n${size.label} page weight\n${weightTable}`);

    const browser = await chromium.launch({ executablePath: CHROMIUM });
    let interactions: InteractionFigure[] = [];
    try {
      interactions = await measureInteractions(browser, origin, 4);
    } finally {
      await browser.close();
    }
    const interactionTable = table(
      ['page', 'interaction', 'worst', 'median', 'runs'],
      interactions.map((f) => [f.page, f.interaction, `${f.worstMs <= 16 ? '≤ 16' : Math.round(f.worstMs)} ms`, `${f.medianMs <= 16 ? '≤ 16' : Math.round(f.medianMs)} ms`, f.runs]),
    );
    console.log(`\n${size.label} interactions (input to next paint, CPU 4× slower)\n${interactionTable}`);

    const lighthouseRows: (string | number)[][] = [];
    if (withLighthouse) {
      for (const page of pages.filter((p) => !p.startsWith('/ko/search'))) {
        for (const formFactor of ['mobile', 'desktop'] as const) {
          const f = lighthouseMedian(origin + page, formFactor, runsFor(size));
          if (f instanceof Error) {
            lighthouseRows.push([page, formFactor, 'failed', '', '', '', '', '', '']);
            console.log(`lighthouse ${size.label} ${formFactor} ${page}: failed (${f.message.split('\n')[0]})`);
            continue;
          }
          const cls = (f.clsMilli / 1000).toFixed(3);
          lighthouseRows.push([page, formFactor, f.performance, f.accessibility, f.bestPractices, f.seo, `${f.lcpMs} ms`, `${f.tbtMs} ms`, cls]);
          console.log(`lighthouse ${size.label} ${formFactor} ${page}: perf ${f.performance}, a11y ${f.accessibility}, bp ${f.bestPractices}, seo ${f.seo}, LCP ${f.lcpMs} ms, TBT ${f.tbtMs} ms, CLS ${cls}`);
        }
      }
    }
    const lighthouseTable = table(['page', 'form factor', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'], lighthouseRows);

    const saved = readSteps(size);
    const stepsText = saved ? formatTimings(saved.steps) : '';
    if (stepsText) console.log(`\n${size.label} build steps${saved?.finished ? ` (build of ${saved.finished})` : ''}\n${stepsText}`);
    return [
      `### ${size.label} content`,
      '',
      buildSeconds !== undefined ? `Cold build (\`npm run build\` after removing .next and out): **${buildSeconds.toFixed(1)} s**.` : '_Build not rerun (--no-build); step times from the last build of this size._',
      '',
      saved ? ['Build steps (seconds, as `npm run build` prints them):', '', '```', stepsText, '```'].join('\n') : '',
      '',
      weightTable,
      '',
      'Interactions, input to next paint (Event Timing), CPU throttled 4×:',
      '',
      interactionTable,
      '',
      lighthouseRows.length ? `Lighthouse, median of ${runsFor(size)} run${runsFor(size) === 1 ? '' : 's'} per row:\n\n${lighthouseTable}` : '_Lighthouse skipped (--no-lighthouse)._',
    ].join('\n');
  } finally {
    server.kill();
  }
}

function argumentValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const wanted = (argumentValue('sizes') ?? '1x,10x').split(',');
  const sizes = SIZES.filter((size) => wanted.includes(size.key));
  // --build 10x rebuilds only that size and measures the other from its last build.
  const toBuild = process.argv.includes('--no-build') ? [] : (argumentValue('build') ?? wanted.join(',')).split(',');
  const load = os.loadavg().map((l) => l.toFixed(1)).join(', ');
  console.log(`Load average at the start: ${load}`);
  const builds = new Map<Size, number | undefined>();
  for (const size of sizes) {
    if (!toBuild.includes(size.key)) {
      if (!existsSync(size.outDir)) throw new Error(`${size.outDir} does not exist: run \`npm run bench\` without --no-build once`);
      builds.set(size, undefined);
      continue;
    }
    console.log(`Cold build, ${size.label} content…`);
    const seconds = buildSize(size, !toBuild.includes('1x'));
    console.log(`cold build ${size.label}: ${seconds.toFixed(1)} s`);
    builds.set(size, seconds);
  }
  const sections: string[] = [];
  // 1× first in the report, the way a reader compares.
  for (const size of [...sizes].reverse()) sections.push(await measureSize(size, builds.get(size), !process.argv.includes('--no-lighthouse')));

  let searchFigures = '';
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  if (pkg.scripts?.['bench:search'] && !process.argv.includes('--no-search')) {
    const search = spawnSync('npm', ['run', '--silent', 'bench:search'], { encoding: 'utf8' });
    searchFigures = search.stdout.trim();
    console.log(`\nSearch\n${searchFigures}`);
  }
  const loadAfter = os.loadavg().map((l) => l.toFixed(1)).join(', ');

  const section = [
    '<!-- bench:start (written by `npm run bench`) -->',
    '## Build, page weight, interactions and Lighthouse',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Lighthouse 12.2.3 in ${CHROMIUM ?? 'Playwright Chromium'}. Load average (1, 5, 15 min) at the start ${load}, at the end ${loadAfter}: the machine is shared, so a high load makes every time here longer than on an idle machine.`,
    '',
    ...sections.flatMap((s) => [s, '']),
    searchSummary(searchFigures),
    '<!-- bench:end -->',
  ].join('\n');
  const docPath = path.join('docs', 'PERFORMANCE.md');
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : "# Performance\n\nFigures measured on this project's own machines. Each section says how it was measured.\n";
  const replaced = /<!-- bench:start[\s\S]*?<!-- bench:end -->/.test(doc)
    ? doc.replace(/<!-- bench:start[\s\S]*?<!-- bench:end -->/, section)
    : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(docPath, replaced);
  console.log(`\nWrote ${docPath}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
