'use client';

import type { MatrixDictionary } from '@/lib/i18n/matrix-dictionary';
import { MAX_WEIGHT, MIN_WEIGHT } from '@/lib/matrix/weights';
import type { Weights } from '@/lib/matrix/score';
import type { MatrixCriterion } from '@/lib/matrix/types';
import { FOCUS_RING } from './rating-style';

const WEIGHTS = Array.from({ length: MAX_WEIGHT - MIN_WEIGHT + 1 }, (_, i) => MIN_WEIGHT + i);
const SMALL_BUTTON = `rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`;

interface CriteriaPickerProps {
  criteria: MatrixCriterion[];
  shown: string[];
  weights: Weights;
  onShown: (shown: string[]) => void;
  onWeight: (criterion: string, weight: number) => void;
  t: MatrixDictionary;
}

/** Per criterion: whether it is shown (and so counted), its weight from 0 to 3, and what it means. */
export function CriteriaPicker({ criteria, shown, weights, onShown, onWeight, t }: CriteriaPickerProps) {
  const set = new Set(shown);
  return (
    <fieldset className="min-w-0">
      <legend className="text-base font-semibold">{t.criteria}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={SMALL_BUTTON} onClick={() => onShown(criteria.map((c) => c.key))}>
          {t.all}
        </button>
        <button type="button" className={SMALL_BUTTON} onClick={() => onShown([])}>
          {t.none}
        </button>
      </div>
      <ul className="mt-3 space-y-2">
        {criteria.map((c) => (
          <li key={c.key} className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-x-3" data-criterion-row={c.key}>
            <div>
              <label className="flex items-center gap-2 text-sm font-medium">
                <input
                  type="checkbox"
                  className="size-4 accent-brand-700 dark:accent-brand-300"
                  checked={set.has(c.key)}
                  onChange={(e) => onShown(e.target.checked ? [...shown, c.key] : shown.filter((k) => k !== c.key))}
                  aria-describedby={`matrix-criterion-${c.key}`}
                  data-criterion-choice={c.key}
                />
                {c.name}
              </label>
              <p id={`matrix-criterion-${c.key}`} className="ml-6 text-xs text-slate-700 dark:text-slate-300">
                {c.description}
              </p>
            </div>
            <select
              aria-label={t.weightFor(c.name)}
              value={weights[c.key] ?? 0}
              onChange={(e) => onWeight(c.key, Number(e.target.value))}
              className={`rounded border border-slate-300 bg-white px-1.5 py-1 text-sm dark:border-slate-600 dark:bg-slate-900 ${FOCUS_RING}`}
              data-weight={c.key}
            >
              {WEIGHTS.map((w) => (
                <option key={w} value={w}>
                  {t.weights[w]}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
