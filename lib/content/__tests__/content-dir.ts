import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '../load';

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

/** Loads the content under `root` and returns the message a contributor would read; fails if it loads. */
export function loadError(root: string): string {
  try {
    loadContent(root);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected the content in ${root} to be rejected`);
}
