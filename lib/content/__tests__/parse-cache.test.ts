import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../load';
import { PARSE_CACHE_ENV, parseCacheStats } from '../parse-cache';
import { contentDir, loadError } from './content-dir';

/**
 * The build's parse cache (lib/content/parse-cache.ts). loadContent keeps one
 * result per content root and process, so each "process" here is a fresh copy
 * of the fixture in its own folder: the file names the cache sees
 * (content/en/beta.mdx) stay the same, as in one build's many processes.
 */

let cacheDir: string;
const dirs: ReturnType<typeof contentDir>[] = [];
const copy = () => {
  const dir = contentDir();
  dirs.push(dir);
  return dir;
};
const counts = () => ({ ...parseCacheStats });
const since = (before: typeof parseCacheStats) => ({
  hits: parseCacheStats.hits - before.hits,
  misses: parseCacheStats.misses - before.misses,
  stored: parseCacheStats.stored - before.stored,
});
const betaTitle = (root: string) => loadContent(root).technologies.en.find((t) => t.slug === 'beta')!.sections[0]!.title;

beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'atlas-parse-cache-'));
  process.env[PARSE_CACHE_ENV] = cacheDir;
});

afterEach(() => {
  delete process.env[PARSE_CACHE_ENV];
  rmSync(cacheDir, { recursive: true, force: true });
  for (const dir of dirs.splice(0)) dir.cleanup();
});

describe('the parse cache shared by one build', () => {
  it('lets a second process read every file the first one parsed, with the same result', () => {
    const first = copy();
    let before = counts();
    const parsed = loadContent(first.root);
    const files = since(before);
    expect(files).toMatchObject({ hits: 0 });
    expect(files.stored).toBe(files.misses);
    expect(readdirSync(cacheDir)).toHaveLength(files.stored);

    before = counts();
    const again = loadContent(copy().root);
    expect(since(before)).toEqual({ hits: files.stored, misses: 0, stored: 0 });
    const facts = (set: typeof parsed) => set.technologies.ko.map(({ Content, file, ...rest }) => rest);
    expect(facts(again)).toEqual(facts(parsed));
  });

  it('parses a file again once its text changed, never serving the old result', () => {
    loadContent(copy().root);
    const edited = copy();
    edited.edit('en/beta.mdx', (s) => s.replace(/^## .*\{#what-it-is\}$/m, '## Changed heading {#what-it-is}'));
    const before = counts();
    expect(betaTitle(edited.root)).toBe('Changed heading');
    expect(since(before)).toMatchObject({ misses: 1, stored: 1 });
  });

  it('still fails on a file that became invalid after it was cached, naming the file and field', () => {
    loadContent(copy().root);
    const broken = copy();
    broken.edit('en/beta.mdx', (s) => s.replace('license: MIT\n', ''));
    expect(loadError(broken.root)).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/beta.mdx:
        - license: is missing; it must be a licence identifier"
    `);
  });

  it('runs the checks across files on cached files too', () => {
    loadContent(copy().root);
    const broken = copy();
    // Only the twin changes; the English file is read from the cache and must still be found disagreeing.
    broken.edit('ko/beta.mdx', (s) => s.replace('license: MIT', 'license: Apache-2.0'));
    expect(loadError(broken.root)).toContain('content/en/beta.mdx');
    expect(loadError(broken.root)).toContain('license: is "MIT" here but "Apache-2.0" in content/ko/beta.mdx');
  });

  it('never stores a file that did not parse, so its problem is reported every time', () => {
    const broken = copy();
    broken.edit('en/beta.mdx', (s) => `${s}\n\n<Unclosed\n`);
    let before = counts();
    const message = loadError(broken.root);
    expect(message).toContain('content/en/beta.mdx');
    expect(message).toContain('body: is not valid MDX');
    const first = since(before);
    expect(first.stored).toBe(first.misses - 1);

    const again = copy();
    again.edit('en/beta.mdx', (s) => `${s}\n\n<Unclosed\n`);
    before = counts();
    expect(loadError(again.root)).toBe(message);
    expect(since(before)).toEqual({ hits: first.stored, misses: 1, stored: 0 });
  });

  it('treats an entry whose content belongs to another file as missing', () => {
    loadContent(copy().root);
    const [a, b, ...rest] = readdirSync(cacheDir);
    // As a crash between write and rename, or a stray copy, might leave it.
    writeFileSync(path.join(cacheDir, b!), readFileSync(path.join(cacheDir, a!)));
    const before = counts();
    const fresh = copy();
    expect(betaTitle(fresh.root)).toBe(betaTitle(dirs[0]!.root));
    expect(since(before)).toEqual({ hits: rest.length + 1, misses: 1, stored: 1 });
  });
});
