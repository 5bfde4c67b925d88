import { readdirSync } from 'node:fs';
import path from 'node:path';

const ISLANDS_DIR = path.join(process.cwd(), 'public', 'islands');

/**
 * The URL of the islands script every page loads (components/islands/site.ts,
 * bundled with a content hash by `npm run islands:build`, which `npm run
 * build` runs first).
 */
export function islandsScriptUrl(dir = ISLANDS_DIR): string {
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
  return `/islands/${site[0]}`;
}
