/**
 * Runs before first paint so the page never flashes the wrong theme. It is
 * inline because an external script would load after the first paint; the
 * deploy config allows it by hash (see deploy/).
 */
export const THEME_STORAGE_KEY = 'atlas-theme';

export const themeInitScript = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');var d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d)}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />;
}
