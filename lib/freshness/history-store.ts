import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_ROOT } from '../content/load';
import { type ContentHistory, gitIn, lastChanged, readContentHistory } from './git-history';

/**
 * The content history is read once per build by `npm run history:write`
 * (scripts/write-content-history.ts, run before `next build`) and saved here;
 * every page of every build worker reads this file instead of running git.
 * Outside a build (next dev, tests) git is asked once per process instead.
 */
export const HISTORY_FILE = path.join(process.cwd(), '.atlas', 'content-history.json');

let cached: ContentHistory | undefined;

export function writeContentHistory(file = HISTORY_FILE, contentRoot = CONTENT_ROOT): ContentHistory {
  const history = readContentHistory(gitIn(contentRoot));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(history)}\n`);
  return history;
}

export function contentHistory(): ContentHistory {
  cached ??= existsSync(HISTORY_FILE)
    ? (JSON.parse(readFileSync(HISTORY_FILE, 'utf8')) as ContentHistory)
    : readContentHistory(gitIn(CONTENT_ROOT));
  return cached;
}

/** A content file as the loader names it ("content/en/zun.mdx") to its path in the history ("en/zun.mdx"). */
export function historyPath(file: string): string {
  return file.replace(/^content\//, '');
}

/** When the article's file last changed, per git; undefined when the history does not say (see git-history.ts). */
export function articleLastChanged(file: string, history: ContentHistory = contentHistory()): string | undefined {
  return lastChanged(history, historyPath(file));
}
