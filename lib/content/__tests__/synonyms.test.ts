import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../load';
import { contentDir, loadError } from './content-dir';

let dir: ReturnType<typeof contentDir>;
afterEach(() => dir?.cleanup());

function errorFor(synonyms: string | null): string {
  dir = contentDir();
  if (synonyms === null) dir.remove('data/synonyms.yaml');
  else dir.write('data/synonyms.yaml', synonyms);
  return loadError(dir.root);
}

describe('search synonyms in content/data/synonyms.yaml', () => {
  it('loads the groups as written', () => {
    dir = contentDir();
    expect(loadContent(dir.root).synonyms).toEqual([
      ['k8s', 'kubernetes', '쿠버네티스'],
      ['pod', '파드', '팟'],
    ]);
  });

  it('reports a group with a single name', () => {
    expect(errorFor('- [k8s]\n')).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/data/synonyms.yaml:
        - 0: must list at least two names that mean the same thing, but found 1 item(s)"
    `);
  });

  it('reports a name that is in two groups', () => {
    expect(errorFor('- [pod, 파드]\n- [팟, POD]\n')).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/data/synonyms.yaml:
        - 1.1: "POD" is already in group 0; a name may belong to one group only"
    `);
  });

  it('reports a name without letters and a name that is not text', () => {
    expect(errorFor('- [pod, "--"]\n- [node, 7]\n')).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/data/synonyms.yaml:
        - 0.1: must contain a letter or a digit, but found "--"
        - 1.1: must be a word or a few words, but found 7"
    `);
  });

  it('reports broken YAML and a missing file by name', () => {
    expect(errorFor('- [pod, 파드\n')).toContain('Invalid content in content/data/synonyms.yaml:\n  - (file): is not valid YAML: ');
    expect(errorFor(null)).toContain('Invalid content in content/data/synonyms.yaml:\n  - (file): is missing');
  });
});
