/**
 * Content-Security-Policy for the static export.
 *
 * Next's static export inlines a handful of <script> tags in every page (the
 * React Server Components payload `self.__next_f.push(...)`, Turbopack's chunk
 * list, our theme and language-picker scripts). Their text differs per page, so
 * each page gets its own policy listing the sha256 of exactly its inline code,
 * delivered as a <meta http-equiv> tag written into the page at build time.
 *
 * Why a meta tag and not a per-page response header: `serve` (npm start)
 * validates its config against a schema that caps a header value at 2048
 * characters and the header rules at 50, and one site-wide header listing every
 * page's hashes grows by ~54 bytes per page (and would overflow an ingress
 * proxy's 4 KiB header buffer too). A meta tag scales with the site, is the same
 * in every server, and holds only the page's own hashes.
 *
 * What a meta policy cannot carry (frame-ancestors) and what must hold for
 * every response is in the static header, HEADER_CSP, sent by nginx and serve.
 * Browsers enforce both policies; a resource must pass each of them.
 */

/** Sent as a response header for every path, by nginx (deploy/nginx.conf) and serve (deploy/serve.json). */
export const HEADER_CSP = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

export interface InlineHashes {
  /** sha256 sources ('sha256-…') of inline <script> bodies. */
  scripts: string[];
  /** sha256 sources of inline <style> bodies. */
  styles: string[];
  /** sha256 sources of style="…" attribute values; only allowed together with 'unsafe-hashes'. */
  styleAttributes: string[];
}

/** The per-page policy: everything from our own origin, inline code only by hash, never eval. */
export function pagePolicy(hashes: InlineHashes): string {
  const styleSources = [...hashes.styles];
  // Style attributes can only be allowed by hash with 'unsafe-hashes'; add it
  // only when a page really has them, instead of 'unsafe-inline' for all styles.
  if (hashes.styleAttributes.length > 0) styleSources.push("'unsafe-hashes'", ...hashes.styleAttributes);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...hashes.scripts]],
    ['style-src', ["'self'", ...styleSources]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
