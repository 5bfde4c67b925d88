/**
 * `npm run build`: runs the steps of package.json's "build:steps" (commands
 * joined with &&) one after another, and prints how long each took, so a slow
 * build says where its time went. Commands joined with a single & inside a
 * step run side by side (steps that read the content but not each other's
 * output: on two cores they overlap), and the step ends when all have. The
 * timings are also written to .bench/build-steps.json for `npm run bench`.
 * Stops at the first failing step, naming it, with its exit code.
 *
 * The steps share one parse cache (lib/content/parse-cache.ts), emptied at the
 * start of every build, so the articles are parsed once per build rather than
 * once per process.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARSE_CACHE_ENV } from '../lib/content/parse-cache';

export interface StepTiming {
  step: string;
  /** Wall clock. */
  seconds: number;
  /** Processor time (user + system) of the step's processes and all they started: steadier than the wall clock on a shared machine. */
  cpuSeconds?: number;
}

export const BUILD_TIMINGS_FILE = path.join('.bench', 'build-steps.json');

/** Where this build's steps share parsed content; it lives for one build, so nothing in it outlasts a change to the code. */
export const PARSE_CACHE_DIR = path.resolve('.cache', 'parsed-content');

/** The steps of a `a && b & c && d` chain, in order; each step is the commands that run side by side. */
export function splitSteps(chain: string): string[][] {
  return chain
    .split('&&')
    .map((step) =>
      step
        .split('&')
        .map((command) => command.trim())
        .filter(Boolean),
    )
    .filter((commands) => commands.length > 0);
}

/** A table of the steps' wall-clock and processor times, with the totals. */
export function formatTimings(timings: StepTiming[]): string {
  // Commands of a side-by-side step are indented and already counted in its wall-clock line.
  const steps = timings.filter((t) => !t.step.startsWith('  '));
  const total = steps.reduce((sum, t) => sum + t.seconds, 0);
  const cpuTotal = steps.reduce((sum, t) => sum + (t.cpuSeconds ?? 0), 0);
  const width = Math.max(...timings.map((t) => t.step.length), 5);
  const cpu = (seconds: number | undefined) => (seconds === undefined ? '' : `  ${seconds.toFixed(1).padStart(6)} s CPU`);
  const lines = timings.map((t) => `${t.step.padEnd(width)}  ${t.seconds.toFixed(1).padStart(6)} s${cpu(t.cpuSeconds)}`);
  return [...lines, `${'total'.padEnd(width)}  ${total.toFixed(1).padStart(6)} s${cpu(timings.some((t) => t.cpuSeconds !== undefined) ? cpuTotal : undefined)}`].join('\n');
}

/** User plus system seconds from the second line of the shell's `times` ("0m1.50s 0m0.25s": its children's). */
export function childCpuSeconds(times: string): number | undefined {
  const line = times.trim().split('\n')[1];
  const parts = [...(line ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return parts.length === 2 ? parts[0]! + parts[1]! : undefined;
}

let runs = 0;

/**
 * Runs one command in a shell that, once it ends, writes to a file the
 * processor time of everything it ran (the shell's `times`; every process
 * below it is waited for, so Next's workers count too).
 */
function run(step: string): Promise<{ code: number; cpuSeconds?: number }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1', [PARSE_CACHE_ENV]: PARSE_CACHE_DIR };
    const timesFile = path.join(os.tmpdir(), `atlas-build-${process.pid}-${(runs += 1)}.times`);
    const child = spawn('sh', ['-c', 'eval "$1"; status=$?; times > "$2"; exit $status', 'sh', step, timesFile], { stdio: 'inherit', env });
    child.on('exit', (code, signal) => {
      let times = '';
      try {
        times = readFileSync(timesFile, 'utf8');
        rmSync(timesFile);
      } catch {
        // Killed before it could say: the step's line shows the wall clock only.
      }
      resolve({ code: code ?? (signal ? 1 : 0), cpuSeconds: childCpuSeconds(times) });
    });
  });
}

async function main() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> };
  const chain = pkg.scripts?.['build:steps'];
  if (!chain) throw new Error('package.json: scripts["build:steps"] is missing (the build\'s commands joined with &&)');
  const timings: StepTiming[] = [];
  rmSync(PARSE_CACHE_DIR, { recursive: true, force: true });
  process.on('exit', () => rmSync(PARSE_CACHE_DIR, { recursive: true, force: true }));
  for (const commands of splitSteps(chain)) {
    const started = performance.now();
    const results = await Promise.all(
      commands.map(async (command) => {
        const { code, cpuSeconds } = await run(command);
        return { command, code, cpuSeconds, seconds: (performance.now() - started) / 1000 };
      }),
    );
    const step = commands.join(' & ');
    if (commands.length > 1) for (const r of results) timings.push({ step: `  ${r.command}`, seconds: r.seconds, cpuSeconds: r.cpuSeconds });
    const cpuSeconds = results.every((r) => r.cpuSeconds !== undefined) ? results.reduce((sum, r) => sum + r.cpuSeconds!, 0) : undefined;
    timings.push({ step: commands.length > 1 ? `(side by side, wall clock)` : step, seconds: (performance.now() - started) / 1000, cpuSeconds });
    const failed = results.find((r) => r.code !== 0);
    if (failed) {
      console.error(`\nBuild step failed (exit ${failed.code}): ${failed.command}\n\n${formatTimings(timings)}`);
      process.exit(failed.code);
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
