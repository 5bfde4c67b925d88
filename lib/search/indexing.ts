import type { Index } from 'flexsearch';
import type { SearchDoc, SearchPage } from './index-format';
import { textTerms } from './terms';

/** Feeds one document to the two FlexSearch fields and adds its terms to the vocabulary. */
function indexDocument(doc: SearchDoc, id: number, pages: readonly SearchPage[], heading: Index, text: Index, vocabulary: Set<string>): void {
  const page = pages[doc.page]!;
  // A section's heading field carries its page's title too: "Kubernetes › Pods" should rank for both words.
  const headingTerms = textTerms(doc.heading === page.title ? doc.heading : `${page.title} ${doc.heading}`);
  const textTermsOfDoc = textTerms(doc.text);
  heading.add(id, headingTerms.join(' '));
  text.add(id, textTermsOfDoc.join(' '));
  for (const term of headingTerms) vocabulary.add(term);
  for (const term of textTermsOfDoc) vocabulary.add(term);
}

/**
 * Feeds documents to the two FlexSearch fields. Shared by the build (which
 * may export the result) and the browser (which may build it on load), so
 * both produce the same index. Returns the vocabulary: every distinct term.
 */
export function indexDocuments(docs: readonly SearchDoc[], pages: readonly SearchPage[], heading: Index, text: Index): Set<string> {
  const vocabulary = new Set<string>();
  docs.forEach((doc, id) => indexDocument(doc, id, pages, heading, text, vocabulary));
  return vocabulary;
}

/**
 * How long indexing may hold the main thread before it lets the page respond:
 * well under the 50 ms that makes a long task even on a phone four times
 * slower than the machine that measured it.
 */
const SLICE_MS = 10;

/** scheduler.yield() where the browser has it (it resumes ahead of other tasks); a timer elsewhere. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same index as indexDocuments, built in slices of about SLICE_MS,
 * yielding between them: on a slow phone indexing takes half a second, and
 * in one piece it would freeze typing and scrolling on the search page.
 */
export async function indexDocumentsInSlices(docs: readonly SearchDoc[], pages: readonly SearchPage[], heading: Index, text: Index): Promise<Set<string>> {
  const vocabulary = new Set<string>();
  let sliceStart = performance.now();
  for (let id = 0; id < docs.length; id += 1) {
    indexDocument(docs[id]!, id, pages, heading, text, vocabulary);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return vocabulary;
}
