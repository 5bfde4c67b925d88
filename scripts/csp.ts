/**
 * Post-build step: gives every HTML page in out/ its own Content-Security-Policy
 * (see csp/policy.ts for why per page and why a meta tag), and reports sizes.
 * Pages are discovered from out/, never from the content, so it works for any content.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseSource } from './html/source-html';
import { htmlFiles } from './out-site';
import { inlineHashes, withPolicyMeta } from './csp/html';
import { HEADER_CSP, pagePolicy } from './csp/policy';

const outDir = path.resolve(process.argv[2] ?? 'out');

const files = htmlFiles(outDir);
if (files.length === 0) {
  console.error(`No HTML files in ${outDir}: run \`next build\` first.`);
  process.exit(1);
}

const allScripts = new Set<string>();
let largest = { file: '', bytes: 0, scripts: 0 };
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  const source = parseSource(html);
  const hashes = inlineHashes(html, source);
  const policy = pagePolicy(hashes);
  writeFileSync(file, withPolicyMeta(html, policy, source));
  hashes.scripts.forEach((h) => allScripts.add(h));
  if (policy.length > largest.bytes) largest = { file: path.relative(outDir, file), bytes: policy.length, scripts: hashes.scripts.length };
}

// What one site-wide policy would weigh, reported so the choice stays measured.
const siteWide = pagePolicy({ scripts: [...allScripts], styles: [], styleAttributes: [] }).length;
console.log(
  `CSP: ${files.length} pages; largest page policy ${largest.bytes} bytes (${largest.file}, ${largest.scripts} inline scripts); ` +
    `a single site-wide policy would be ${siteWide} bytes (${allScripts.size} hashes); header policy ${HEADER_CSP.length} bytes.`,
);
