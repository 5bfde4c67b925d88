/**
 * Bundles components/islands/ into public/islands/ before `next build`:
 * site.ts (loaded by every page) and, as separate chunks imported on first
 * use, the search and share dialogs with their own copy of React. Next does
 * not bundle these: pages without interactive React have Next's runtime
 * removed after the build (scripts/strip-client-runtime.ts), and these
 * scripts must work there. File names carry a content hash, so they are
 * cached like Next's own assets.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { formatKb, gzipBytes } from './page-weight';

export const ISLANDS_OUT = path.join(process.cwd(), 'public', 'islands');

async function main() {
  rmSync(ISLANDS_OUT, { recursive: true, force: true });
  mkdirSync(ISLANDS_OUT, { recursive: true });
  await build({
    entryPoints: ['components/islands/site.ts'],
    outdir: ISLANDS_OUT,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const files = readdirSync(ISLANDS_OUT).filter((file) => file.endsWith('.js'));
  for (const file of files.sort()) console.log(`islands: ${file} ${formatKb(gzipBytes(path.join(ISLANDS_OUT, file)))} gzip`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
