import type { ReactNode } from 'react';
import { ThemeScript } from '@/components/layout/theme-script';
import '../globals.css';

/** The root layout of `/` alone: it has no language yet, so it renders none of the localized chrome. */
export default function LanguagePickerLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">{children}</body>
    </html>
  );
}
