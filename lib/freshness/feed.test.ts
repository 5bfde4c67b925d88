import { XMLParser, XMLValidator } from 'fast-xml-parser';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load';
import { buildChanges } from './changes';
import { buildAtomFeed } from './feed';
import type { ContentHistory } from './git-history';

const fixtures = path.join(import.meta.dirname, '..', 'content', '__tests__', 'fixtures', 'valid');
const content = loadContent(fixtures);
const origin = 'https://atlas.example.org';
const paths = (locale: string) => ({ page: `/${locale}/changes/`, feed: `/${locale}/changes/feed.xml` });

const history: ContentHistory = {
  state: 'complete',
  commits: [
    { sha: 'c'.repeat(40), date: '2026-11-30T08:00:00+09:00', subject: 'Beta: correct the release date', files: ['en/beta.mdx', 'ko/beta.mdx'] },
    { sha: 'a'.repeat(40), date: '2026-11-01T10:00:00+00:00', subject: 'Add alpha & beta <first>', files: ['en/alpha.mdx', 'ko/alpha.mdx', 'en/beta.mdx', 'ko/beta.mdx'] },
  ],
};

interface AtomEntry {
  id: string;
  title: Text;
  updated: string;
  link: { '@_href': string } | { '@_href': string }[];
  summary?: Text;
}

/** Atom text constructs as the parser gives them: the text, and its type (html: the text is escaped HTML). */
type Text = { '#text': string; '@_type': 'html' } | string;

/** What a feed reader shows for a text construct. */
function shown(text: Text | undefined): string {
  if (text === undefined || typeof text === 'string') return text ?? '';
  return text['#text'].replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml) as {
    feed: { '@_xmlns': string; id: string; title: string; updated: string; link: { '@_href': string; '@_rel'?: string }[]; entry: AtomEntry[] };
  };
  return doc.feed;
}

function feedFor(locale: 'en' | 'ko', h: ContentHistory = history) {
  return buildAtomFeed(buildChanges(content.technologies[locale], locale, h), locale, origin, paths(locale));
}

describe('the Atom feed', () => {
  it('is well-formed Atom with the elements Atom requires', () => {
    const feed = parse(feedFor('en'));
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://atlas.example.org/en/changes/');
    expect(feed.title).toBe('Container Atlas: what changed');
    expect(feed.link.map((l) => [l['@_rel'], l['@_href']])).toEqual(
      expect.arrayContaining([['self', 'https://atlas.example.org/en/changes/feed.xml']]),
    );
    expect(feed.entry.length).toBeGreaterThan(0);
    for (const entry of feed.entry) {
      expect(entry.id).toBeTruthy();
      expect(shown(entry.title)).toBeTruthy();
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    }
  });

  it('has absolute links, and ids that point at the item on the changes page', () => {
    for (const locale of ['en', 'ko'] as const) {
      const feed = parse(feedFor(locale));
      for (const entry of feed.entry) {
        const links = Array.isArray(entry.link) ? entry.link : [entry.link];
        for (const link of links) expect(link['@_href']).toMatch(new RegExp(`^https://atlas\\.example\\.org/${locale}/(tech/[a-z0-9-]+/|changes/#updates$)`));
        expect(entry.id).toMatch(new RegExp(`^https://atlas\\.example\\.org/${locale}/changes/#(change|commit)-[a-z0-9-]+$`));
      }
      expect(new Set(feed.entry.map((e) => e.id)).size).toBe(feed.entry.length);
    }
  });

  it('lists status changes, events and article updates, newest first, and escapes commit text', () => {
    const feed = parse(feedFor('en'));
    const dates = feed.entry.map((e) => Date.parse(e.updated));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const first = feed.entry[0]!;
    expect([first.id, shown(first.title), shown(first.summary)]).toEqual(['https://atlas.example.org/en/changes/#commit-cccccccccccc', 'Updated: Beta', 'Beta: correct the release date']);
    // A commit to several articles is one entry naming them, linked to the page's list of updates.
    const both = feed.entry.find((e) => e.id.endsWith('#commit-aaaaaaaaaaaa'))!;
    expect(shown(both.title)).toBe('Updated: Alpha, Beta');
    expect(both.link).toEqual([{ '@_href': 'https://atlas.example.org/en/changes/#updates' }]);
    // Shown as the text it is, not read as an HTML tag.
    expect(feed.entry.map((e) => shown(e.summary))).toContain('Add alpha & beta <first>');
    expect(feed.entry.map((e) => e.id)).toEqual(expect.arrayContaining(['https://atlas.example.org/en/changes/#change-alpha-status-2020-01-31']));
    expect(feed.updated).toBe(feed.entry[0]!.updated);
  });

  it('gives the same ids, and the same bytes, when built twice', () => {
    expect(feedFor('ko')).toBe(feedFor('ko'));
    const first = parse(feedFor('en')).entry.map((e) => e.id);
    // A later build with one more commit keeps every earlier id.
    const later = {
      ...history,
      commits: [{ sha: 'd'.repeat(40), date: '2026-12-01T00:00:00+00:00', subject: 'Alpha: fix', files: ['en/alpha.mdx'] }, ...history.commits],
    };
    const second = parse(feedFor('en', later)).entry.map((e) => e.id);
    expect(second).toEqual(expect.arrayContaining(first));
    expect(second[0]).toBe('https://atlas.example.org/en/changes/#commit-dddddddddddd');
  });

  it('still builds, from the frontmatter alone, without a history', () => {
    const feed = parse(feedFor('ko', { state: 'unavailable', commits: [] }));
    expect(feed.title).toBe('Container Atlas: 바뀐 내용');
    expect(feed.entry.every((e) => e.id.includes('#change-'))).toBe(true);
  });
});

describe('buildChanges', () => {
  it('groups article updates by article, the most recently updated first, with the history state', () => {
    const changes = buildChanges(content.technologies.en, 'en', history);
    expect(changes.historyState).toBe('complete');
    expect(changes.articles.map((a) => [a.slug, a.updates.map((u) => u.subject)])).toEqual([
      ['beta', ['Beta: correct the release date', 'Add alpha & beta <first>']],
      ['alpha', ['Add alpha & beta <first>']],
    ]);
  });

  it('leaves out dates that have not come yet (a planned end of support is not a change)', () => {
    const before = buildChanges(content.technologies.en, 'en', history, new Date('2016-01-15T00:00:00Z'));
    expect(before.events.map((e) => e.date).every((d) => d <= '2016-01-15')).toBe(true);
    expect(before.events.map((e) => e.anchor)).not.toContain('change-alpha-event-2016-02');
    const after = buildChanges(content.technologies.en, 'en', history, new Date('2016-02-01T00:00:00Z'));
    expect(after.events.map((e) => e.anchor)).toContain('change-alpha-event-2016-02');
  });

  it('lists frontmatter events newest first with anchors made from slug, kind and date', () => {
    const changes = buildChanges(content.technologies.en, 'en', history);
    const dates = changes.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(changes.events.map((e) => e.anchor)).toContain('change-alpha-event-2016-02');
    expect(new Set(changes.events.map((e) => e.anchor)).size).toBe(changes.events.length);
  });
});
