import { type ComponentProps, type ComponentType, createElement } from 'react';
import { preload } from 'react-dom';
import { CompareExplorer } from '@/components/compare/compare-explorer';
import type { HydratedIslandName } from '@/components/islands/hydrated';
import { MatrixExplorer } from '@/components/matrix/matrix-explorer';

const COMPONENTS = { CompareExplorer, MatrixExplorer } satisfies Record<HydratedIslandName, ComponentType<never>>;

type Components = typeof COMPONENTS;

/**
 * Props the browser fetches instead of reading them from the page: `url` is a
 * static JSON file the build writes from the same data (a route handler), and
 * `keys` the props it holds. The HTML already shows these data once; writing
 * them a second time into the page as JSON would double the page's weight,
 * and at ten times the content push it past its budget.
 */
export interface FetchedProps<P> {
  url: string;
  keys: readonly (keyof P & string)[];
}

/**
 * Renders a client component on the server inside a wrapper that names it and
 * carries its props as JSON, for components/islands/hydrate.island.ts to
 * hydrate without Next's runtime. The wrapper is `display: contents`, so it
 * changes nothing in the layout. Props must survive JSON (plain data). Large
 * props can be left out of the page (`fetched`): the hydrator fetches them
 * before hydrating, so the first client render matches the server's.
 */
export function ClientIsland<N extends HydratedIslandName>({ name, props, fetched }: { name: N; props: ComponentProps<Components[N]>; fetched?: FetchedProps<ComponentProps<Components[N]>> }) {
  // TypeScript cannot narrow COMPONENTS[name] by N; the props type above already ties them together.
  const Component = COMPONENTS[name] as unknown as ComponentType<object>;
  const inline: Record<string, unknown> = { ...props };
  for (const key of fetched?.keys ?? []) delete inline[key];
  // Starts the download with the page's own, so hydration does not wait a round trip after the scripts.
  if (fetched) preload(fetched.url, { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <div className="contents" data-island={name} data-island-props={JSON.stringify(inline)} data-island-fetch={fetched?.url}>
      {createElement(Component, props)}
    </div>
  );
}
