import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateKnowledgeBase } from '../generate-kb';

/**
 * The built sites the search benchmark measures: the real content (1×) and a
 * knowledge base ten times its size (10×, scripts/generate-kb.ts), each built
 * with the project's own build steps into its own folder under .bench/search/.
 * A build is reused while the sources it was built from are unchanged, since
 * building the 10× site takes minutes.
 */
export const BENCH_DIR = path.join(process.cwd(), '.bench', 'search');

/** Files whose change can change a build; the benchmark's own files are left out so editing them reuses the builds. */
export function sourceStamp(factor: number): string {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'app', 'components', 'lib', 'content', 'scripts', 'public', 'next.config.mjs', 'package.json', 'postcss.config.mjs'], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && existsSync(file) && !/bench-(queries|api)|search-bench\/|bench-search|\.test\.ts$/.test(file))
    .sort();
  const hash = createHash('sha256').update(`factor ${factor}\n`);
  for (const file of listed) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** The whole `npm run build`, as a reader's site is built (share images and precompression included: the benchmark's server ignores the compressed copies). */
function runBuild(env: NodeJS.ProcessEnv, label: string): number {
  const started = performance.now();
  process.stdout.write(`  ${label}: npm run build\n`);
  const result = spawnSync('npm run build', { shell: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...env, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${label} build failed:\n${result.stderr.slice(-2000)}`);
  return (performance.now() - started) / 1000;
}

export interface BuiltSite {
  factor: number;
  dir: string;
  /** Seconds the build took in this run, or undefined when an earlier build was reused. */
  buildSeconds?: number;
}

/**
 * Builds the site for `factor` × the content unless a build from the same sources exists.
 * The build runs in the project (as `npm run build` does); out/ is put back as it was afterwards,
 * and after a 10× build public/search/ is rebuilt from the real content.
 */
export function ensureBuiltSite(factor: number, options: { rebuild: boolean }): BuiltSite {
  const dir = path.join(BENCH_DIR, `site-${factor}x`);
  const stampFile = path.join(BENCH_DIR, `site-${factor}x.stamp`);
  const stamp = sourceStamp(factor);
  if (!options.rebuild && existsSync(dir) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { factor, dir };

  const env = { ...process.env };
  delete env.ATLAS_CONTENT_DIR;
  if (factor !== 1) {
    const kb = generateKnowledgeBase({ factor, outDir: path.join(BENCH_DIR, `kb-${factor}x`) });
    env.ATLAS_CONTENT_DIR = kb.outDir;
  }
  console.log(`Building the ${factor}× site (sources changed or no earlier build)…`);
  const backup = path.join(BENCH_DIR, 'out-before');
  const hadOut = existsSync('out');
  // A fresh clone has no .bench/ yet (the 10× base above makes it only for factors other than 1).
  mkdirSync(BENCH_DIR, { recursive: true });
  rmSync(backup, { recursive: true, force: true });
  if (hadOut) renameSync('out', backup);
  try {
    const buildSeconds = runBuild(env, `${factor}×`);
    rmSync(dir, { recursive: true, force: true });
    cpSync('out', dir, { recursive: true });
    writeFileSync(stampFile, stamp);
    return { factor, dir, buildSeconds };
  } finally {
    // Put the project's own build back, and its search index back to the real content.
    rmSync('out', { recursive: true, force: true });
    if (hadOut) renameSync(backup, 'out');
    if (factor !== 1) {
      const plain = { ...process.env };
      delete plain.ATLAS_CONTENT_DIR;
      spawnSync('npm', ['run', '--silent', 'search:index'], { stdio: 'ignore', env: plain });
    }
  }
}
