import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { routes } from '@/lib/site';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <footer className="no-print mt-16 border-t border-slate-200 py-8 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-6xl space-y-2 px-4">
        <p>
          {t.footer.about} <a className="underline" href={routes.talk(locale)}>{t.nav.talk}</a>
        </p>
        <p>{t.footer.source}</p>
      </div>
    </footer>
  );
}
