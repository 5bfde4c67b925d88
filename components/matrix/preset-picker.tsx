'use client';

import type { MatrixDictionary } from '@/lib/i18n/matrix-dictionary';
import type { MatrixPresetOption } from '@/lib/matrix/types';
import { FOCUS_RING } from './rating-style';

const BUTTON = `rounded-full border px-3 py-1.5 text-sm font-medium aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white border-slate-300 hover:bg-slate-100 aria-pressed:hover:bg-brand-700 dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:border-brand-300 dark:aria-pressed:bg-brand-300 dark:aria-pressed:text-slate-950 ${FOCUS_RING}`;

/** Presets set every weight at once; the one matching the current weights shows as pressed. */
export function PresetPicker({ presets, active, equal, onPreset, onEqual, t }: {
  presets: MatrixPresetOption[];
  active: string | undefined;
  equal: boolean;
  onPreset: (key: string) => void;
  onEqual: () => void;
  t: MatrixDictionary;
}) {
  return (
    <div role="group" aria-labelledby="matrix-presets-label">
      <p id="matrix-presets-label" className="text-sm font-semibold">
        {t.presets}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {presets.map((preset) => (
          <button key={preset.key} type="button" className={BUTTON} aria-pressed={active === preset.key} onClick={() => onPreset(preset.key)} data-preset={preset.key}>
            {preset.name}
          </button>
        ))}
        <button type="button" className={BUTTON} aria-pressed={equal} onClick={onEqual} data-preset="equal">
          {t.equalWeights}
        </button>
      </div>
    </div>
  );
}
