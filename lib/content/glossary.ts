import type { Technology } from './load';

/** For each glossary term id, the technologies whose articles link to it, so the glossary links back. */
export function glossaryUsage(technologies: Technology[]): Map<string, Technology[]> {
  const usage = new Map<string, Technology[]>();
  for (const tech of technologies) {
    const terms = new Set(
      tech.links.flatMap((href) => {
        const match = /^\/(?:en|ko)\/glossary\/#([^/?#]+)$/.exec(href);
        return match ? [decodeURIComponent(match[1]!)] : [];
      }),
    );
    for (const term of terms) usage.set(term, [...(usage.get(term) ?? []), tech]);
  }
  return usage;
}
