import { type ComponentProps, type ComponentType, createElement } from 'react';
import { CompareExplorer } from '@/components/compare/compare-explorer';
import type { HydratedIslandName } from '@/components/islands/hydrated';
import { MatrixExplorer } from '@/components/matrix/matrix-explorer';
import { LiveHandoutQr } from '@/components/share/live-handout-qr';

const COMPONENTS = { CompareExplorer, MatrixExplorer, LiveHandoutQr } satisfies Record<HydratedIslandName, ComponentType<never>>;

type Components = typeof COMPONENTS;

/**
 * Renders a client component on the server inside a wrapper that names it and
 * carries its props as JSON, for components/islands/hydrate.island.tsx to
 * hydrate without Next's runtime. The wrapper is `display: contents`, so it
 * changes nothing in the layout. Props must survive JSON (plain data).
 */
export function ClientIsland<N extends HydratedIslandName>({ name, props }: { name: N; props: ComponentProps<Components[N]> }) {
  // TypeScript cannot narrow COMPONENTS[name] by N; the props type above already ties them together.
  const Component = COMPONENTS[name] as unknown as ComponentType<object>;
  return (
    <div className="contents" data-island={name} data-island-props={JSON.stringify(props)}>
      {createElement(Component, props)}
    </div>
  );
}
