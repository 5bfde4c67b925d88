/**
 * `npm test`: runs the suite's phases in order, stops at the first that fails,
 * and prints how long each took, so CI's log shows where the time goes
 * (figures in docs/PERFORMANCE.md, "CI").
 */
import { spawnSync } from 'node:child_process';

const PHASES: [name: string, script: string][] = [
  ['typecheck', 'typecheck'],
  ['unit tests', 'test:unit'],
  ['build', 'build'],
  ['HTML validity (Nu checker)', 'test:html'],
  ['browser tests', 'test:e2e'],
  ['serving tests', 'test:serving'],
];

const timings: string[] = [];
const started = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
let failed: string | undefined;
for (const [name, script] of PHASES) {
  const phaseStart = performance.now();
  console.log(`\n▶ ${name} (npm run ${script})`);
  const { status } = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  const took = performance.now() - phaseStart;
  timings.push(`  ${name.padEnd(28)} ${seconds(took).padStart(8)}${status === 0 ? '' : '  FAILED'}`);
  console.log(`◀ ${name}: ${seconds(took)}`);
  if (status !== 0) {
    failed = name;
    break;
  }
}
console.log(`\nTest phases:\n${timings.join('\n')}\n  ${'total'.padEnd(28)} ${seconds(performance.now() - started).padStart(8)}`);
if (failed) {
  console.error(`npm test failed in: ${failed}`);
  process.exit(1);
}
