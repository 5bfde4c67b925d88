import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locale } from '../../lib/i18n/locales';

/** Figures and their formatting for the search benchmark's tables, in the terminal and docs/PERFORMANCE.md. */

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const msText = (ms: number) => `${Math.round(ms)} ms`;
export const percent = (found: number, total: number) => (total === 0 ? '–' : `${found}/${total} (${Math.round((100 * found) / total)}%)`);

export function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min), Node ${process.version}`;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

export interface IndexBytes {
  files: number;
  raw: number;
  /** What a server sends: gzip level 6 of text files, Pagefind's files as they are (already compressed). */
  transferred: number;
}

/** Atlas's index for one language: the files under <site>/search/ named for the language (search/en.json, or a search/en/ folder). */
export function atlasIndexBytes(siteDir: string, locale: Locale): IndexBytes {
  const root = path.join(siteDir, 'search');
  const files = filesUnder(root).filter((file) => {
    // The build's precompressed copies (.gz, .br) are what a server may send instead, not more index.
    if (/\.(gz|br)$/.test(file)) return false;
    const rel = path.relative(root, file).split(path.sep);
    return rel[0] === locale || rel[0]!.startsWith(`${locale}.`) || rel[0]!.startsWith(`${locale}-`);
  });
  return files.reduce(
    (sum, file) => {
      const data = readFileSync(file);
      const compressible = /\.(json|js|txt)$/.test(file);
      return { files: sum.files + 1, raw: sum.raw + data.length, transferred: sum.transferred + (compressible ? gzipSync(data, { level: 6 }).length : data.length) };
    },
    { files: 0, raw: 0, transferred: 0 },
  );
}

/** Pagefind's index for one language: its pf_meta, pf_index and pf_fragment files (code and WebAssembly not counted). */
export function pagefindIndexBytes(copyDir: string, locale: Locale): IndexBytes {
  const files = filesUnder(path.join(copyDir, 'pagefind')).filter((file) => new RegExp(`(^|\\.)${locale}_[0-9a-f]+\\.pf_(meta|index|fragment)$`).test(path.basename(file)));
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  return { files: files.length, raw: bytes, transferred: bytes };
}

/** Replaces (or appends) the benchmark's section of docs/PERFORMANCE.md, leaving the other sections as they are. */
export function writePerformanceSection(markdown: string): string {
  const docPath = path.join('docs', 'PERFORMANCE.md');
  const section = `<!-- bench-search:start (written by \`npm run bench:search\`) -->\n${markdown.trim()}\n<!-- bench-search:end -->`;
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n';
  const pattern = /<!-- bench-search:start[\s\S]*?<!-- bench-search:end -->/;
  writeFileSync(docPath, pattern.test(doc) ? doc.replace(pattern, section) : `${doc.trimEnd()}\n\n${section}\n`);
  return docPath;
}
