import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { islandsManifest } from './preloads';

/** The shape esbuild reports with code splitting: entry chunks name their source; imports say static or dynamic. */
function output(entryPoint: string | undefined, imports: [string, 'import-statement' | 'dynamic-import'][]) {
  return { bytes: 1, inputs: {}, exports: [], entryPoint, imports: imports.map(([path, kind]) => ({ path, kind })) };
}

const metafile = {
  inputs: {},
  outputs: {
    'public/islands/site-S.js': output('components/islands/site.ts', [
      ['public/islands/chunk-LOCALES.js', 'import-statement'],
      ['public/islands/hydrate.island-H.js', 'dynamic-import'],
    ]),
    'public/islands/chunk-LOCALES.js': output(undefined, []),
    'public/islands/hydrate.island-H.js': output('components/islands/hydrate.island.ts', [
      ['public/islands/chunk-REACT.js', 'import-statement'],
      ['public/islands/matrix-explorer-M.js', 'dynamic-import'],
    ]),
    'public/islands/chunk-REACT.js': output(undefined, []),
    'public/islands/matrix-explorer-M.js': output('components/matrix/matrix-explorer.tsx', [
      ['public/islands/chunk-REACT.js', 'import-statement'],
      ['public/islands/chunk-LOCALES.js', 'import-statement'],
      ['public/islands/qr-code-Q.js', 'dynamic-import'],
    ]),
    'public/islands/qr-code-Q.js': output('components/share/qr-code.ts', []),
  },
} as unknown as Metafile;

describe('islandsManifest', () => {
  it('lists, per island, the hydration chunk, the component and their static imports, but not what they import later', () => {
    const manifest = islandsManifest(metafile, 'public/islands', 'components/islands/site.ts', 'components/islands/hydrate.island.ts', {
      MatrixExplorer: 'components/matrix/matrix-explorer.tsx',
    });
    expect(manifest).toEqual({
      site: ['/islands/chunk-LOCALES.js'],
      islands: {
        MatrixExplorer: ['/islands/hydrate.island-H.js', '/islands/chunk-REACT.js', '/islands/matrix-explorer-M.js', '/islands/chunk-LOCALES.js'],
      },
    });
  });

  it('names the source of an island that has no chunk of its own', () => {
    expect(() =>
      islandsManifest(metafile, 'public/islands', 'components/islands/site.ts', 'components/islands/hydrate.island.ts', { SearchPage: 'components/search/search-page.tsx' }),
    ).toThrow('components/search/search-page.tsx: island SearchPage has no chunk of its own; add its loader to components/islands/hydrate.island.ts.');
  });
});
