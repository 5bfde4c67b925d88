import { describe, expect, it } from 'vitest';
import sitemap from '@/app/sitemap';
import { loadAliasList, loadTechnologies } from './content/load';
import { allLocalizedPaths } from './page-list';
import { SITE_URL } from './site';
import { timelineOf } from './timeline/pages';

describe('the sitemap data', { timeout: 60_000 }, () => {
  it('lists the home page, every article, the glossary and the talk in both languages, once each', () => {
    const paths = allLocalizedPaths();
    for (const locale of ['en', 'ko'] as const) {
      expect(paths).toContain(`/${locale}/`);
      expect(paths).toContain(`/${locale}/glossary/`);
      expect(paths).toContain(`/${locale}/talk/`);
      for (const tech of loadTechnologies(locale)) expect(paths).toContain(`/${locale}/tech/${tech.slug}/`);
      // The timeline's year pages (lib/timeline/pages.ts), so the crawl visits them too.
      for (const year of timelineOf(loadTechnologies(locale), locale).years) expect(paths).toContain(`/${locale}/timeline/${year.id}/`);
    }
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('lists no alias: they redirect, and the canonical page is listed instead', () => {
    const paths = allLocalizedPaths();
    for (const { alias } of loadAliasList()) expect(paths).not.toContain(`/${alias}/`);
  });

  it('gives every entry an absolute URL on SITE_URL and its alternates in both languages', () => {
    for (const entry of sitemap()) {
      expect(entry.url.startsWith(`${SITE_URL}/`)).toBe(true);
      const languages = entry.alternates?.languages as Record<string, string>;
      expect(Object.keys(languages).sort()).toEqual(['en', 'ko']);
      expect(languages.en).toBe(entry.url.replace(/^(https?:\/\/[^/]+)\/ko\//, '$1/en/'));
    }
  });
});
