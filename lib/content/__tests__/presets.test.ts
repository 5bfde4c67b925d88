import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../load';
import { contentDir, loadError } from './content-dir';

let dir: ReturnType<typeof contentDir>;
afterEach(() => dir?.cleanup());

const PRESETS = 'data/matrix-presets.yaml';

function errorFor(setup: (d: ReturnType<typeof contentDir>) => void): string {
  dir = contentDir();
  setup(dir);
  return loadError(dir.root);
}

describe('matrix presets', () => {
  it('loads each preset with a weight for every criterion', () => {
    dir = contentDir();
    const [preset] = loadContent(dir.root).presets;
    expect(preset!.key).toBe('portable');
    expect(preset!.name.ko).toBe('여러 클라우드를 오가요');
    expect(Object.keys(preset!.weights)).toHaveLength(loadContent(dir.root).criteria.length);
    expect(preset!.weights.portability).toBe(3);
  });

  it('names the preset and criterion of a weight out of range', () => {
    expect(errorFor((d) => d.edit(PRESETS, (s) => s.replace('portability: 3', 'portability: 5')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/data/matrix-presets.yaml:
        - portable.weights.portability: must be a whole number from 0 to 3, but found 5"
    `);
  });

  it('rejects a weight that is not a whole number', () => {
    expect(errorFor((d) => d.edit(PRESETS, (s) => s.replace('cost: 1', 'cost: 1.5')))).toContain(
      '  - portable.weights.cost: must be a whole number from 0 to 3, but found 1.5',
    );
  });

  it('reports an unknown criterion and a missing one', () => {
    expect(errorFor((d) => d.edit(PRESETS, (s) => s.replace('    cost: 1\n', '    price: 1\n')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/data/matrix-presets.yaml:
        - portable.weights.price: is not a known criterion; expected one of portability, isolation, operational-overhead, maturity, managed-control-plane, openstack-integration, azure-integration, ecosystem, learning-curve, cost, longevity
        - portable.weights.cost: is missing; give every criterion a weight from 0 to 3"
    `);
  });

  it('reports a preset without a Korean name', () => {
    expect(errorFor((d) => d.edit(PRESETS, (s) => s.replace(', ko: 여러 클라우드를 오가요', '')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/data/matrix-presets.yaml:
        - portable.name.ko: is missing; it must be the Korean name"
    `);
  });

  it('names the preset and position of a technology that has no article', () => {
    expect(errorFor((d) => d.edit(PRESETS, (s) => s.replace('  weights:\n', '  technologies: [alpha, gamma]\n  weights:\n')))).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/data/matrix-presets.yaml:
        - portable.technologies.1: "gamma" is not the slug of any technology"
    `);
  });

  it('loads a preset\'s technologies when they are articles', () => {
    dir = contentDir();
    dir.edit(PRESETS, (s) => s.replace('  weights:\n', '  technologies: [beta, alpha]\n  weights:\n'));
    expect(loadContent(dir.root).presets[0]!.technologies).toEqual(['beta', 'alpha']);
  });

  it('reports a duplicate key', () => {
    const message = errorFor((d) => d.edit(PRESETS, (s) => s + s.slice(s.indexOf('- key: portable'))));
    expect(message).toContain('  - portable.key: is used by an earlier preset; each preset needs its own key');
  });

  it('reports a missing presets file', () => {
    expect(errorFor((d) => d.remove(PRESETS))).toContain(
      'Invalid content in content/data/matrix-presets.yaml:\n  - (file): is missing; the matrix weight presets are defined here',
    );
  });
});
