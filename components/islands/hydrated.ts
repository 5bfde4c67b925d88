/**
 * The React components that pages render on the server and the islands
 * script hydrates in the browser, without Next's client runtime (see
 * components/islands/hydrate.island.ts and components/ui/client-island.tsx),
 * each with its source file, from which the build learns which chunks to
 * preload on the pages that have it. A page whose client components are all
 * listed here ships React (~65 KB gzip) and the component, instead of Next's
 * runtime (~137 KB) and a second copy of the page.
 */
export const HYDRATED_ISLANDS = {
  CompareExplorer: 'components/compare/compare-explorer.tsx',
  MatrixExplorer: 'components/matrix/matrix-explorer.tsx',
} as const;

export type HydratedIslandName = keyof typeof HYDRATED_ISLANDS;

export function isHydratedIsland(name: string): name is HydratedIslandName {
  return Object.hasOwn(HYDRATED_ISLANDS, name);
}
