'use client';

import { usePathname } from 'next/navigation';
import { type Locale, LOCALE_STORAGE_KEY } from '@/lib/i18n/locales';



/** Swaps the leading /en/ or /ko/ of a path. */
export function twinPath(pathname: string, target: Locale): string {
  return pathname.replace(/^\/(en|ko)(?=\/|$)/, `/${target}`);
}

/**
 * Links to the same page in the other language, keeping the query string and
 * the anchor (a comparison view or a section stays in view), and remembers the
 * choice for the language picker at /.
 */
export function LanguageSwitch({ target, label, name }: { target: Locale; label: string; name: string }) {
  const pathname = usePathname();
  const href = twinPath(pathname, target);
  return (
    <a
      href={href}
      hrefLang={target}
      lang={target}
      aria-label={label}
      className="rounded-full border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      onClick={(event) => {
        try {
          localStorage.setItem(LOCALE_STORAGE_KEY, target);
        } catch {
          // Storage may be unavailable; the link still works.
        }
        event.currentTarget.href = href + window.location.search + window.location.hash;
      }}
    >
      {name}
    </a>
  );
}
