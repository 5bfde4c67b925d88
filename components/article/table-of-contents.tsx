import type { Section } from '@/lib/content/mdx';

/** Links to the article's h2 and h3 headings. */
export function TableOfContents({ sections, label }: { sections: Pick<Section, 'id' | 'title' | 'depth'>[]; label: string }) {
  const items = sections.filter((s) => s.depth === 2 || s.depth === 3);
  if (items.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="no-print text-sm">
      <h2 id="toc-heading" className="mb-2 font-semibold">
        {label}
      </h2>
      <ol className="space-y-1">
        {items.map((s) => (
          <li key={s.id} className={s.depth === 3 ? 'pl-4' : undefined}>
            <a href={`#${s.id}`} className="text-slate-700 hover:text-brand-700 hover:underline dark:text-slate-300 dark:hover:text-brand-300">
              {s.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
