/**
 * Writes the short-link pages (/k8s/, /aks/, …) from content/data/aliases.yaml
 * into out/, after `next build`. Next cannot route them itself: a top-level
 * dynamic segment would clash with [lang]. Refuses to overwrite anything the
 * build produced, so an alias can never hide a real page.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getTechnology, loadAliasList } from '../lib/content/load';
import { aliasPageHtml } from '../lib/share/alias-page';

const out = path.join(process.cwd(), 'out');
if (!existsSync(out)) {
  console.error('out/ does not exist; run `next build` first.');
  process.exit(1);
}

const clashes: string[] = [];
const aliases = loadAliasList();
for (const { alias, slug } of aliases) {
  const dir = path.join(out, alias);
  if (existsSync(dir)) {
    clashes.push(`/${alias}/ (content/data/aliases.yaml) would overwrite out/${alias}, which the build made`);
    continue;
  }
  const en = getTechnology('en', slug)!;
  const ko = getTechnology('ko', slug)!;
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'index.html'), aliasPageHtml({ alias, slug, titles: { en: en.title, ko: ko.title }, summary: en.summary }));
}
if (clashes.length) {
  console.error(`Aliases clash with built pages:\n${clashes.map((c) => `  - ${c}`).join('\n')}`);
  process.exit(1);
}
console.log(`Alias pages: ${aliases.length} written to out/.`);
