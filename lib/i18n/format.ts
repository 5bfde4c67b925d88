import type { Locale } from './locales';

/**
 * Formatters by locale and precision. Making an Intl.DateTimeFormat costs far
 * more than using one, and a build formats thousands of dates per process
 * (the timeline, every article's lifespan chart), so each is made once.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, month: boolean, day: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${month}:${day}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    format = new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', options);
    formatters.set(key, format);
  }
  return format;
}

/** Formats a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date at the precision it was given. */
export function formatPartialDate(value: string, locale: Locale): string {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  return formatter(locale, Boolean(month), Boolean(day)).format(date);
}
