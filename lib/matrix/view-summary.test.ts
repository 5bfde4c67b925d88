import { describe, expect, it } from 'vitest';
import { getMatrixDictionary } from '../i18n/matrix-dictionary';
import { tech } from './test-fixtures';
import { describeMatrixView } from './view-summary';

const data = {
  technologies: [tech('aks', {}), tech('zun', {}, 'retired'), tech('k8s', {})],
  criteria: [
    { key: 'cost', name: 'Cost', description: '' },
    { key: 'maturity', name: 'Maturity', description: '' },
  ],
  presets: [{ key: 'startup', name: 'Small team', weights: { cost: 3, maturity: 1 } }],
};

describe('describeMatrixView', () => {
  it('writes out the mode, the chosen technologies and each shown criterion with its weight', () => {
    const state = { technologies: ['aks', 'zun'], criteria: ['cost', 'maturity'], weights: { cost: 3, maturity: 1 }, mode: 'matrix' as const, hideRetired: true };
    expect(describeMatrixView(state, data, 'startup', getMatrixDictionary('en'))).toBe(
      'This view: Matrix · Technologies: aks, zun (retired technologies hidden) · Criteria and weights (Small team): Cost ×3, Maturity ×1',
    );
  });

  it('leaves out hidden criteria and names no preset when the weights match none, in Korean too', () => {
    const state = { technologies: ['k8s'], criteria: ['maturity'], weights: { cost: 2, maturity: 0 }, mode: 'side' as const, hideRetired: false };
    const line = describeMatrixView(state, data, undefined, getMatrixDictionary('ko'));
    expect(line).toMatch(/^이 보기: /);
    expect(line).toContain('Maturity ×0');
    expect(line).not.toContain('Cost');
    expect(line).not.toContain('(');
  });
});
