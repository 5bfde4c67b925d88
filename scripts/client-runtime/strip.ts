/**
 * Removing Next's client runtime from pages that do not need it.
 *
 * Next ships React, its router and the page's React Server Components payload
 * (`self.__next_f.push(...)`, half of an article's HTML) to every page, even
 * one whose components all rendered on the server. On a phone that costs
 * ~137 KB gzip of JavaScript and half a second of main-thread work to hydrate
 * markup that never changes. A page needs the runtime only if it renders one
 * of our client components ('use client'); the payload names each one it
 * renders, so the build can tell, page by page, without a list to maintain.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { applyEdits, attribute, type Edit, type Element, elementsNamed, escapeAttribute, isInSource, parseSource, type SourceHtml, sourceRange, textContent } from '../html/source-html';

/** The exported names of every 'use client' module under `roots`, with the file that exports each. */
export function clientComponentNames(roots: string[]): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.tsx?$/.test(entry.name)) collect(full);
    }
  };
  const collect = (file: string) => {
    const source = readFileSync(file, 'utf8');
    if (!/^\s*(['"])use client\1/.test(source)) return;
    if (/^export default\b/m.test(source)) {
      throw new Error(`${file}: a 'use client' module must not have a default export. The build tells which pages need React by the names of the client components they render, and a default export has no name; export it by name.`);
    }
    for (const match of source.matchAll(/^export (?:async )?(?:function|const|class) ([A-Za-z_$][\w$]*)/gm)) names.set(match[1]!, file);
  };
  roots.forEach(visit);
  return names;
}

/**
 * The names of the client references in RSC payload text, e.g. `I[853,["$16"],"CopyLinkButton"]`
 * (escaped inside a script string). This reads JavaScript text, not markup.
 */
export function renderedClientNames(payload: string): Set<string> {
  const names = new Set<string>();
  for (const match of payload.matchAll(/I\[\d+,\[[^\]]*\],\\?"([A-Za-z_$][\w$]*)\\?"/g)) names.add(match[1]!);
  return names;
}

/** Our client components a page renders; empty means the page needs no React in the browser. */
export function clientComponentsOnPage(html: string, ours: Map<string, string>, source: SourceHtml = parseSource(html)): string[] {
  const payload = elementsNamed(source, 'script')
    .filter((script) => attribute(script, 'src') === undefined)
    .map(textContent)
    .join('\n');
  return [...renderedClientNames(payload)].filter((name) => ours.has(name)).sort();
}

/** Whether a <script> belongs to Next's client runtime: its chunks, Turbopack's chunk list, or the RSC payload. */
function isRuntimeScript(script: Element): boolean {
  if (attribute(script, 'src')?.startsWith('/_next/')) return true;
  const body = textContent(script);
  return /^\s*\(?self\.__next_f\b/.test(body) || /globalThis\["TURBOPACK"\]/.test(body);
}

/** A `<link as="script">` preload of one of Next's chunks (whatever its rel and attribute order). */
function isRuntimePreload(link: Element): boolean {
  return attribute(link, 'as') === 'script' && (attribute(link, 'href')?.startsWith('/_next/') ?? false);
}

/** Next's runtime scripts, script preloads and RSC payload in the page, to be removed; our own scripts (the inline theme script, the islands module, JSON-LD) are not among them. */
export function runtimeElements(source: SourceHtml): Element[] {
  return source.elements.filter((element) => (element.tagName === 'script' && isRuntimeScript(element)) || (element.tagName === 'link' && isRuntimePreload(element)));
}

/** Throws if anything of the runtime is left in the stripped page, so a change in Next's output fails the build instead of shipping half a runtime. */
export function assertNoRuntimeLeft(stripped: string, file: string): void {
  // A plain text search on purpose: whatever the markup, no trace of the runtime may remain.
  const leftover = stripped.match(/\/_next\/static\/[^"']*\.js|__next_f|TURBOPACK/);
  if (leftover) throw new Error(`${file}: Next's client runtime is still referenced after stripping (${leftover[0]}); its output format may have changed.`);
}

/** The page without Next's runtime (runtimeElements); throws if any of it is left (assertNoRuntimeLeft). */
export function stripClientRuntime(html: string, file: string, source: SourceHtml = parseSource(html)): string {
  const stripped = applyEdits(html, runtimeElements(source).map((element): Edit => ({ ...sourceRange(element), text: '' })));
  assertNoRuntimeLeft(stripped, file);
  return stripped;
}

/** The islands (components/islands/hydrated.ts) a page renders, by their `data-island` wrappers. */
export function islandsOnPage(html: string, source: SourceHtml = parseSource(html)): string[] {
  const names = source.elements.map((element) => attribute(element, 'data-island'));
  return [...new Set(names.filter((name): name is string => name !== undefined && /^[A-Za-z]+$/.test(name)))].sort();
}

/**
 * Adds <link rel="modulepreload"> for the chunks the page will import, so the
 * browser fetches them while it parses the page instead of one import after
 * another. `preloads` maps an island to its chunks; `site` lists what every page
 * needs. Throws, naming the page, for an island the manifest does not know
 * or a page without a written `</head>` to put them before.
 */
export function withModulePreloads(html: string, file: string, site: string[], preloads: Record<string, string[]>, source: SourceHtml = parseSource(html)): string {
  return applyEdits(html, [modulePreloadsEdit(html, file, site, preloads, source)]);
}

/** withModulePreloads as an edit of the parsed page, to be applied together with other edits of the same parse. */
export function modulePreloadsEdit(html: string, file: string, site: string[], preloads: Record<string, string[]>, source: SourceHtml = parseSource(html)): Edit {
  const urls = new Set(site);
  for (const name of islandsOnPage(html, source)) {
    const chunks = preloads[name];
    if (!chunks) throw new Error(`${file}: island ${name} is not in the islands manifest; run \`npm run islands:build\` (part of \`npm run build\`).`);
    chunks.forEach((url) => urls.add(url));
  }
  const head = elementsNamed(source, 'head').find(isInSource);
  const end = head?.sourceCodeLocation?.endTag?.startOffset;
  if (end === undefined) throw new Error(`${file}: no </head> in the page to put the module preloads before.`);
  const links = [...urls].map((url) => `<link rel="modulepreload" href="${escapeAttribute(url)}"/>`).join('');
  return { start: end, end, text: links };
}
