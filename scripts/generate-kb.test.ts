import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../lib/content/load';
import { copyArticle, copySlug, generateKnowledgeBase } from './generate-kb';

const FACTOR = 3;
const outDir = mkdtempSync(path.join(tmpdir(), 'atlas-kb-test-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('generateKnowledgeBase', () => {
  const real = loadContent(path.join(process.cwd(), 'content'));
  const generated = generateKnowledgeBase({ factor: FACTOR, outDir });
  const content = loadContent(outDir);

  it('writes a base the content loader accepts, with factor × the technologies in each language', () => {
    for (const locale of ['en', 'ko'] as const) {
      expect(content.technologies[locale]).toHaveLength(FACTOR * real.technologies[locale].length);
    }
    expect(generated.technologies).toBe(FACTOR * real.technologies.en.length);
    expect(content.aliases).toEqual(real.aliases);
    expect(content.presets).toEqual(real.presets);
    expect(Object.keys(content.pages.ko).sort()).toEqual(Object.keys(real.pages.ko).sort());
  });

  it('gives every page its own title', () => {
    for (const locale of ['en', 'ko'] as const) {
      const titles = content.technologies[locale].map((t) => t.title);
      expect(new Set(titles).size).toBe(titles.length);
    }
    const copy = content.technologies.ko.find((t) => t.slug === copySlug('kubernetes', 2))!;
    expect(copy.title).toBe('Kubernetes (쿠버네티스) (사본 2)');
  });

  it('points each copy’s relations and links inside the same copy', () => {
    const acs = content.technologies.en.find((t) => t.slug === 'azure-container-service-copy-3')!;
    expect(acs.successors).toEqual(['aks-copy-3']);
    expect(acs.related).toContain('dcos-copy-3');
    expect(acs.related.every((slug) => slug.endsWith('-copy-3'))).toBe(true);
    const source = readFileSync(path.join(outDir, 'en', 'kubernetes-copy-2.mdx'), 'utf8');
    expect(source).toMatch(/\/en\/tech\/docker-copy-2\//);
    expect(source).not.toMatch(/\/en\/tech\/docker\//);
    expect(source).toContain('/en/glossary/#'); // links to free-standing pages are left alone
  });
});

describe('copyArticle', () => {
  const known = new Set(['alpha', 'beta']);
  const source = '---\nslug: alpha\ntitle: Alpha\nrelated: [beta, gone]\nsuccessors: []\n---\n\nSee [Beta](/ko/tech/beta/#how-it-works).\n';

  it('leaves the original as it is', () => {
    expect(copyArticle(source, 'content/ko/alpha.mdx', 'ko', 1, known)).toBe(source);
  });

  it('renames slugs it knows and keeps the body', () => {
    expect(copyArticle(source, 'content/ko/alpha.mdx', 'ko', 4, known)).toMatchInlineSnapshot(`
      "---
      slug: alpha-copy-4
      title: Alpha (사본 4)
      related: [ beta-copy-4, gone ]
      successors: []
      ---

      See [Beta](/ko/tech/beta-copy-4/#how-it-works).
      "
    `);
  });

  it('names the file when there is no frontmatter', () => {
    expect(() => copyArticle('# no frontmatter', 'content/en/x.mdx', 'en', 2, known)).toThrow('content/en/x.mdx: no frontmatter block to rewrite');
  });

  it('refuses a factor below one', () => {
    expect(() => generateKnowledgeBase({ factor: 0, outDir: path.join(outDir, 'never') })).toThrow('factor must be a whole number of 1 or more, got 0');
  });
});
