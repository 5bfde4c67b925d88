import { createHash } from 'node:crypto';
import type { InlineHashes } from './policy';

/** The CSP source expression for a piece of inline code, as browsers compute it (UTF-8, sha256, base64). */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// The HTML here is Next's own output, not arbitrary HTML: scripts and styles
// are plain tags whose attributes never contain '>', which keeps these
// expressions exact. A browser normalises CRLF to LF before hashing.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const STYLE_ATTRIBUTE = /<[a-zA-Z][^>]*?\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const HAS_SRC = /(?:^|\s)src\s*=/i;
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/g;

const normalise = (text: string) => text.replace(/\r\n?/g, '\n');
const unique = (items: string[]) => [...new Set(items)].sort();

/** Attribute values are hashed as the browser sees them, after character references are decoded. */
export function decodeAttribute(value: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** Every inline script, style element and style attribute of one HTML document, hashed. */
export function inlineHashes(html: string): InlineHashes {
  const scripts: string[] = [];
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (!HAS_SRC.test(attributes ?? '') && body) scripts.push(sha256Source(normalise(body)));
  }
  // Scripts are removed first so that text inside them is never taken for markup.
  const markup = html.replace(SCRIPT, '');
  const styles = [...markup.matchAll(STYLE)].map(([, body]) => sha256Source(normalise(body ?? '')));
  const styleAttributes = [...markup.replace(STYLE, '').matchAll(STYLE_ATTRIBUTE)].map(([, double, single]) =>
    sha256Source(decodeAttribute(double ?? single ?? '')),
  );
  return { scripts: unique(scripts), styles: unique(styles), styleAttributes: unique(styleAttributes) };
}

/**
 * Writes the policy into the page as the first thing the parser meets after the
 * charset declaration: a meta policy only governs what comes after it. Running it
 * again replaces the tag, so the step is idempotent.
 */
export function withPolicyMeta(html: string, policy: string): string {
  if (policy.includes('"')) throw new Error('A CSP never contains a double quote; refusing to write a broken attribute.');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const clean = html.replace(CSP_META, '');
  const head = /<head(?:\s[^>]*)?>(\s*<meta charSet="utf-8"\/>)?/i.exec(clean);
  if (!head) throw new Error('No <head> element: cannot place the Content-Security-Policy.');
  const at = head.index + head[0].length;
  const result = clean.slice(0, at) + meta + clean.slice(at);
  const first = result.search(/<(script|style|link)\b/i);
  if (first !== -1 && first < result.indexOf(meta)) throw new Error('A script, style or link precedes the CSP meta tag.');
  return result;
}
