import { createHash } from 'node:crypto';
import { applyEdits, attribute, type Edit, type Element, escapeAttribute, isInSource, parseSource, type SourceHtml, sourceRange, textContent } from '../html/source-html';
import type { InlineHashes } from './policy';

/** The CSP source expression for a piece of inline code, as browsers compute it (UTF-8, sha256, base64). */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const unique = (items: string[]) => [...new Set(items)].sort();
const NONE: ReadonlySet<Element> = new Set();

/**
 * Every inline script, style element and style attribute of one HTML document,
 * hashed. The page is parsed (scripts/html/source-html.ts), so the hashed text is
 * exactly what the browser runs: newlines normalised, character references in
 * attributes decoded, nothing inside a script or a comment taken for markup.
 */
export function inlineHashes(html: string, source: SourceHtml = parseSource(html), without: ReadonlySet<Element> = NONE): InlineHashes {
  const scripts: string[] = [];
  const styles: string[] = [];
  const styleAttributes: string[] = [];
  for (const element of source.elements) {
    if (without.has(element)) continue;
    if (element.tagName === 'script' && attribute(element, 'src') === undefined) {
      const body = textContent(element);
      if (body) scripts.push(sha256Source(body));
    }
    if (element.tagName === 'style') styles.push(sha256Source(textContent(element)));
    const style = attribute(element, 'style');
    if (style !== undefined) styleAttributes.push(sha256Source(style));
  }
  return { scripts: unique(scripts), styles: unique(styles), styleAttributes: unique(styleAttributes) };
}

const isPolicyMeta = (element: Parameters<typeof attribute>[0]) =>
  element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy';

/**
 * Writes the policy into the page as the first thing the parser meets after the
 * charset declaration: a meta policy only governs what comes after it. Running it
 * again replaces the tag, so the step is idempotent.
 */
export function withPolicyMeta(html: string, policy: string, source: SourceHtml = parseSource(html)): string {
  return applyEdits(html, policyMetaEdits(policy, source));
}

/**
 * withPolicyMeta as edits of the parsed page, to be applied together with other
 * edits of the same parse: `without` are elements those other edits remove
 * whole (Next's runtime), which are then treated as if they were not there.
 */
export function policyMetaEdits(policy: string, source: SourceHtml, without: ReadonlySet<Element> = NONE): Edit[] {
  if (policy.includes('"')) throw new Error('A CSP never contains a double quote; refusing to write a broken attribute.');
  const all = without.size === 0 ? source.elements : source.elements.filter((element) => !without.has(element));
  const head = all.find((element) => element.tagName === 'head' && isInSource(element));
  if (!head) throw new Error('No <head> element: cannot place the Content-Security-Policy.');
  // Right after <head>, or after the charset declaration when it comes first.
  const first = head.childNodes.find((node) => 'tagName' in node && !without.has(node as Element));
  const charset = first && 'tagName' in first && first.tagName === 'meta' && attribute(first, 'charset') !== undefined ? first : undefined;
  const at = charset ? sourceRange(charset).end : head.sourceCodeLocation!.startTag!.endOffset;
  const edits: Edit[] = all.filter(isPolicyMeta).map((meta) => ({ ...sourceRange(meta), text: '' }));
  const earlier = all.find((element) => ['script', 'style', 'link'].includes(element.tagName) && sourceRange(element).start < at);
  if (earlier) throw new Error('A script, style or link precedes the CSP meta tag.');
  edits.push({ start: at, end: at, text: `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>` });
  return edits;
}
