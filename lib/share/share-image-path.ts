import type { Locale } from '../i18n/locales';

/**
 * Where the build writes each share image (under public/, so out/ serves it).
 * Pages without their own image use their language's home image.
 */
export const shareImagePath = {
  home: (locale: Locale) => `/og/${locale}/home.png`,
  tech: (locale: Locale, slug: string) => `/og/${locale}/tech/${slug}.png`,
  page: (locale: Locale, name: string) => `/og/${locale}/${name}.png`,
};

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
