/**
 * Writing a small HTML document as a tree, serialised by parse5: every text
 * and attribute value is escaped by the serialiser, and script and noscript
 * contents are written the way the parser will read them back, so no value
 * can break out of its place in the markup.
 */
import { type DefaultTreeAdapterTypes, defaultTreeAdapter as tree, html, serialize } from 'parse5';

type Element = DefaultTreeAdapterTypes.Element;
export type Child = Element | string;

/** An HTML element with attributes (in the order given) and children; strings become text. */
export function h(tagName: string, attributes: Record<string, string> = {}, children: Child[] = []): Element {
  const element = tree.createElement(tagName, html.NS.HTML, Object.entries(attributes).map(([name, value]) => ({ name, value })));
  for (const child of children) {
    if (typeof child === 'string') tree.insertText(element, child);
    else tree.appendChild(element, child);
  }
  return element;
}

/** `<!DOCTYPE html>` followed by the serialised root element. */
export function htmlDocument(root: Element): string {
  const document = tree.createDocument();
  tree.setDocumentType(document, 'html', '', '');
  tree.appendChild(document, root);
  return serialize(document);
}
