import type { ReactNode } from 'react';

/** An h2 with a visible link to itself, so any section can be linked from a slide or a chat. */
export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="group text-2xl font-bold">
      {children}
      <a href={`#${id}`} className="ml-2 text-slate-400 no-underline opacity-60 hover:text-brand-600 group-hover:opacity-100 focus-visible:opacity-100" aria-label={`#${id}`}>
        #
      </a>
    </h2>
  );
}
