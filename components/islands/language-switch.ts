import { isLocale, LOCALE_STORAGE_KEY } from '@/lib/i18n/locales';
import { twinPath } from '@/lib/i18n/twin-path';

/**
 * Points the header's language link (components/layout/language-switch.tsx)
 * at this page in the other language, keeping the query string and the
 * anchor, so a comparison view or a section stays in view, and remembers the
 * choice for the language picker at /. The address is taken again on click,
 * since interactive pages rewrite their query string as the view changes.
 */
export function initLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
    const target = link.dataset.languageSwitch;
    if (!isLocale(target)) continue;
    const point = () => {
      link.href = twinPath(location.pathname, target) + location.search + location.hash;
    };
    point();
    link.addEventListener('click', () => {
      try {
        localStorage.setItem(LOCALE_STORAGE_KEY, target);
      } catch {
        // Storage may be unavailable; the link still works.
      }
      point();
    });
  }
}
