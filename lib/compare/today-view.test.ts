import { describe, expect, it } from 'vitest';
import { contentDir } from '../content/__tests__/content-dir';
import { loadContent } from '../content/load';
import { buildCompareRows } from './build-rows';
import { rowsInView } from './filter';
import { VIEWS } from './views';

// Loading and compiling the real articles takes seconds on a busy machine.
describe('the "What to use today" view', { timeout: 60_000 }, () => {
  it('holds every retired or deprecated technology and nothing else, from the real content', () => {
    const { technologies } = loadContent();
    const rows = buildCompareRows(technologies.en, technologies.ko, 'en');
    const ended = technologies.en.filter((t) => t.status.state === 'retired' || t.status.state === 'deprecated').map((t) => t.slug);
    expect(ended.length).toBeGreaterThan(0);
    expect(rowsInView(rows, 'today').map((r) => r.slug).sort()).toEqual(ended.sort());
    expect(VIEWS.today.defaultColumns).toEqual(expect.arrayContaining(['successors', 'alternatives']));
  });

  it('shows alternatives from the frontmatter as links, in each language', () => {
    const dir = contentDir();
    try {
      for (const locale of ['en', 'ko']) {
        dir.edit(`${locale}/alpha.mdx`, (s) => s.replace('related: [beta]', 'related: [beta]\nalternatives: [beta]'));
      }
      const { technologies } = loadContent(dir.root);
      const ko = buildCompareRows(technologies.ko, technologies.en, 'ko');
      const alpha = rowsInView(ko, 'today').find((r) => r.slug === 'alpha')!;
      expect(alpha.cells.alternatives).toEqual({ text: technologies.ko.find((t) => t.slug === 'beta')!.title, sort: expect.any(String), links: [{ text: expect.any(String), href: '/ko/tech/beta/' }] });
      expect(rowsInView(ko, 'today').map((r) => r.slug)).toEqual(['alpha']);
    } finally {
      dir.cleanup();
    }
  });
});
