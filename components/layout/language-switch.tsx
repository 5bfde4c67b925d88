import type { Locale } from '@/lib/i18n/locales';
import { routes } from '@/lib/site';

/**
 * Links to the other language. The layout cannot know the page's path, so
 * the server writes the other language's home page, and
 * components/islands/language-switch.ts points the link at the same page,
 * with its query string and anchor, as soon as the page has loaded.
 */
export function LanguageSwitch({ target, label, name }: { target: Locale; label: string; name: string }) {
  return (
    <a
      href={routes.home(target)}
      hrefLang={target}
      lang={target}
      aria-label={label}
      data-language-switch={target}
      className="rounded-full border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {name}
    </a>
  );
}
