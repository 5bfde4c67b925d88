'use client';

import { useEffect, useState } from 'react';
import { THEME_STORAGE_KEY } from './theme-script';

type ThemeChoice = 'light' | 'dark' | 'system';
const CHOICES: ThemeChoice[] = ['light', 'dark', 'system'];

function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}

const ICONS: Record<ThemeChoice, string> = { light: '☀', dark: '☾', system: '◐' };

/** A three-way radio group: light, dark, or follow the system. The choice is remembered on the device. */
export function ThemeSwitch({ labels }: { labels: Record<ThemeChoice | 'label', string> }) {
  const [choice, setChoice] = useState<ThemeChoice>('system');

  useEffect(() => {
    setChoice(readChoice());
  }, []);

  useEffect(() => {
    if (choice !== 'system') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => apply('system');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [choice]);

  function choose(next: ThemeChoice) {
    setChoice(next);
    try {
      if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private browsing may forbid storage; the theme still applies for this page.
    }
    apply(next);
  }

  return (
    <fieldset className="flex items-center rounded-full border border-slate-300 p-0.5 dark:border-slate-600">
      <legend className="sr-only">{labels.label}</legend>
      {CHOICES.map((value) => (
        <label
          key={value}
          title={labels[value]}
          className="relative flex h-7 w-7 cursor-pointer items-center justify-center rounded-full text-sm has-[:checked]:bg-slate-200 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 dark:has-[:checked]:bg-slate-700"
        >
          <input
            type="radio"
            name="theme"
            value={value}
            checked={choice === value}
            onChange={() => choose(value)}
            className="sr-only"
            data-theme-choice={value}
          />
          <span aria-hidden="true">{ICONS[value]}</span>
          <span className="sr-only">{labels[value]}</span>
        </label>
      ))}
    </fieldset>
  );
}
