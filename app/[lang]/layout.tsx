import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { ThemeScript } from '@/components/layout/theme-script';
import { CopyLinkStatus } from '@/components/share/copy-link-button';
import { getDictionary } from '@/lib/i18n/dictionary';
import { LOCALES } from '@/lib/i18n/locales';
import { localeFrom } from '@/lib/i18n/params';
import { islandsScriptUrl } from '@/lib/islands';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await localeFrom(params);
  const t = getDictionary(lang);
  return (
    <html lang={lang} suppressHydrationWarning>
      <head>
        <ThemeScript />
        <script type="module" src={islandsScriptUrl()} />
      </head>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          {t.skipToContent}
        </a>
        <SiteHeader locale={lang} />
        <main id="main" className="mx-auto max-w-6xl px-4 pt-6">
          {children}
        </main>
        <SiteFooter locale={lang} />
        <CopyLinkStatus />
      </body>
    </html>
  );
}
