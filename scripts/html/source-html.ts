/**
 * Reading built pages with an HTML parser and editing them in place.
 *
 * The post-build steps (removing Next's runtime, preloads, CSP) must find
 * elements the way a browser does: attributes in any order, `>` inside a
 * quoted value, comments and uppercase tags cannot fool parse5, which follows
 * the WHATWG parsing algorithm. The edits are then made at the exact source
 * offsets parse5 reports, so everything a step does not touch stays byte for
 * byte what Next wrote (a re-serialised page would differ in quoting and
 * void-element slashes on every line, for no benefit).
 */
import { type DefaultTreeAdapterTypes, parse } from 'parse5';

export type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

export interface SourceHtml {
  /** The page as it was read. */
  html: string;
  document: DefaultTreeAdapterTypes.Document;
  /** Every element in document order, template contents included: listed once, since each step asks several questions of the same page. */
  elements: Element[];
}

export function parseSource(html: string): SourceHtml {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const list: Element[] = [];
  collectElements(document, list);
  return { html, document, elements: list };
}

const isElement = (node: DefaultTreeAdapterTypes.Node): node is Element => 'tagName' in node;

/** A plain recursive walk into an array: a recursive generator (yield*) costs a generator per level for every element, a tenth of a page's processing time. */
function collectElements(node: ParentNode, into: Element[]): void {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    into.push(child);
    collectElements(child, into);
    if (child.tagName === 'template') collectElements((child as DefaultTreeAdapterTypes.Template).content, into);
  }
}

/** Elements of one tag name (parse5 lowercases names, so `<SCRIPT>` is `script`). */
export function elementsNamed(source: SourceHtml, tagName: string): Element[] {
  return source.elements.filter((element) => element.tagName === tagName);
}

/** An attribute's value, decoded by the parser (`&quot;` is `"`); names are lowercase. */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The text of a script or style element as the browser runs it (newlines normalised, no references decoded). */
export function textContent(element: Element): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

/** Whether the element was written in the source (the parser also creates implied html, head and body). */
export function isInSource(element: Element): boolean {
  return element.sourceCodeLocation?.startTag !== undefined;
}

/** Where the element starts and ends in the source, end tag included. */
export function sourceRange(element: Element): { start: number; end: number } {
  const location = element.sourceCodeLocation;
  if (!location) throw new Error(`<${element.tagName}> has no position in the source`);
  return { start: location.startOffset, end: location.endOffset };
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies edits made against the original offsets; refuses overlapping edits rather than guessing. */
export function applyEdits(html: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`Overlapping HTML edits at offset ${edit.start}`);
    result += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + html.slice(at);
}

/** Escapes an attribute value for a double-quoted attribute, as the HTML serialiser does. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');
}
