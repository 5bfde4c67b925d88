/**
 * Post-build step: gives every HTML page in out/ its own Content-Security-Policy
 * (see csp/policy.ts for why per page and why a meta tag), and reports sizes.
 * Pages are discovered from out/, never from the content, so it works for any content.
 */
import path from 'node:path';
import type { CspResult } from './csp/page';
import { HEADER_CSP, pagePolicy } from './csp/policy';
import { overPages } from './html/page-pool';
import { htmlFiles } from './out-site';

const outDir = path.resolve(process.argv[2] ?? 'out');

const files = htmlFiles(outDir);
if (files.length === 0) {
  console.error(`No HTML files in ${outDir}: run \`next build\` first.`);
  process.exit(1);
}

const allScripts = new Set<string>();
let largest = { file: '', bytes: 0, scripts: 0 };
// Pages on every core (scripts/csp/page.ts does one).
await overPages<CspResult>(new URL('./csp/worker.ts', import.meta.url), files, undefined, (file, result) => {
  result.scripts.forEach((h) => allScripts.add(h));
  const page = path.relative(outDir, file);
  // Ties go to the first page by name, so the report does not depend on which worker finished first.
  if (result.policyBytes > largest.bytes || (result.policyBytes === largest.bytes && page < largest.file)) {
    largest = { file: page, bytes: result.policyBytes, scripts: result.scripts.length };
  }
});

// What one site-wide policy would weigh, reported so the choice stays measured.
const siteWide = pagePolicy({ scripts: [...allScripts], styles: [], styleAttributes: [] }).length;
console.log(
  `CSP: ${files.length} pages; largest page policy ${largest.bytes} bytes (${largest.file}, ${largest.scripts} inline scripts); ` +
    `a single site-wide policy would be ${siteWide} bytes (${allScripts.size} hashes); header policy ${HEADER_CSP.length} bytes.`,
);
