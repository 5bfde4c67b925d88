import { execFileSync } from 'node:child_process';

/**
 * The git history of the content files, read with ONE `git log` for all of
 * them (not one call per page), for "Last changed" on articles and the
 * content updates on the "What changed" page.
 *
 * Graceful fallback, and why it is honest:
 * - No git, or not a repository (a tarball, a Docker build context without
 *   .git): state "unavailable", no commits. Articles then show no "Last
 *   changed" line at all, rather than a guessed date; `reviewed` (always
 *   present) still says how fresh the facts are.
 * - A shallow clone (CI often clones with --depth 1): the oldest commit it has
 *   is grafted without parents, and git reports it as adding every file, which
 *   would claim every article changed that day. Commits without parents are
 *   dropped in a shallow repository, so an article whose last real change is
 *   beyond the cut shows no "Last changed" line, and one changed in the commits
 *   the clone does hold shows the true date. The page says the history is partial.
 */

export type HistoryState = 'complete' | 'shallow' | 'unavailable';

export interface ContentCommit {
  sha: string;
  /** Committer date, strict ISO 8601 (`%cI`). */
  date: string;
  subject: string;
  /** Changed files, relative to the content folder ("en/zun.mdx"). */
  files: string[];
}

export interface ContentHistory {
  state: HistoryState;
  /** Newest first, as git log gives them. */
  commits: ContentCommit[];
}

/** Runs git with these arguments in the content folder; returns stdout, or null when git fails or is missing. */
export type RunGit = (args: string[]) => string | null;

export function gitIn(cwd: string): RunGit {
  return (args) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    } catch {
      return null;
    }
  };
}

const RECORD = '\x1e';
const FIELD = '\x1f';

/** Parses `git log --format=<RECORD>%H<FIELD>%P<FIELD>%cI<FIELD>%s --name-only`. */
export function parseGitLog(output: string): (ContentCommit & { parents: string[] })[] {
  return output
    .split(RECORD)
    .filter((record) => record.trim())
    .map((record) => {
      const [header = '', ...rest] = record.split('\n');
      const [sha = '', parents = '', date = '', subject = ''] = header.split(FIELD);
      const files = rest.map((line) => line.trim()).filter(Boolean);
      return { sha, parents: parents.split(' ').filter(Boolean), date, subject, files };
    });
}

/** Reads the history of every file under the folder `run` works in. */
export function readContentHistory(run: RunGit): ContentHistory {
  const shallow = run(['rev-parse', '--is-shallow-repository']);
  if (shallow === null) return { state: 'unavailable', commits: [] };
  const isShallow = shallow.trim() === 'true';
  const log = run([
    '-c',
    'core.quotePath=false',
    'log',
    `--format=${RECORD}%H${FIELD}%P${FIELD}%cI${FIELD}%s`,
    '--name-only',
    '--relative',
    '--no-renames',
    '--',
    '.',
  ]);
  if (log === null) return { state: 'unavailable', commits: [] };
  const commits = parseGitLog(log)
    // In a shallow clone a commit without parents is the cut, not a real first commit (see above).
    .filter((commit) => !isShallow || commit.parents.length > 0)
    .filter((commit) => commit.files.length > 0)
    .map(({ sha, date, subject, files }) => ({ sha, date, subject, files }));
  return { state: isShallow ? 'shallow' : 'complete', commits };
}

/** When a file (relative to the content folder) last changed, or undefined when the history does not hold it. */
export function lastChanged(history: ContentHistory, file: string): string | undefined {
  return history.commits.find((commit) => commit.files.includes(file))?.date;
}
