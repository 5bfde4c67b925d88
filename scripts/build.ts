/**
 * `npm run build`: runs the steps of package.json's "build:steps" (commands
 * joined with &&) one after another, as the chain did, and prints how long
 * each took, so a slow build says where its time went. The timings are also
 * written to .bench/build-steps.json for `npm run bench`. Stops at the first
 * failing step, naming it, with that step's exit code.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StepTiming {
  step: string;
  seconds: number;
}

export const BUILD_TIMINGS_FILE = path.join('.bench', 'build-steps.json');

/** The commands of a `a && b && c` chain, in order. */
export function splitSteps(chain: string): string[] {
  return chain
    .split('&&')
    .map((step) => step.trim())
    .filter(Boolean);
}

/** A table of the steps' times, slowest marked, with the total. */
export function formatTimings(timings: StepTiming[]): string {
  const total = timings.reduce((sum, t) => sum + t.seconds, 0);
  const width = Math.max(...timings.map((t) => t.step.length), 5);
  const lines = timings.map((t) => `${t.step.padEnd(width)}  ${t.seconds.toFixed(1).padStart(6)} s`);
  return [...lines, `${'total'.padEnd(width)}  ${total.toFixed(1).padStart(6)} s`].join('\n');
}

function run(step: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', step], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1' } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> };
  const chain = pkg.scripts?.['build:steps'];
  if (!chain) throw new Error('package.json: scripts["build:steps"] is missing (the build\'s commands joined with &&)');
  const timings: StepTiming[] = [];
  for (const step of splitSteps(chain)) {
    const started = performance.now();
    const code = await run(step);
    timings.push({ step, seconds: (performance.now() - started) / 1000 });
    if (code !== 0) {
      console.error(`\nBuild step failed (exit ${code}): ${step}\n\n${formatTimings(timings)}`);
      process.exit(code);
    }
  }
  console.log(`\nBuild steps:\n${formatTimings(timings)}`);
  mkdirSync(path.dirname(BUILD_TIMINGS_FILE), { recursive: true });
  writeFileSync(BUILD_TIMINGS_FILE, `${JSON.stringify({ finished: new Date().toISOString(), content: process.env.ATLAS_CONTENT_DIR ?? 'content', timings }, null, 2)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
