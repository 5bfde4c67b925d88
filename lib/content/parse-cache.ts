import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CompiledSource } from './mdx';

/**
 * One build reads the content in many processes: the content check, the
 * search index, the share images, each of Next's workers, the alias pages.
 * Parsing the YAML and compiling the MDX is nearly all of that work, and the
 * answer is the same in every process. So `npm run build` (scripts/build.ts)
 * names a folder in ATLAS_PARSE_CACHE, empty at the start of each build; the
 * first process to parse a file stores the result there and the others read
 * it. An entry is found by a hash of the file's name and its whole text, so a
 * file changed in between is parsed again, never served stale; and since the
 * folder lives for one build only, a change to the compiler cannot meet
 * entries it did not write. Only files that parsed without problems are
 * stored, and every check on the frontmatter and across files still runs on
 * each load: the cache saves parsing, not checking.
 */

/** The environment variable naming the folder; without it nothing is cached on disk (next dev, tests, single scripts). */
export const PARSE_CACHE_ENV = 'ATLAS_PARSE_CACHE';

/** A file's frontmatter as YAML gave it (before validation) and its compiled body. */
export interface ParsedFile {
  data: unknown;
  body: CompiledSource;
}

interface Entry extends ParsedFile {
  key: string;
}

/** How this process fared, for the content check's summary line and the tests. */
export const parseCacheStats = { hits: 0, misses: 0, stored: 0 };

/** Only plain JSON survives the trip through the file unchanged; anything else (.inf, .nan) is parsed each time. */
function jsonFaithful(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(jsonFaithful);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(jsonFaithful);
  return false;
}

export class ParseCache {
  constructor(readonly dir: string) {}

  private key(name: string, source: string): string {
    return createHash('sha256').update(name).update('\0').update(source).digest('hex');
  }

  get(name: string, source: string): ParsedFile | undefined {
    const key = this.key(name, source);
    try {
      const entry = JSON.parse(readFileSync(path.join(this.dir, `${key}.json`), 'utf8')) as Entry;
      // The key inside guards against a file renamed or cut short by a crash.
      if (entry.key === key) {
        parseCacheStats.hits += 1;
        return { data: entry.data, body: entry.body };
      }
    } catch {
      // Not parsed yet in this build.
    }
    parseCacheStats.misses += 1;
    return undefined;
  }

  set(name: string, source: string, parsed: ParsedFile): void {
    if (!jsonFaithful(parsed.data)) return;
    const key = this.key(name, source);
    try {
      mkdirSync(this.dir, { recursive: true });
      // Written whole, then renamed: processes running side by side may store the same file at once.
      const temporary = path.join(this.dir, `${key}.${process.pid}.tmp`);
      writeFileSync(temporary, JSON.stringify({ key, ...parsed } satisfies Entry));
      renameSync(temporary, path.join(this.dir, `${key}.json`));
      parseCacheStats.stored += 1;
    } catch {
      // A read-only folder only costs time: every process parses for itself.
    }
  }
}

/** The build's cache, when the build runner set one up. Read at call time, so tests can point it elsewhere. */
export function parseCacheFromEnv(): ParseCache | undefined {
  const dir = process.env[PARSE_CACHE_ENV];
  return dir ? new ParseCache(path.resolve(dir)) : undefined;
}
