import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../load';
import { contentDir, loadError } from './content-dir';

let dir: ReturnType<typeof contentDir>;
afterEach(() => dir?.cleanup());

function errorFor(aliasesYaml: string): string {
  dir = contentDir();
  dir.write('data/aliases.yaml', aliasesYaml);
  return loadError(dir.root);
}

describe('aliases in content/data/aliases.yaml', () => {
  it('loads each alias with the technology it leads to', () => {
    dir = contentDir();
    expect(loadContent(dir.root).aliases).toEqual([
      { alias: 'a', slug: 'alpha' },
      { alias: 'b', slug: 'beta' },
    ]);
  });

  it('has no aliases when the file is absent', () => {
    dir = contentDir();
    dir.remove('data/aliases.yaml');
    expect(loadContent(dir.root).aliases).toEqual([]);
  });

  it('rejects an alias to an unknown slug, naming the file and the alias', () => {
    expect(errorFor('a: alpha\ng: gamma\n')).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/data/aliases.yaml:
        - g: "gamma" is not the slug of any technology; expected one of alpha, beta"
    `);
  });

  it('rejects aliases that would hide the language folders or site files', () => {
    expect(errorFor('en: alpha\nko: beta\n_next: alpha\n')).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/data/aliases.yaml:
        - en: is reserved: /en/ is already part of the site; choose another alias
        - ko: is reserved: /ko/ is already part of the site; choose another alias
        - _next: must be kebab-case (lower-case letters, digits and single hyphens), since it becomes the path /<alias>/"
    `);
  });

  it('rejects an alias that is not a clean path segment', () => {
    expect(errorFor('"K8s/../x": alpha\n')).toContain('- K8s/../x: must be kebab-case');
  });

  it('rejects a value that is not a slug', () => {
    expect(errorFor('a: [alpha]\n')).toContain('- a: must name a technology slug, but found ["alpha"]');
  });

  it('rejects a duplicated alias as invalid YAML', () => {
    expect(errorFor('a: alpha\na: beta\n')).toContain('Invalid content in content/data/aliases.yaml:\n  - (file): is not valid YAML: Map keys must be unique');
  });
});
