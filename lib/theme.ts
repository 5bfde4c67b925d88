/** Where the reader's theme choice (light or dark; none means "follow the system") is remembered. */
export const THEME_STORAGE_KEY = 'atlas-theme';

export const THEME_CHOICES = ['light', 'dark', 'system'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/**
 * Runs inline before first paint, so the page never flashes the wrong theme,
 * and marks <html> with `js` so controls that need a script (copy and share
 * buttons, the theme switch) are laid out from the first frame instead of
 * popping in when the islands script arrives.
 */
export const themeInitScript = `(function(){var e=document.documentElement;e.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');var d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);e.classList.toggle('dark',d)}catch(x){}})()`;
