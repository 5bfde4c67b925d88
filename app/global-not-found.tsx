import type { Metadata } from 'next';
import { ThemeScript } from '@/components/layout/theme-script';
import { getDictionary } from '@/lib/i18n/dictionary';
import { LOCALES } from '@/lib/i18n/locales';
import { routes } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  title: 'Page not found · 페이지를 찾을 수 없습니다 · Container Atlas',
  description: 'There is no page at this address. 이 주소에는 페이지가 없습니다.',
  robots: { index: false },
};

/**
 * The one 404 page for every unknown URL. A static server cannot tell which
 * language the reader wanted, so it speaks both and leads to each home page.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <main id="main" className="mx-auto max-w-3xl px-4 py-16">
          <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">404 · Container Atlas</p>
          <div className="mt-6 grid gap-10 sm:grid-cols-2">
            {LOCALES.map((locale) => {
              const t = getDictionary(locale);
              const Heading = locale === 'en' ? 'h1' : 'h2';
              return (
                <section key={locale} lang={locale}>
                  <Heading className="text-2xl font-bold">{t.notFound.title}</Heading>
                  <p className="mt-3 text-slate-700 dark:text-slate-300">{t.notFound.body}</p>
                  <ul className="mt-4 space-y-2">
                    <li>
                      <a className="font-semibold text-brand-700 underline dark:text-brand-300" href={routes.home(locale)}>
                        {t.notFound.home}
                      </a>
                    </li>
                    <li>
                      <a className="text-brand-700 underline dark:text-brand-300" href={routes.glossary(locale)}>
                        {t.nav.glossary}
                      </a>
                    </li>
                  </ul>
                </section>
              );
            })}
          </div>
        </main>
      </body>
    </html>
  );
}
