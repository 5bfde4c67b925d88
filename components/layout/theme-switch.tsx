import { THEME_CHOICES, type ThemeChoice } from '@/lib/theme';

const ICONS: Record<ThemeChoice, string> = { light: '☀', dark: '☾', system: '◐' };

/**
 * A three-way radio group: light, dark, or follow the system. Server markup;
 * components/islands/theme-switch.ts checks the remembered choice and applies
 * changes. Hidden without a script, since it could not do anything.
 */
export function ThemeSwitch({ labels }: { labels: Record<ThemeChoice | 'label', string> }) {
  return (
    <fieldset data-js-only className="flex items-center rounded-full border border-slate-300 p-0.5 dark:border-slate-600">
      <legend className="sr-only">{labels.label}</legend>
      {THEME_CHOICES.map((value) => (
        <label
          key={value}
          title={labels[value]}
          className="relative flex h-7 w-7 cursor-pointer items-center justify-center rounded-full text-sm has-[:checked]:bg-slate-200 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 dark:has-[:checked]:bg-slate-700"
        >
          <input type="radio" name="theme" value={value} defaultChecked={value === 'system'} className="sr-only" data-theme-choice={value} />
          <span aria-hidden="true">{ICONS[value]}</span>
          <span className="sr-only">{labels[value]}</span>
        </label>
      ))}
    </fieldset>
  );
}
