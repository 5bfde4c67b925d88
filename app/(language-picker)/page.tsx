import type { Metadata } from 'next';
import { getDictionary } from '@/lib/i18n/dictionary';
import { LOCALES } from '@/lib/i18n/locales';
import { pickLocaleScript } from '@/lib/i18n/pick-locale-script';
import { absoluteUrl, routes } from '@/lib/site';
import { SHARE_IMAGE_SIZE, shareImagePath } from '@/lib/share/share-image-path';

export const metadata: Metadata = {
  title: 'Container Atlas',
  description: 'Container infrastructure explained and compared, in English and Korean. 컨테이너 인프라를 영어와 한국어로 설명하고 비교합니다.',
  alternates: {
    canonical: absoluteUrl('/'),
    languages: { en: absoluteUrl(routes.home('en')), ko: absoluteUrl(routes.home('ko')), 'x-default': absoluteUrl('/') },
  },
  openGraph: {
    type: 'website',
    siteName: 'Container Atlas',
    title: 'Container Atlas',
    description: 'Container infrastructure explained and compared, in English and Korean.',
    url: absoluteUrl('/'),
    locale: 'en_GB',
    alternateLocale: ['ko_KR'],
    images: [{ url: absoluteUrl(shareImagePath.home('en')), ...SHARE_IMAGE_SIZE, alt: 'Container Atlas' }],
  },
  twitter: { card: 'summary_large_image', title: 'Container Atlas', images: [absoluteUrl(shareImagePath.home('en'))] },
};

/**
 * Sends the reader to their language: a remembered choice first, then the
 * browser's languages. It runs inline, before paint, so there is no flash of
 * this page; without JavaScript the page itself offers both languages.
 */
const pickLanguage = pickLocaleScript();

export default function LanguagePickerPage() {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-2xl flex-col justify-center px-4 py-16">
      <script dangerouslySetInnerHTML={{ __html: pickLanguage }} />
      <h1 className="text-4xl font-bold tracking-tight">Container Atlas</h1>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {LOCALES.map((locale) => {
          const t = getDictionary(locale);
          return (
            <li key={locale} lang={locale}>
              <a href={routes.home(locale)} hrefLang={locale} className="block rounded-lg border border-slate-300 p-5 hover:border-brand-600 dark:border-slate-700">
                <span className="text-xl font-semibold">{locale === 'en' ? 'English' : '한국어'}</span>
                <span className="mt-2 block text-slate-700 dark:text-slate-300">{t.tagline}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
