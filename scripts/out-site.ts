import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What the serving tests and the load test request, discovered from the build
 * in out/ so they hold for any content (test fixtures or the real articles).
 */
export interface BuiltSite {
  /** Every page's clean URL: out/en/tech/aks/index.html is /en/tech/aks/. */
  pages: string[];
  /** An English article, e.g. /en/tech/aks/. */
  article: string;
  /** The largest hashed JavaScript and CSS chunks: big enough that every server compresses them. */
  script: string;
  stylesheet: string;
  /** The islands script every page loads (hashed name, built by scripts/build-islands.ts). */
  islandsScript: string;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** Every HTML file of a build, for the post-build steps that rewrite pages. */
export function htmlFiles(dir: string): string[] {
  return files(dir).filter((file) => file.endsWith('.html'));
}

export function discoverSite(out: string): BuiltSite {
  let all: string[];
  try {
    all = files(out).map((file) => `/${path.relative(out, file).split(path.sep).join('/')}`);
  } catch {
    throw new Error(`No build in ${out}: run \`npm run build\` first.`);
  }
  const pages = all
    .filter((file) => file.endsWith('/index.html') && !file.startsWith('/_not-found/') && !file.startsWith('/404/'))
    .map((file) => file.slice(0, -'index.html'.length))
    .sort();
  const article = pages.find((page) => /^\/en\/tech\/[^/]+\/$/.test(page));
  if (!article) throw new Error(`${out} has no English article: run \`npm run build\` first.`);
  const largestChunk = (extension: string) => {
    const size = (file: string) => statSync(path.join(out, file)).size;
    const chunks = all.filter((file) => file.startsWith('/_next/static/chunks/') && file.endsWith(extension));
    const found = chunks.sort((a, b) => size(b) - size(a))[0];
    if (!found) throw new Error(`${out}/_next/static/chunks has no ${extension} file`);
    return found;
  };
  const islandsScript = all.find((file) => /^\/islands\/site-[A-Z0-9]+\.js$/.test(file));
  if (!islandsScript) throw new Error(`${out}/islands has no site-<hash>.js: run \`npm run build\` first.`);
  return { pages, article, script: largestChunk('.js'), stylesheet: largestChunk('.css'), islandsScript };
}
