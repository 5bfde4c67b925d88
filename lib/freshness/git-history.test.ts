import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitIn, lastChanged, parseGitLog, readContentHistory, type RunGit } from './git-history';

/** A real repository with three commits on fixed dates, and a depth-1 clone of it. */
function makeRepos() {
  const base = mkdtempSync(path.join(tmpdir(), 'atlas-history-'));
  const full = path.join(base, 'full');
  mkdirSync(path.join(full, 'content', 'en'), { recursive: true });
  const git = (cwd: string, args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd,
      stdio: 'pipe',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    });
  git(full, ['init', '-q', '-b', 'main']);
  const commit = (file: string, text: string, message: string, date: string) => {
    writeFileSync(path.join(full, file), text);
    git(full, ['add', '.']);
    git(full, ['commit', '-q', '-m', message], date);
  };
  commit('content/en/alpha.mdx', 'a1', 'Add alpha', '2026-01-10T10:00:00+00:00');
  commit('content/en/beta.mdx', 'b1', 'Add beta', '2026-03-01T09:00:00+09:00');
  commit('README.md', 'readme', 'Docs only', '2026-04-01T00:00:00+00:00');
  commit('content/en/beta.mdx', 'b2', 'Correct beta', '2026-05-02T12:00:00+00:00');
  const shallow = path.join(base, 'shallow');
  git(base, ['clone', '-q', '--depth', '2', `file://${full}`, shallow]);
  return { base, full, shallow };
}

const repos = makeRepos();
afterAll(() => rmSync(repos.base, { recursive: true, force: true }));

describe('readContentHistory on a real repository', () => {
  it('lists the commits that touched content, newest first, with paths relative to the content folder', () => {
    const history = readContentHistory(gitIn(path.join(repos.full, 'content')));
    expect(history.state).toBe('complete');
    expect(history.commits.map((c) => [c.subject, c.date, c.files])).toEqual([
      ['Correct beta', '2026-05-02T12:00:00+00:00', ['en/beta.mdx']],
      ['Add beta', '2026-03-01T09:00:00+09:00', ['en/beta.mdx']],
      ['Add alpha', '2026-01-10T10:00:00+00:00', ['en/alpha.mdx']],
    ]);
    expect(lastChanged(history, 'en/beta.mdx')).toBe('2026-05-02T12:00:00+00:00');
    expect(lastChanged(history, 'en/alpha.mdx')).toBe('2026-01-10T10:00:00+00:00');
  });

  it('in a shallow clone, drops the cut commit (git shows it adding every file) and keeps the true dates after it', () => {
    const history = readContentHistory(gitIn(path.join(repos.shallow, 'content')));
    expect(history.state).toBe('shallow');
    // Depth 2 holds "Docs only" (the cut, grafted without parents) and "Correct beta".
    expect(history.commits.map((c) => c.subject)).toEqual(['Correct beta']);
    expect(lastChanged(history, 'en/beta.mdx')).toBe('2026-05-02T12:00:00+00:00');
    expect(lastChanged(history, 'en/alpha.mdx')).toBeUndefined();
  });

  it('outside a repository, reports the history as unavailable', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'atlas-no-git-'));
    try {
      expect(readContentHistory(gitIn(outside))).toEqual({ state: 'unavailable', commits: [] });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('readContentHistory with git faked', () => {
  it('is unavailable when git itself is missing or log fails', () => {
    expect(readContentHistory(() => null)).toEqual({ state: 'unavailable', commits: [] });
    const onlyRevParse: RunGit = (args) => (args[0] === 'rev-parse' ? 'false\n' : null);
    expect(readContentHistory(onlyRevParse)).toEqual({ state: 'unavailable', commits: [] });
  });

  it('parses records, parents and file lists', () => {
    const log = '\x1eaaa\x1fbbb ccc\x1f2026-01-01T00:00:00+00:00\x1fMerge: x\n\n\x1ebbb\x1f\x1f2025-12-31T00:00:00+00:00\x1fFirst\n\nen/a.mdx\nko/a.mdx\n';
    expect(parseGitLog(log)).toEqual([
      { sha: 'aaa', parents: ['bbb', 'ccc'], date: '2026-01-01T00:00:00+00:00', subject: 'Merge: x', files: [] },
      { sha: 'bbb', parents: [], date: '2025-12-31T00:00:00+00:00', subject: 'First', files: ['en/a.mdx', 'ko/a.mdx'] },
    ]);
  });
});
