/**
 * What the islands bundle imports in place of React. Kept in one place so the
 * bundle (scripts/build-islands.ts) and the hydration tests use the same map.
 * esbuild applies an alias to subpaths too: `react/jsx-runtime` becomes
 * `preact/compat/jsx-runtime`, `react-dom/client` becomes `preact/compat/client`.
 */
export const ISLAND_REACT_ALIASES: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
};
