'use client';

import { useState } from 'react';
import type { Category, Status } from '@/lib/content/schema';
import type { MatrixDictionary } from '@/lib/i18n/matrix-dictionary';
import type { MatrixTechnology } from '@/lib/matrix/types';
import { RENDER_WHEN_NEAR } from '@/components/ui/render-when-near';
import { FOCUS_RING } from './rating-style';
import { StatusMark } from './status-mark';

const SMALL_BUTTON = `rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`;
const CHECKBOX = 'size-4 accent-brand-700 dark:accent-brand-300';

interface TechnologyPickerProps {
  technologies: MatrixTechnology[];
  chosen: string[];
  hideRetired: boolean;
  onChange: (chosen: string[]) => void;
  onHideRetired: (hide: boolean) => void;
  defaultSet: string[];
  t: MatrixDictionary;
  categoryLabels: Record<Category, string>;
  statusLabels: Record<Status, string>;
}

/**
 * A category with more technologies than this lists only the chosen ones
 * (at most this many) until the reader asks for the rest: with a few hundred technologies, a wall
 * of checkboxes is hard to scan and costs the page its quick start. Today's
 * categories are all smaller, so every checkbox shows.
 */
export const LARGE_GROUP = 24;

/** Checkboxes for the technologies, grouped by category, with quick choices (all, none, the default set). */
export function TechnologyPicker({ technologies, chosen, hideRetired, onChange, onHideRetired, defaultSet, t, categoryLabels, statusLabels }: TechnologyPickerProps) {
  const categories = [...new Set(technologies.map((tech) => tech.category))];
  const set = new Set(chosen);
  const [expanded, setExpanded] = useState<ReadonlySet<Category>>(() => new Set());
  function toggle(slug: string, on: boolean) {
    onChange(on ? [...chosen, slug] : chosen.filter((s) => s !== slug));
  }
  return (
    <fieldset className="min-w-0">
      <legend className="text-base font-semibold">
        {t.technologies} <span className="text-sm font-normal text-slate-700 dark:text-slate-300">({t.chosen(chosen.length, technologies.length)})</span>
      </legend>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={SMALL_BUTTON} onClick={() => onChange(technologies.map((tech) => tech.slug))}>
          {t.all}
        </button>
        <button type="button" className={SMALL_BUTTON} onClick={() => onChange([])}>
          {t.none}
        </button>
        <button type="button" className={SMALL_BUTTON} onClick={() => onChange(defaultSet)}>
          {t.defaultSet}
        </button>
      </div>
      <label className="mt-3 flex items-center gap-2 text-sm">
        <input type="checkbox" className={CHECKBOX} checked={hideRetired} onChange={(e) => onHideRetired(e.target.checked)} data-testid="hide-retired" />
        {t.hideRetired}
      </label>
      <div className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {categories.map((category) => {
          const members = technologies.filter((tech) => tech.category === category);
          const folded = members.length > LARGE_GROUP && !expanded.has(category);
          const chosenHere = members.filter((tech) => set.has(tech.slug));
          // Folded, a group lists what is chosen in it, up to its first LARGE_GROUP.
          const listed = folded ? chosenHere.slice(0, LARGE_GROUP) : members;
          return (
            <div key={category} role="group" aria-labelledby={`matrix-category-${category}`} className={RENDER_WHEN_NEAR.list}>
              <p id={`matrix-category-${category}`} className="text-sm font-semibold text-slate-700 dark:text-slate-300">
                {categoryLabels[category]}
              </p>
              <ul className="mt-1 space-y-1">
                {listed.map((tech) => (
                  <li key={tech.slug}>
                    <label className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-sm">
                      <input type="checkbox" className={CHECKBOX} checked={set.has(tech.slug)} onChange={(e) => toggle(tech.slug, e.target.checked)} data-tech-choice={tech.slug} />
                      {tech.title}
                      <StatusMark status={tech.status} label={statusLabels[tech.status]} />
                    </label>
                  </li>
                ))}
              </ul>
              {folded ? (
                <button type="button" className={`mt-1 ${SMALL_BUTTON}`} onClick={() => setExpanded(new Set([...expanded, category]))} data-show-group={category}>
                  {t.showGroup(members.length, chosenHere.length)}
                </button>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
