import { type ComponentType, createElement, Fragment, useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { type HydratedIslandName, isHydratedIsland } from './hydrated';

// The props arrive as JSON the server wrote from the same component's props type (client-island.tsx),
// so the components are taken here as accepting any object.
type AnyProps = ComponentType<object>;

// One chunk per component: a page fetches only the code of the islands it has.
const LOADERS: Record<HydratedIslandName, () => Promise<AnyProps>> = {
  CompareExplorer: () => import('@/components/compare/compare-explorer').then((m) => m.CompareExplorer as unknown as AnyProps),
  MatrixExplorer: () => import('@/components/matrix/matrix-explorer').then((m) => m.MatrixExplorer as unknown as AnyProps),
};

/**
 * Marks the island `data-hydrated` once React has taken it over (effects run
 * after hydration commits), for tests and for anyone debugging a slow phone.
 * Renders no element, so the server's markup still matches.
 */
function MarkHydrated({ element, children }: { element: HTMLElement; children: ReturnType<typeof createElement> }) {
  useEffect(() => {
    element.dataset.hydrated = '';
  }, [element]);
  return createElement(Fragment, null, children);
}

/**
 * The props the server left out of the page (ClientIsland's `fetched`), from
 * the static JSON file the build wrote beside it. Until they arrive the page
 * is the server's HTML: readable, with working links, just not yet interactive.
 */
async function fetchProps(url: string | undefined): Promise<object> {
  if (!url) return {};
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return (await response.json()) as object;
}

/**
 * Hydrates each server-rendered island (components/ui/client-island.tsx) with
 * the props the server wrote beside it, so React takes over the markup that
 * is already on screen instead of rendering it again.
 */
export async function hydrateIslands(elements: HTMLElement[]): Promise<void> {
  await Promise.all(
    elements.map(async (element) => {
      const name = element.dataset.island ?? '';
      if (!isHydratedIsland(name)) throw new Error(`unknown island "${name}"`);
      const [Component, fetched] = await Promise.all([LOADERS[name](), fetchProps(element.dataset.islandFetch)]);
      const props = { ...(JSON.parse(element.dataset.islandProps ?? '{}') as object), ...fetched };
      hydrateRoot(element, createElement(MarkHydrated, { element, children: createElement(Component, props) }));
    }),
  );
}
