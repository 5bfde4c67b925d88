/**
 * Checks every built page (both languages, alias pages, the 404) with the Nu
 * HTML Checker, the W3C's validator (npm `vnu-jar`, run with Java). One JVM
 * checks the whole of out/, which takes seconds. Part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { htmlFiles } from './out-site';
import { summariseVnu, type VnuMessage } from './html-check/vnu-report';

const outDir = path.resolve(process.argv[2] ?? 'out');
const pages = htmlFiles(outDir).length;
if (pages === 0) {
  console.error(`No HTML files in ${outDir}: run \`npm run build\` first.`);
  process.exit(1);
}
const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const run = spawnSync('java', ['-jar', jar, '--skip-non-html', '--format', 'json', outDir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (run.error) {
  console.error(`Could not run Java for the Nu HTML Checker (${run.error.message}). Install a Java runtime: apt-get install default-jre-headless.`);
  process.exit(1);
}
let messages: VnuMessage[];
try {
  // The checker writes its JSON report to standard error.
  messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
} catch {
  console.error(`The Nu HTML Checker did not write a report (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
  process.exit(1);
}
const summary = summariseVnu(messages, outDir);
console.log(
  `Nu HTML Checker: ${pages} pages, ${summary.errors} errors, ${summary.warnings} warnings ` +
    `(${summary.artefacts} CSP warnings set aside: files have no origin for 'self'; ${summary.infos} info messages).`,
);
if (summary.failures.length > 0) {
  console.error(summary.failures.slice(0, 50).join('\n'));
  if (summary.failures.length > 50) console.error(`… and ${summary.failures.length - 50} more.`);
  process.exit(1);
}
