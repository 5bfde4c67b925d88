import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

/** Paths of every page in the built sitemap, plus the language picker at /. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(process.cwd(), 'out', 'sitemap.xml'), 'utf8');
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return ['/', ...new Set(urls)];
}

const targets = new Map<string, Promise<{ status: number; ids: Set<string> }>>();

/** Fetches a link target once per worker and remembers its status and the ids on it. */
export function fetchTarget(request: APIRequestContext, pathname: string) {
  let entry = targets.get(pathname);
  if (!entry) {
    entry = request.get(pathname).then(async (response) => {
      const html = response.ok() ? await response.text() : '';
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      return { status: response.status(), ids };
    });
    targets.set(pathname, entry);
  }
  return entry;
}
