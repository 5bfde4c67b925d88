/**
 * `npm run bench`: the site's speed in figures, for the current build.
 * Prints the cold build time, page weight per route type (gzip), Lighthouse
 * scores (mobile and desktop, median of three runs) and the search figures,
 * and records them in docs/PERFORMANCE.md. Timings are noisy on a shared
 * two-core machine, so it reports and never fails on a number.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { BUDGETS, builtFile, formatKb, gzipBytes, jsBudget, routeType } from './page-weight';

const PORT = 3300;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

/** One page per route type that this build has; the Kubernetes article is among the longest, the worst case for HTML. */
function samplePages(): string[] {
  const candidates = ['/en/', '/en/tech/kubernetes/', '/ko/tech/kubernetes/', '/ko/timeline/', '/en/compare/', '/en/matrix/', '/en/search/?q=kubernetes', '/ko/search/?q=쿠버네티스'];
  return candidates.filter((page) => {
    try {
      builtFile(page.split('?')[0]!);
      return true;
    } catch {
      return false;
    }
  });
}

function coldBuild(): number {
  rmSync('.next', { recursive: true, force: true });
  rmSync('out', { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('the build failed; run `npm run build` to see why');
  return (performance.now() - started) / 1000;
}

interface Weight {
  page: string;
  type: string;
  js: number;
  css: number;
  html: number;
}

async function pageWeights(pages: string[]): Promise<Weight[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const weights: Weight[] = [];
  for (const page of pages) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const scripts = new Set<string>();
    const styles = new Set<string>();
    tab.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.resourceType() === 'script') scripts.add(pathname);
      if (request.resourceType() === 'stylesheet') styles.add(pathname);
    });
    await tab.goto(ORIGIN + page, { waitUntil: 'networkidle' });
    const sum = (paths: Set<string>) => [...paths].reduce((total, p) => total + gzipBytes(builtFile(p)), 0);
    weights.push({ page, type: routeType(page.split('?')[0]!), js: sum(scripts), css: sum(styles), html: gzipBytes(builtFile(page.split('?')[0]!)) });
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
function lighthouseMedian(url: string, formFactor: 'mobile' | 'desktop'): LighthouseFigures | Error {
  const runs: LighthouseFigures[] = [];
  let lastError: Error | undefined;
  for (let attempt = 0; runs.length < RUNS && attempt < RUNS * 2; attempt += 1) {
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

async function main() {
  const skipBuild = process.argv.includes('--no-build');
  console.log(skipBuild ? 'Using the existing build in out/.' : 'Cold build (removing .next and out)…');
  const buildSeconds = skipBuild ? undefined : coldBuild();
  if (buildSeconds !== undefined) console.log(`cold build: ${buildSeconds.toFixed(1)} s`);

  const server = spawn(path.join('node_modules', '.bin', 'serve'), ['-c', 'deploy/serve.json', '-l', `tcp://127.0.0.1:${PORT}`, '--no-clipboard'], { stdio: 'ignore' });
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const pages = samplePages();
    const weights = await pageWeights(pages);
    const weightTable = table(
      ['page', 'route type', 'JS at load (gzip)', 'JS budget', 'CSS (gzip)', 'HTML (gzip)'],
      weights.map((w) => [w.page, w.type, formatKb(w.js), formatKb(jsBudget(w.type)), `${formatKb(w.css)} / ${formatKb(BUDGETS.css)}`, formatKb(w.html)]),
    );
    console.log(`\nPage weight\n${weightTable}`);

    const lighthouseRows: (string | number)[][] = [];
    if (!process.argv.includes('--no-lighthouse')) {
      for (const page of pages.filter((p) => !p.startsWith('/ko/search'))) {
        for (const formFactor of ['mobile', 'desktop'] as const) {
          const f = lighthouseMedian(ORIGIN + page, formFactor);
          if (f instanceof Error) {
            lighthouseRows.push([page, formFactor, 'failed', '', '', '', '', '', '']);
            console.log(`lighthouse ${formFactor} ${page}: failed (${f.message.split('\n')[0]})`);
            continue;
          }
          const cls = (f.clsMilli / 1000).toFixed(3);
          lighthouseRows.push([page, formFactor, f.performance, f.accessibility, f.bestPractices, f.seo, `${f.lcpMs} ms`, `${f.tbtMs} ms`, cls]);
          console.log(`lighthouse ${formFactor} ${page}: perf ${f.performance}, a11y ${f.accessibility}, bp ${f.bestPractices}, seo ${f.seo}, LCP ${f.lcpMs} ms, TBT ${f.tbtMs} ms, CLS ${cls}`);
        }
      }
    }
    const lighthouseTable = table(['page', 'form factor', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'], lighthouseRows);

    let searchFigures = '';
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    if (pkg.scripts?.['bench:search']) {
      const search = spawnSync('npm', ['run', '--silent', 'bench:search'], { encoding: 'utf8' });
      searchFigures = search.stdout.trim();
      console.log(`\nSearch\n${searchFigures}`);
    }

    const section = [
      '<!-- bench:start (written by `npm run bench`) -->',
      '## Build, page weight and Lighthouse',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Lighthouse 12.2.3 in ${CHROMIUM ?? 'Playwright Chromium'}; medians of ${RUNS} runs.`,
      '',
      buildSeconds !== undefined ? `Cold build (\`npm run build\` after removing .next and out): **${buildSeconds.toFixed(1)} s**.` : '',
      '',
      weightTable,
      '',
      lighthouseRows.length ? lighthouseTable : '_Lighthouse skipped (--no-lighthouse)._',
      '',
      searchSummary(searchFigures),
      '<!-- bench:end -->',
    ].join('\n');
    const docPath = path.join('docs', 'PERFORMANCE.md');
    const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n\nFigures measured on this project\'s own machines. Each section says how it was measured.\n';
    const replaced = /<!-- bench:start[\s\S]*?<!-- bench:end -->/.test(doc)
      ? doc.replace(/<!-- bench:start[\s\S]*?<!-- bench:end -->/, section)
      : `${doc.trimEnd()}\n\n${section}\n`;
    writeFileSync(docPath, replaced);
    console.log(`\nWrote ${docPath}.`);
  } finally {
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
