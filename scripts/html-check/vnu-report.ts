/**
 * Reading the Nu HTML Checker's JSON report (`vnu --format json`).
 *
 * Errors fail the check, and so do warnings, except one the checker raises
 * only because it reads pages from disk: a file: URL has no origin, so it
 * takes every `'self'` stylesheet and script as blocked by the page's CSP.
 * Served over HTTP they load (e2e/serving checks no CSP violation). Info
 * messages (e.g. the slash React writes on void elements) are only counted.
 */
export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

export interface VnuSummary {
  /** Problems that fail the check, as "file:line: message". */
  failures: string[];
  errors: number;
  warnings: number;
  /** Warnings set aside because they are artefacts of checking files rather than served pages. */
  artefacts: number;
  infos: number;
}

const FILE_ORIGIN_CSP = /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\/[^”]*” blocked by “(style|script)-src” directive\.$/;

export function summariseVnu(messages: VnuMessage[], root: string): VnuSummary {
  const summary: VnuSummary = { failures: [], errors: 0, warnings: 0, artefacts: 0, infos: 0 };
  const where = (m: VnuMessage) => `${decodeURIComponent(m.url ?? '').replace(/^file:/, '').replace(`${root}/`, '')}${m.lastLine ? `:${m.lastLine}` : ''}`;
  for (const m of messages) {
    const isWarning = m.type === 'info' && m.subType === 'warning';
    if (isWarning && FILE_ORIGIN_CSP.test(m.message)) summary.artefacts += 1;
    else if (m.type === 'info' && !isWarning) summary.infos += 1;
    else {
      if (isWarning) summary.warnings += 1;
      else summary.errors += 1;
      summary.failures.push(`${where(m)}: ${isWarning ? 'warning' : 'error'}: ${m.message}`);
    }
  }
  return summary;
}
