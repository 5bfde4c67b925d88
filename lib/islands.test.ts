import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { islandsScriptUrl } from './islands';

function islandsDir(files: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-islands-'));
  for (const file of files) writeFileSync(path.join(dir, file), '');
  return dir;
}

describe('islandsScriptUrl', () => {
  it('names the one hashed site script, whatever chunks lie beside it', () => {
    expect(islandsScriptUrl(islandsDir(['site-CBNAR7SQ.js', 'chunk-DUM2PEXM.js', 'search-dialog.island-CO5RTAJE.js']))).toBe('/islands/site-CBNAR7SQ.js');
  });

  it('says which command to run when the islands were not built', () => {
    expect(() => islandsScriptUrl(path.join(os.tmpdir(), 'atlas-no-such-dir'))).toThrowErrorMatchingInlineSnapshot(
      `[Error: Expected one public/islands/site-<hash>.js, found 0: run \`npm run islands:build\` (part of \`npm run build\`).]`,
    );
  });

  it('refuses to guess between two builds', () => {
    expect(() => islandsScriptUrl(islandsDir(['site-AAAAAAAA.js', 'site-BBBBBBBB.js']))).toThrow(/found 2/);
  });
});
