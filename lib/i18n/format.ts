import type { Locale } from './locales';

/** Formats a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date at the precision it was given. */
export function formatPartialDate(value: string, locale: Locale): string {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', options).format(date);
}
