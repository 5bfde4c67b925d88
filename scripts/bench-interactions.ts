/**
 * Only the interaction figures of `npm run bench`, on builds that already
 * exist, several times over: for working on the explorers' latency without a
 * rebuild, Lighthouse or a change to docs/PERFORMANCE.md.
 *
 *   npx tsx scripts/bench-interactions.ts out .bench/out-10x   one or more built sites
 *   --repeat 3     measure each site three times (the medians of each pass are printed)
 *   --trace        also trace each interaction and print where the main thread's CPU time went
 *   --cpu 1        CPU throttling rate (4 unless given)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { measureInteractions, type TraceBreakdown } from './bench/interactions';

const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const PORT = Number(process.env.BENCH_PORT ?? 3103);

function argumentValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function serve(outDir: string) {
  const config = JSON.parse(readFileSync(path.join('deploy', 'serve.json'), 'utf8')) as Record<string, unknown>;
  mkdirSync('.bench', { recursive: true });
  const configFile = path.join('.bench', `serve-interactions-${PORT}.json`);
  writeFileSync(configFile, JSON.stringify({ ...config, public: path.resolve(outDir) }));
  return spawn(path.join('node_modules', '.bin', 'serve'), ['-c', configFile, '-l', `tcp://127.0.0.1:${PORT}`, '--no-clipboard'], { stdio: 'ignore' });
}

function formatTrace(trace: TraceBreakdown): string {
  return Object.entries(trace)
    .filter(([, ms]) => ms >= 1)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, ms]) => `${kind} ${Math.round(ms)}`)
    .join(', ');
}

const repeat = Number(argumentValue('repeat') ?? 1);
const withTrace = process.argv.includes('--trace');
const cpuRate = Number(argumentValue('cpu') ?? 4);
const valueArguments = new Set(['--repeat', '--cpu']);
const dirs = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !valueArguments.has(all[i - 1] ?? ''));

for (const dir of dirs) {
  const server = serve(dir);
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (let pass = 1; pass <= repeat; pass += 1) {
      const load = loadavg().map((n) => n.toFixed(2)).join(' ');
      const browser = await chromium.launch({ executablePath: CHROMIUM });
      try {
        const figures = await measureInteractions(browser, `http://127.0.0.1:${PORT}`, cpuRate, { trace: withTrace });
        console.log(`\n${dir} pass ${pass}/${repeat}, CPU ${cpuRate}× slower (load average before: ${load})`);
        for (const f of figures) {
          console.log(`  ${f.page} ${f.interaction}: median ${Math.round(f.medianMs)} ms, worst ${Math.round(f.worstMs)} ms (${f.runs} runs)${f.trace ? `\n    main-thread CPU per interaction, unthrottled (ms): ${formatTrace(f.trace)}` : ''}`);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.kill();
  }
}
