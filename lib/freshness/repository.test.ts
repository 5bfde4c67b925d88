import { describe, expect, it } from 'vitest';
import { editUrl, parseRepository, reportUrl } from './repository';

describe('parseRepository (package.json "repository")', () => {
  it('reads the forms npm accepts for GitHub', () => {
    const expected = { web: 'https://github.com/atlas/container-atlas', directory: '' };
    for (const field of [
      'github:atlas/container-atlas',
      'atlas/container-atlas',
      'https://github.com/atlas/container-atlas',
      'https://github.com/atlas/container-atlas.git',
      'git+https://github.com/atlas/container-atlas.git',
      'git@github.com:atlas/container-atlas.git',
      { type: 'git', url: 'git+https://github.com/atlas/container-atlas.git' },
    ]) {
      expect(parseRepository(field), JSON.stringify(field)).toEqual(expected);
    }
    expect(parseRepository({ type: 'git', url: 'https://github.com/atlas/mono', directory: '/sites/atlas/' })).toEqual({ web: 'https://github.com/atlas/mono', directory: 'sites/atlas' });
  });

  it('gives null without a repository, or for a host whose edit and issue URLs it does not know', () => {
    for (const field of [undefined, null, '', 42, { type: 'git' }, 'https://gitlab.com/atlas/site', 'https://github.com/atlas', 'javascript:alert(1)']) {
      expect(parseRepository(field), JSON.stringify(field)).toBeNull();
    }
  });
});

describe('links', () => {
  const repo = { web: 'https://github.com/atlas/container-atlas', directory: '' };
  const input = { title: 'Zun', locale: 'ko', pageUrl: 'https://atlas.example.org/ko/tech/zun/', file: 'content/ko/zun.mdx', reviewed: '2026-11-27' };

  it('edits the file on the default branch, under the package directory', () => {
    expect(editUrl(repo, 'content/ko/zun.mdx')).toBe('https://github.com/atlas/container-atlas/edit/main/content/ko/zun.mdx');
    expect(editUrl({ ...repo, directory: 'site' }, 'content/en/a.mdx')).toBe('https://github.com/atlas/container-atlas/edit/main/site/content/en/a.mdx');
  });

  it('prefills a new issue naming the page, the language and the section', () => {
    const url = new URL(reportUrl(repo, { ...input, section: { id: 'history-and-status', title: '역사와 현재 상태' } }));
    expect(url.origin + url.pathname).toBe('https://github.com/atlas/container-atlas/issues/new');
    expect(url.searchParams.get('title')).toBe('Outdated fact: Zun › 역사와 현재 상태 [ko]');
    expect(url.searchParams.get('body')).toMatchInlineSnapshot(`
      "Page: https://atlas.example.org/ko/tech/zun/#history-and-status
      Language: ko
      Section: 역사와 현재 상태 (#history-and-status)
      File: content/ko/zun.mdx
      Facts last checked: 2026-11-27

      What is outdated or wrong:

      A source that shows the current fact (official docs or release notes first):
      "
    `);
  });

  it('names the whole page when no section is picked', () => {
    const url = new URL(reportUrl(repo, input));
    expect(url.searchParams.get('title')).toBe('Outdated fact: Zun [ko]');
    expect(url.searchParams.get('body')).toContain('Section: (whole page)');
    expect(url.searchParams.get('body')).toContain('Page: https://atlas.example.org/ko/tech/zun/\n');
  });
});
