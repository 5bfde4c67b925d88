import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The project's source repository, for the "Edit this page" and "Report an
 * outdated fact" links. It is configured in ONE place, package.json
 * `repository` (npm's field: "github:owner/name", "owner/name", a GitHub URL,
 * or { "type": "git", "url": …, "directory": … }). Without it, or with a host
 * whose edit and new-issue URLs we do not know, there are no such links: a
 * link to a repository that does not exist would be worse than none.
 */

export interface Repository {
  /** https://github.com/owner/name */
  web: string;
  /** The folder of the site inside the repository ("" at the root), from `repository.directory`. */
  directory: string;
}

/** The branch "Edit this page" opens; the project's default branch. */
export const EDIT_BRANCH = 'main';

const GITHUB_URL = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/;
const GITHUB_SCP = /^git@github\.com:([\w.-]+)\/([\w.-]+?)(?:\.git)?$/;
const SHORTHAND = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/;

/** Reads npm's `repository` field; null when absent or not a GitHub repository. */
export function parseRepository(field: unknown): Repository | null {
  let url: unknown = field;
  let directory = '';
  if (field && typeof field === 'object') {
    url = (field as { url?: unknown }).url;
    const dir = (field as { directory?: unknown }).directory;
    if (typeof dir === 'string') directory = dir.replace(/^\/+|\/+$/g, '');
  }
  if (typeof url !== 'string') return null;
  const value = url.trim();
  const match = GITHUB_URL.exec(value) ?? GITHUB_SCP.exec(value) ?? SHORTHAND.exec(value);
  if (!match) return null;
  return { web: `https://github.com/${match[1]}/${match[2]}`, directory };
}

/** The repository named in package.json at `root`, read once. */
let fromPackage: Repository | null | undefined;
export function projectRepository(root = process.cwd()): Repository | null {
  if (fromPackage === undefined) {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { repository?: unknown };
    fromPackage = parseRepository(pkg.repository);
  }
  return fromPackage;
}

function repoPath(repo: Repository, file: string): string {
  return [repo.directory, file].filter(Boolean).join('/');
}

/** GitHub's editor for a file (relative to the site's root, e.g. "content/en/zun.mdx"). */
export function editUrl(repo: Repository, file: string): string {
  return `${repo.web}/edit/${EDIT_BRANCH}/${repoPath(repo, file).split('/').map(encodeURIComponent).join('/')}`;
}

export interface ReportInput {
  /** The article's title in its language. */
  title: string;
  locale: string;
  /** The page's absolute URL. */
  pageUrl: string;
  file: string;
  reviewed: string;
  /** The section the fact is in, when the reader picked one. */
  section?: { id: string; title: string };
}

/** A prefilled new-issue form naming the page, the language and the section. */
export function reportUrl(repo: Repository, input: ReportInput): string {
  const where = input.section ? `${input.title} › ${input.section.title}` : input.title;
  const link = input.section ? `${input.pageUrl}#${input.section.id}` : input.pageUrl;
  const body = [
    `Page: ${link}`,
    `Language: ${input.locale}`,
    `Section: ${input.section ? `${input.section.title} (#${input.section.id})` : '(whole page)'}`,
    `File: ${repoPath(repo, input.file)}`,
    `Facts last checked: ${input.reviewed}`,
    '',
    'What is outdated or wrong:',
    '',
    'A source that shows the current fact (official docs or release notes first):',
    '',
  ].join('\n');
  const params = new URLSearchParams({ title: `Outdated fact: ${where} [${input.locale}]`, body });
  return `${repo.web}/issues/new?${params.toString()}`;
}
