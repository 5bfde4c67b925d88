'use client';

import type { MatrixDictionary } from '@/lib/i18n/matrix-dictionary';
import { MODES, type MatrixMode } from '@/lib/matrix/state';

/** Matrix or side by side, as a radio group: arrow keys move between the two, as in any radio group. */
export function ModeSwitch({ mode, onChange, t }: { mode: MatrixMode; onChange: (mode: MatrixMode) => void; t: MatrixDictionary }) {
  return (
    <fieldset>
      <legend className="text-sm font-semibold">{t.view}</legend>
      <div className="mt-2 inline-flex rounded-full border border-slate-300 p-0.5 dark:border-slate-600">
        {MODES.map((value) => (
          <label
            key={value}
            className="cursor-pointer rounded-full px-3 py-1 text-sm font-medium has-[:checked]:bg-brand-700 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 dark:has-[:checked]:bg-brand-300 dark:has-[:checked]:text-slate-950"
          >
            <input type="radio" name="matrix-mode" value={value} checked={mode === value} onChange={() => onChange(value)} className="sr-only" data-mode={value} />
            {t.modes[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
