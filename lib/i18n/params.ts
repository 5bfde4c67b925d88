import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './locales';

/** Narrows a route's [lang] segment; anything but a known locale is a 404. */
export async function localeFrom(params: Promise<{ lang: string }>): Promise<Locale> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return lang;
}
