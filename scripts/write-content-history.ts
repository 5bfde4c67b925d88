/**
 * Reads the git history of content/ once for the whole build and saves it
 * for the pages (lib/freshness/history-store.ts). Prints what it found, so a
 * build log shows whether "Last changed" dates come from a full, shallow or
 * missing history.
 */
import { HISTORY_FILE, writeContentHistory } from '../lib/freshness/history-store';

const history = writeContentHistory();
const note = {
  complete: 'full history',
  shallow: 'shallow clone: articles changed only before the cut show no "Last changed" date',
  unavailable: 'no git history: articles show no "Last changed" date',
}[history.state];
console.log(`Content history: ${history.commits.length} commit(s), ${note} (${HISTORY_FILE}).`);
