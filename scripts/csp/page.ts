import { readFileSync, writeFileSync } from 'node:fs';
import { parseSource } from '../html/source-html';
import { inlineHashes, withPolicyMeta } from './html';
import { pagePolicy } from './policy';

export interface CspResult {
  /** The page's inline script hashes, for the site-wide comparison. */
  scripts: string[];
  policyBytes: number;
}

/** One page of scripts/csp.ts: its policy, written into its head. */
export function cspPage(file: string): CspResult {
  const html = readFileSync(file, 'utf8');
  // One parse serves both the hashes and the place of the meta tag: the page does not change in between.
  const source = parseSource(html);
  const hashes = inlineHashes(html, source);
  const policy = pagePolicy(hashes);
  writeFileSync(file, withPolicyMeta(html, policy, source));
  return { scripts: hashes.scripts, policyBytes: policy.length };
}
