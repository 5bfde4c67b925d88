import { readdirSync } from 'node:fs';
import path from 'node:path';

const ISLANDS_DIR = path.join(process.cwd(), 'public', 'islands');
const resolved = new Map<string, string>();

/**
 * The URL of the islands script every page loads (components/islands/site.ts,
 * bundled with a content hash by `npm run islands:build`, which `npm run
 * build` runs first).
 */
export function islandsScriptUrl(dir = ISLANDS_DIR): string {
  // Every page's layout asks; the folder is read once per directory and build.
  const known = resolved.get(dir);
  if (known) return known;
  let files: string[] = [];
  try {
    files = readdirSync(dir);
  } catch {
    // Reported below with the command that fixes it.
  }
  const site = files.filter((file) => /^site-[A-Z0-9]+\.js$/.test(file));
  if (site.length !== 1) {
    throw new Error(`Expected one public/islands/site-<hash>.js, found ${site.length}: run \`npm run islands:build\` (part of \`npm run build\`).`);
  }
  const url = `/islands/${site[0]}`;
  resolved.set(dir, url);
  return url;
}
