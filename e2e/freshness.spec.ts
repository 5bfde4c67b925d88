import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseRepository } from '../lib/freshness/repository';
import { getFreshnessDictionary } from '../lib/i18n/freshness-dictionary';
import { formatPartialDate } from '../lib/i18n/format';
import { SITE_URL } from '../lib/site';
import { content, LOCALES } from './site-content';

/**
 * Freshness on the built site: the facts-checked line on articles, the edit
 * and report links (present or absent, whichever the build's package.json
 * says; the other state is covered by components/article/article-freshness.test.ts),
 * the "What changed" page and its Atom feed in both languages.
 */

const repository = parseRepository((JSON.parse(readFileSync('package.json', 'utf8')) as { repository?: unknown }).repository);

for (const locale of LOCALES) {
  const t = getFreshnessDictionary(locale);
  // The first and the last article of each language: enough to catch a page that lost the line, without loading all of them.
  const articles = [content.technologies[locale][0]!, content.technologies[locale].at(-1)!];

  for (const tech of articles) {
    test(`${locale}/${tech.slug} says when its facts were checked and links to edit or report per the build's repository`, async ({ page }) => {
      await page.goto(`/${locale}/tech/${tech.slug}/`);
      const facts = page.locator('aside[aria-labelledby="facts-heading"]');
      await expect(facts.locator('[data-reviewed]')).toHaveText(t.factsChecked(formatPartialDate(tech.reviewed.slice(0, 7), locale)));
      await expect(facts.locator('[data-reviewed] time')).toHaveAttribute('datetime', tech.reviewed);
      const lastChanged = facts.locator('[data-last-changed] time');
      if (await lastChanged.count()) expect(Number.isNaN(Date.parse((await lastChanged.getAttribute('datetime'))!))).toBe(false);

      if (!repository) {
        await expect(page.locator('[data-edit-link], [data-report-link], [data-report-section]')).toHaveCount(0);
        await expect(page.getByText(t.edit, { exact: true })).toHaveCount(0);
        await expect(page.getByText(t.report, { exact: true })).toHaveCount(0);
        return;
      }
      await expect(page.getByRole('link', { name: t.edit })).toHaveAttribute('href', `${repository.web}/edit/main/${[repository.directory, tech.file].filter(Boolean).join('/')}`);
      const report = new URL((await page.getByRole('link', { name: t.report }).getAttribute('href'))!);
      expect(`${report.origin}${report.pathname}`).toBe(`${repository.web}/issues/new`);
      const body = report.searchParams.get('body')!;
      expect(body).toContain(`Page: ${SITE_URL}/${locale}/tech/${tech.slug}/`);
      expect(body).toContain(`Language: ${locale}`);
      await page.getByText(t.reportInSection).click();
      const section = page.locator('[data-report-section="history-and-status"]');
      const sectionReport = new URL((await section.getAttribute('href'))!);
      expect(sectionReport.searchParams.get('body')).toContain(`#history-and-status`);
    });
  }

  test(`the ${locale} What changed page lists changes newest first and links its Atom feed`, async ({ page, request }) => {
    await page.goto(`/${locale}/`);
    await page.getByRole('navigation', { name: locale === 'en' ? 'Main' : '주 메뉴' }).getByRole('link', { name: t.changes.nav }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/changes/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.changes.title);

    const events = page.locator('[data-change-list="events"] > li');
    expect(await events.count()).toBeGreaterThan(0);
    const dates = await events.locator('time').evaluateAll((times) => times.map((el) => el.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());

    const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(alternate).toHaveAttribute('href', `${SITE_URL}/${locale}/changes/feed.xml`);
    await expect(page.locator('[data-feed-link]')).toHaveAttribute('href', `/${locale}/changes/feed.xml`);

    const response = await request.get(`/${locale}/changes/feed.xml`);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = (new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml) as {
      feed: { id: string; entry: { id: string; link: { '@_href': string }[] }[] };
    }).feed;
    expect(feed.id).toBe(`${SITE_URL}/${locale}/changes/`);
    expect(feed.entry.length).toBeGreaterThan(0);
    for (const entry of feed.entry) {
      expect(entry.id.startsWith(`${SITE_URL}/${locale}/changes/#`)).toBe(true);
      for (const link of entry.link) expect(link['@_href'].startsWith(`${SITE_URL}/${locale}/`)).toBe(true);
    }
    // Every frontmatter item in the feed is on the page under the same anchor.
    const onPage = new Set(await page.locator('[id^="change-"]').evaluateAll((els) => els.map((el) => el.id)));
    for (const entry of feed.entry.filter((e) => e.id.includes('#change-'))) expect(onPage.has(entry.id.split('#')[1]!)).toBe(true);
  });
}

test('the sitemap lists the What changed page in both languages', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const locale of LOCALES) expect(sitemap).toContain(`<loc>${SITE_URL}/${locale}/changes/</loc>`);
});

test('the What to use today view lists every retired or deprecated technology', async ({ page }) => {
  const ended = content.technologies.en.filter((tech) => tech.status.state === 'retired' || tech.status.state === 'deprecated');
  await page.goto('/en/compare/?view=today');
  await expect(page.locator('[data-view="today"][aria-current="true"]')).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(ended.length);
  await expect(page.locator('thead')).toContainText('Used today instead');
});
