import { SearchDialogTemplate } from '@/components/search/search-box-markup';
import { SearchButton } from '@/components/search/search-button';
import { getDictionary } from '@/lib/i18n/dictionary';
import { getFreshnessDictionary } from '@/lib/i18n/freshness-dictionary';
import { getSearchDictionary } from '@/lib/i18n/search-dictionary';
import { LOCALE_NAMES, type Locale, otherLocale } from '@/lib/i18n/locales';
import { routes } from '@/lib/site';
import { LanguageSwitch } from './language-switch';
import { ThemeSwitch } from './theme-switch';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  const other = otherLocale(locale);
  const nav = [
    { href: routes.home(locale), label: t.nav.technologies },
    { href: routes.compare(locale), label: t.nav.compare },
    { href: routes.timeline(locale), label: t.nav.timeline },
    { href: routes.matrix(locale), label: t.nav.matrix },
    { href: routes.glossary(locale), label: t.nav.glossary },
    { href: routes.talk(locale), label: t.nav.talk },
    { href: routes.changes(locale), label: getFreshnessDictionary(locale).changes.nav },
    { href: routes.search(locale), label: t.nav.search },
  ];
  return (
    <header className="no-print sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <a href={routes.home(locale)} className="mr-auto text-lg font-bold tracking-tight text-slate-900 dark:text-white">
          {t.siteName}
        </a>
        <div className="flex items-center gap-2">
          <SearchButton locale={locale} label={getSearchDictionary(locale).button} hint={getSearchDictionary(locale).buttonHint} />
          <SearchDialogTemplate t={getSearchDictionary(locale)} />
          <ThemeSwitch labels={t.theme} />
          <LanguageSwitch target={other} label={t.languageSwitch} name={LOCALE_NAMES[other]} />
        </div>
        <nav aria-label={t.nav.label} className="-mx-4 w-full overflow-x-auto px-4 sm:mx-0 sm:w-auto sm:px-0">
          <ul className="flex gap-1 whitespace-nowrap text-sm">
            {nav.map((item) => (
              <li key={item.href}>
                <a
                  href={item.href}
                  className="block rounded px-2 py-1.5 text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
