/**
 * Bundles components/islands/ into public/islands/ before `next build`:
 * site.ts (loaded by every page) and, as separate chunks imported on first
 * use, the share dialog with its own copy of React; and, bundled apart
 * without splitting, the search interface (plain DOM, search-ui.island.ts)
 * and the search worker (search-worker.ts), whose URLs site.ts gets as
 * process.env.SEARCH_UI_URL and SEARCH_WORKER_URL. Next does
 * not bundle these: pages without interactive React have Next's runtime
 * removed after the build (scripts/html/finish-page.ts), and these
 * scripts must work there. File names carry a content hash, so they are
 * cached like Next's own assets.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { HYDRATED_ISLANDS } from '../components/islands/hydrated';
import { ISLANDS_MANIFEST, islandsManifest } from './islands/preloads';
import { formatKb, gzipBytes } from './page-weight';
import { ISLAND_REACT_ALIASES } from './islands/react-aliases';

const OUTDIR = 'public/islands';
const ISLANDS_OUT = path.join(process.cwd(), OUTDIR);

/** Bundles one entry into one file (no code splitting) and returns the file's path. */
async function bundleAlone(name: string, entry: string): Promise<string> {
  const result = await build({
    entryPoints: { [name]: entry },
    metafile: true,
    outdir: ISLANDS_OUT,
    entryNames: '[name]-[hash]',
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const file = Object.keys(result.metafile.outputs).find((output) => output.endsWith('.js'));
  if (!file) throw new Error(`esbuild made no file for ${entry}`);
  return file;
}

async function main() {
  rmSync(ISLANDS_OUT, { recursive: true, force: true });
  mkdirSync(ISLANDS_OUT, { recursive: true });
  // The search interface and the search worker (the index reader, off the main thread) are bundled on their own,
  // without splitting: the shortcut fetches both side by side, with no shared chunk to discover after them.
  const searchUiFile = await bundleAlone('search-ui', 'components/islands/search-ui.island.ts');
  const searchWorkerFile = await bundleAlone('search-worker', 'components/islands/search-worker.ts');
  const islandUrl = (file: string) => `/${OUTDIR.replace(/^public\//, '')}/${path.basename(file)}`;
  const result = await build({
    entryPoints: ['components/islands/site.ts'],
    metafile: true,
    outdir: ISLANDS_OUT,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    // The explorers are written against React and the server renders them with React 19; the browser hydrates that
    // markup with Preact's compatibility layer (about 5 KB gzip instead of React's 60), which also covers
    // react/jsx-runtime and react-dom/client through the same aliases.
    alias: ISLAND_REACT_ALIASES,
    define: {
      'process.env.NODE_ENV': '"production"',
      'process.env.SEARCH_UI_URL': JSON.stringify(islandUrl(searchUiFile)),
      'process.env.SEARCH_WORKER_URL': JSON.stringify(islandUrl(searchWorkerFile)),
    },
    logLevel: 'warning',
  });
  const manifest = islandsManifest(result.metafile, OUTDIR, 'components/islands/site.ts', 'components/islands/hydrate.island.ts', HYDRATED_ISLANDS);
  mkdirSync(path.dirname(ISLANDS_MANIFEST), { recursive: true });
  writeFileSync(ISLANDS_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  const files = readdirSync(ISLANDS_OUT).filter((file) => file.endsWith('.js'));
  for (const file of files.sort()) console.log(`islands: ${file} ${formatKb(gzipBytes(path.join(ISLANDS_OUT, file)))} gzip`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
