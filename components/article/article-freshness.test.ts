import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Repository } from '@/lib/freshness/repository';
import { ArticleFreshness, type ArticleFreshnessProps } from './article-freshness';

const base: ArticleFreshnessProps = {
  locale: 'en',
  title: 'Zun',
  file: 'content/en/zun.mdx',
  reviewed: '2026-11-27',
  lastChanged: '2026-12-02T05:58:16+00:00',
  sections: [
    { id: 'what-it-is', title: 'What it is', depth: 2 },
    { id: 'kernel', title: 'Kernel features', depth: 3 },
    { id: 'history-and-status', title: 'History and status today', depth: 2 },
  ],
  pageUrl: 'https://atlas.example.org/en/tech/zun/',
  repository: null,
};
const repository: Repository = { web: 'https://github.com/atlas/container-atlas', directory: '' };

interface El {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * The rendered markup as a flat list of its p, a, time and summary elements, with their
 * attributes and text. None of these tags nests inside itself in this component, so a
 * non-greedy match per tag is exact; the node test environment has no DOM.
 */
function render(props: Partial<ArticleFreshnessProps> = {}) {
  const html = renderToStaticMarkup(createElement(ArticleFreshness, { ...base, ...props }));
  const elements: El[] = [];
  for (const name of ['p', 'a', 'time', 'summary']) {
    for (const match of html.matchAll(new RegExp(`<${name}((?:\\s[^>]*)?)>([\\s\\S]*?)</${name}>`, 'g'))) {
      const attrs = Object.fromEntries([...match[1]!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), decode(a[2] ?? '')]));
      elements.push({ tag: name, attrs, text: decode(match[2]!.replace(/<[^>]+>/g, '')) });
    }
  }
  const all = (test: (e: El) => boolean) => elements.filter(test);
  return { html, all, one: (test: (e: El) => boolean) => all(test)[0] };
}
const has = (attr: string) => (e: El) => attr in e.attrs;
const tag = (name: string) => (e: El) => e.tag === name;

describe('ArticleFreshness', () => {
  it('says when the facts were checked and when the file last changed, in English and Korean', () => {
    const en = render();
    expect(en.one(has('data-reviewed'))?.text).toBe('Facts checked November 2026');
    expect(en.all(tag('time')).map((t) => t.attrs.datetime)).toEqual(['2026-11-27', '2026-12-02T05:58:16+00:00']);
    expect(en.one(has('data-last-changed'))?.text).toBe('Last changed 2 December 2026');
    const ko = render({ locale: 'ko', reviewed: '2026-12-01' });
    expect(ko.one(has('data-reviewed'))?.text).toBe('2026년 12월 사실 확인');
    expect(ko.one(has('data-last-changed'))?.text).toBe('마지막 수정 2026년 12월 2일');
  });

  it('hides the last-changed line when the history does not say', () => {
    const doc = render({ lastChanged: undefined });
    expect(doc.one(has('data-last-changed'))).toBeUndefined();
    expect(doc.one(has('data-reviewed'))?.text).toBe('Facts checked November 2026');
  });

  it('without a repository, shows neither the edit nor the report links', () => {
    const doc = render({ repository: null });
    expect(doc.all(tag('a'))).toEqual([]);
    expect(doc.html).not.toContain('Edit this page');
    expect(doc.html).not.toContain('github.com');
  });

  it('with a repository, links to the editor, a prefilled report and one report per top-level section', () => {
    const doc = render({ repository });
    expect(doc.one(has('data-edit-link'))).toMatchObject({ text: 'Edit this page', attrs: { href: 'https://github.com/atlas/container-atlas/edit/main/content/en/zun.mdx' } });
    const report = doc.one(has('data-report-link'))!;
    expect(report.text).toBe('Report an outdated fact');
    expect(new URL(report.attrs.href!).searchParams.get('title')).toBe('Outdated fact: Zun [en]');
    const sections = doc.all(has('data-report-section')).map((a) => [a.text, new URL(a.attrs.href!).searchParams.get('title')]);
    expect(sections).toEqual([
      ['What it is', 'Outdated fact: Zun › What it is [en]'],
      ['History and status today', 'Outdated fact: Zun › History and status today [en]'],
    ]);
    expect(doc.one(tag('summary'))?.text).toBe('Report a fact in one section');
  });
});
