import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientComponentNames, clientComponentsOnPage, islandsOnPage, renderedClientNames, stripClientRuntime, withModulePreloads } from './strip';

// The shape of a page as Next 16 writes it to out/ (trimmed): chunk scripts,
// a script preload, Turbopack's chunk list and the RSC payload, beside our
// own inline theme script and islands module.
const payload = String.raw`1:"$Sreact.fragment"\n3:I[39756,[\"$2\"],\"default\"]\n4:I[97367,[\"$2\"],\"OutletBoundary\"]\n9:I[853,[\"$16\",\"$1d\"],\"CopyLinkButton\"]\n`;
const page = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/0k_8lemhnndil.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/41mprv1-o9284.js"/>',
  '<script src="/_next/static/chunks/42lapm9uu3ecy.js" async=""></script>',
  '<script>(function(){document.documentElement.classList.add(\'js\')})()</script>',
  '<script type="module" src="/islands/site-CBNAR7SQ.js"></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '</head><body><main><h1>Kubernetes</h1></main>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  `<script>self.__next_f.push([1,"${payload}"])</script>`,
  '</body></html>',
].join('');

describe('stripClientRuntime', () => {
  const stripped = stripClientRuntime(page, 'en/tech/kubernetes/index.html');

  it("removes Next's chunk scripts, script preloads, chunk list and RSC payload", () => {
    expect(stripped).not.toMatch(/_next\/static\/chunks\/[\w-]+\.js/);
    expect(stripped).not.toContain('__next_f');
    expect(stripped).not.toContain('TURBOPACK');
  });

  it('keeps the stylesheet, our inline script, the islands module and the content', () => {
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/0k_8lemhnndil.css" data-precedence="next"/>');
    expect(stripped).toContain("classList.add('js')");
    expect(stripped).toContain('<script type="module" src="/islands/site-CBNAR7SQ.js"></script>');
    expect(stripped).toContain('<main><h1>Kubernetes</h1></main>');
  });

  it('fails, naming the page, when something of the runtime it does not know survives', () => {
    const unknownShape = page.replace('</head>', '<link rel="modulepreload" href="/_next/static/chunks/new.js"/></head>');
    expect(() => stripClientRuntime(unknownShape, 'en/glossary/index.html')).toThrowErrorMatchingInlineSnapshot(
      `[Error: en/glossary/index.html: Next's client runtime is still referenced after stripping (/_next/static/chunks/new.js); its output format may have changed.]`,
    );
  });
});

describe('which pages need React', () => {
  it('reads the client references a payload names, escaped or not', () => {
    expect([...renderedClientNames(page)]).toEqual(['default', 'OutletBoundary', 'CopyLinkButton']);
    expect([...renderedClientNames('a:I[1,["$2"],"MatrixExplorer"]')]).toEqual(['MatrixExplorer']);
  });

  function sourceTree(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-client-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    return root;
  }

  it("collects the exported names of 'use client' modules only", () => {
    const root = sourceTree({
      'share/copy-link-button.tsx': "'use client';\nexport function CopyLinkButton() {}\nexport const COPY_DELAY = 1;\n",
      'matrix/explorer.tsx': '"use client"\n\nexport function MatrixExplorer() {}\n',
      'article/facts-box.tsx': 'export function FactsBox() {}\n',
    });
    expect(Object.fromEntries([...clientComponentNames([root])].map(([name, file]) => [name, path.relative(root, file)]))).toEqual({
      CopyLinkButton: 'share/copy-link-button.tsx',
      COPY_DELAY: 'share/copy-link-button.tsx',
      MatrixExplorer: 'matrix/explorer.tsx',
    });
  });

  it("refuses a default export from a 'use client' module, naming the file", () => {
    const root = sourceTree({ 'dialog.tsx': "'use client';\nexport default function Dialog() {}\n" });
    expect(() => clientComponentNames([root])).toThrow(/dialog\.tsx: a 'use client' module must not have a default export/);
  });

  it("a page needs React exactly when it renders one of our client components, not just Next's own", () => {
    const ours = new Map([['CopyLinkButton', 'components/share/copy-link-button.tsx']]);
    expect(clientComponentsOnPage(page, ours)).toEqual(['CopyLinkButton']);
    expect(clientComponentsOnPage(page, new Map([['MatrixExplorer', 'x.tsx']]))).toEqual([]);
  });
});

describe('preloading the islands a page will import', () => {
  const withIslands = page.replace('<main>', '<main><div class="contents" data-island="MatrixExplorer" data-island-props="{}"></div><div data-island="CompareExplorer"></div>');
  const manifest = { MatrixExplorer: ['/islands/hydrate.island-A.js', '/islands/chunk-REACT.js', '/islands/matrix-explorer-B.js'], CompareExplorer: ['/islands/hydrate.island-A.js', '/islands/compare-explorer-C.js'] };

  it('finds the islands a page renders', () => {
    expect(islandsOnPage(withIslands)).toEqual(['CompareExplorer', 'MatrixExplorer']);
    expect(islandsOnPage(page)).toEqual([]);
  });

  it('links every chunk once, with what every page needs, at the end of <head>', () => {
    const html = withModulePreloads(withIslands, 'en/matrix/index.html', ['/islands/chunk-SITE.js'], manifest);
    const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(links).toEqual(['/islands/chunk-SITE.js', '/islands/hydrate.island-A.js', '/islands/compare-explorer-C.js', '/islands/chunk-REACT.js', '/islands/matrix-explorer-B.js']);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  it('fails, naming the page, for an island the manifest does not know', () => {
    expect(() => withModulePreloads(withIslands, 'en/matrix/index.html', [], { CompareExplorer: [] })).toThrowErrorMatchingInlineSnapshot(
      `[Error: en/matrix/index.html: island MatrixExplorer is not in the islands manifest; run \`npm run islands:build\` (part of \`npm run build\`).]`,
    );
  });
});

describe('markup that would defeat a pattern', () => {
  it('removes runtime scripts and preloads whatever the attribute order, case or a ">" inside a value', () => {
    const awkward = [
      '<!DOCTYPE html><html><HEAD>',
      '<LINK HREF="/_next/static/chunks/a.js" fetchPriority="low" AS="script" rel="preload">',
      '<script data-note="1 > 0" src="/_next/static/chunks/b.js" async></script>',
      '<SCRIPT>self.__next_f.push([1,"x"])</SCRIPT>',
      '<script>keep("/islands/ok.js")</script>',
      '</HEAD><body><p title="a > b">text</p></body></html>',
    ].join('');
    expect(stripClientRuntime(awkward, 'x.html')).toBe(
      '<!DOCTYPE html><html><HEAD><script>keep("/islands/ok.js")</script></HEAD><body><p title="a > b">text</p></body></html>',
    );
  });

  it('leaves a runtime script inside a comment as a comment, and still refuses the page for naming the runtime', () => {
    const commented = '<html><head><!-- <script src="/_next/static/chunks/c.js"></script> --></head><body></body></html>';
    expect(() => stripClientRuntime(commented, 'y.html')).toThrow(/y\.html: Next's client runtime is still referenced/);
  });

  it('does not take an island name from a comment or another attribute', () => {
    const html = '<html><body><!-- <div data-island="Hidden"></div> --><div title=\'data-island="Fake"\' DATA-ISLAND="MatrixExplorer"></div></body></html>';
    expect(islandsOnPage(html)).toEqual(['MatrixExplorer']);
  });

  it('puts the preloads before the real </head>, not one inside a comment', () => {
    const html = '<html><head><!-- </head> --><title>t</title></head><body></body></html>';
    expect(withModulePreloads(html, 'z.html', ['/islands/a.js'], {})).toBe(
      '<html><head><!-- </head> --><title>t</title><link rel="modulepreload" href="/islands/a.js"/></head><body></body></html>',
    );
  });

  it('refuses, naming the page, a page without a written </head>', () => {
    expect(() => withModulePreloads('<p>no head</p>', 'bare.html', ['/islands/a.js'], {})).toThrowErrorMatchingInlineSnapshot(
      `[Error: bare.html: no </head> in the page to put the module preloads before.]`,
    );
  });

  it('reads client components only from scripts, not from text that looks like a payload', () => {
    const ours = new Map([['CopyLinkButton', 'x.tsx']]);
    const inText = '<html><body><p>I[1,["$2"],"CopyLinkButton"]</p></body></html>';
    expect(clientComponentsOnPage(inText, ours)).toEqual([]);
    expect(clientComponentsOnPage(`<html><body><SCRIPT>${'self.__next_f.push([1,"9:I[1,[\\"$2\\"],\\"CopyLinkButton\\"]"])'}</SCRIPT></body></html>`, ours)).toEqual(['CopyLinkButton']);
  });
});
