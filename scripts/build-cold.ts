/**
 * A cold build at N times the content, for timing the build alone (issue #15:
 * 10× within 120 s on two cores) without the rest of `npm run bench`:
 * generates the content (scripts/generate-kb.ts) into .bench/kb-<N>x, removes
 * .next, out and .cache so nothing is reused from an earlier build, then runs
 * `npm run build`, which prints each step's wall-clock and processor time.
 * The load average is printed before and after, since the machine may be shared.
 *
 *   tsx scripts/build-cold.ts            10× (the default)
 *   tsx scripts/build-cold.ts --factor 1
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKnowledgeBase } from './generate-kb';

const i = process.argv.indexOf('--factor');
const factor = Number(i >= 0 ? process.argv[i + 1] : 10);
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

const kb = generateKnowledgeBase({ factor, outDir: path.resolve('.bench', `kb-${factor}x`) });
for (const dir of ['.next', 'out', '.cache']) rmSync(dir, { recursive: true, force: true });
console.log(`Cold build at ${factor}× (${kb.technologies} technologies per language); load average ${load()}`);
const started = performance.now();
const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ATLAS_CONTENT_DIR: kb.outDir } });
console.log(`Cold build at ${factor}×: ${((performance.now() - started) / 1000).toFixed(1)} s wall; load average ${load()}`);
process.exit(result.status ?? 1);
