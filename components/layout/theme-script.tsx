import { themeInitScript } from '@/lib/theme';

/**
 * The theme script, inline in <head> because an external script would run
 * after the first paint; each page's Content-Security-Policy allows it by hash.
 */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />;
}
