import { stemEnglish } from './english';
import { stripParticle } from './korean';
import { isLatinWord } from './normalize';
import { queryWords } from './expand';

/**
 * Questions about what replaced what ("what replaced ACS", "ACS 후속",
 * "ACS 대체", "successor of Docker Machine"): the words that ask, in both
 * languages, are recognised here; the answer comes from the articles'
 * frontmatter (successors, then alternatives) in relations.json.
 */

const encode = (word: string) => (isLatinWord(word) ? stemEnglish(word) : word);

/** Words that make a query a question about successors; either language on either site. */
const ASKING = new Set(
  ['replaced', 'replace', 'replacement', 'replacing', 'successor', 'successors', 'superseded', 'supersedes', 'instead', 'alternative', 'alternatives',
    '후속', '후속작', '후계', '대체', '대체재', '대체제', '대안', '대신', '후임'].map(encode),
);

/** Words that only frame the question. */
const FRAMING = new Set(['what', 'which', 'who', 'is', 'was', 'are', 'the', 'of', 'for', 'to', 'a', 'an', 'did', 'does', 'has', 'it', 'its', 'now', 'use', 'by', '무엇', '뭐', '뭔가요', '무엇인가요', '제품', '기술'].map(encode));

/** The name asked about (as encoded terms), when the query is a successor question; null otherwise. */
export function successorQuestion(query: string): string[] | null {
  const terms = queryWords(query).flatMap((word) => word.terms);
  let asking = false;
  const rest: string[] = [];
  for (const term of terms) {
    const core = stripParticle(term);
    if (ASKING.has(term) || ASKING.has(core)) asking = true;
    else if (!FRAMING.has(term) && !FRAMING.has(core)) rest.push(core);
  }
  return asking && rest.length > 0 ? rest : null;
}
