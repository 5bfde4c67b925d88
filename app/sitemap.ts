import type { MetadataRoute } from 'next';
import { LOCALES } from '@/lib/i18n/locales';
import { listPages } from '@/lib/page-list';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page in both languages, each with its language alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  return listPages().flatMap((page) =>
    LOCALES.map((locale) => ({
      url: absoluteUrl(page.path(locale)),
      priority: page.priority,
      alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, absoluteUrl(page.path(l))])) },
    })),
  );
}
