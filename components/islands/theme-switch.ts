import { THEME_STORAGE_KEY, type ThemeChoice } from '@/lib/theme';

function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function remember(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Private browsing may forbid storage; the theme still applies to this page.
  }
}

/** The header's light / dark / system radios (components/layout/theme-switch.tsx). */
export function initThemeSwitch(): void {
  const darkQuery = matchMedia('(prefers-color-scheme: dark)');
  let choice = readChoice();
  const apply = () => document.documentElement.classList.toggle('dark', choice === 'dark' || (choice === 'system' && darkQuery.matches));
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[data-theme-choice]')) {
    radio.checked = radio.value === choice;
    radio.addEventListener('change', () => {
      choice = radio.value as ThemeChoice;
      remember(choice);
      apply();
    });
  }
  // Following the system means following it live, e.g. when a phone switches to dark at sunset.
  darkQuery.addEventListener('change', apply);
}
