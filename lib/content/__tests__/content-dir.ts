import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const VALID = path.join(import.meta.dirname, 'fixtures', 'valid');

/** A throw-away copy of the valid fixture, so each test breaks exactly one thing. */
export function contentDir() {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-content-'));
  cpSync(VALID, root, { recursive: true });
  return {
    root,
    edit(file: string, change: (source: string) => string) {
      const target = path.join(root, file);
      writeFileSync(target, change(readFileSync(target, 'utf8')));
    },
    write(file: string, source: string) {
      writeFileSync(path.join(root, file), source);
    },
    remove(file: string) {
      rmSync(path.join(root, file));
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
