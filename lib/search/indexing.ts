import type { Index } from 'flexsearch';
import type { SearchDoc, SearchPage } from './index-format';
import { textTerms } from './terms';

/**
 * Feeds documents to the two FlexSearch fields. Shared by the build (which
 * may export the result) and the browser (which may build it on load), so
 * both produce the same index. Returns the vocabulary: every distinct term.
 */
export function indexDocuments(docs: readonly SearchDoc[], pages: readonly SearchPage[], heading: Index, text: Index): Set<string> {
  const vocabulary = new Set<string>();
  docs.forEach((doc, id) => {
    const page = pages[doc.page]!;
    // A section's heading field carries its page's title too: "Kubernetes › Pods" should rank for both words.
    const headingTerms = textTerms(doc.heading === page.title ? doc.heading : `${page.title} ${doc.heading}`);
    const textTermsOfDoc = textTerms(doc.text);
    heading.add(id, headingTerms.join(' '));
    text.add(id, textTermsOfDoc.join(' '));
    for (const term of headingTerms) vocabulary.add(term);
    for (const term of textTermsOfDoc) vocabulary.add(term);
  });
  return vocabulary;
}
