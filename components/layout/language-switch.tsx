import type { Locale } from '@/lib/i18n/locales';
import { routes } from '@/lib/site';

/**
 * Links to the other language. The layout cannot know the page's path, so
 * the server writes the other language's home page, and
 * components/islands/language-switch.ts points the link at the same page,
 * with its query string and anchor, as soon as the page has loaded.
 *
 * Its name is what it shows ("한국어"), so a speech-input user who says what
 * they see can follow it (WCAG 2.5.3, Label in Name); the longer "Read this
 * page in Korean" is its description and tooltip, in the page's language.
 */
export function LanguageSwitch({ target, label, name }: { target: Locale; label: string; name: string }) {
  return (
    <a
      href={routes.home(target)}
      hrefLang={target}
      title={label}
      data-language-switch={target}
      className="rounded-full border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      <span lang={target}>{name}</span>
    </a>
  );
}
