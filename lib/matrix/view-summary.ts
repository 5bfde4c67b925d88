import type { MatrixDictionary } from '../i18n/matrix-dictionary';
import type { MatrixState } from './state';
import type { MatrixData } from './types';

/**
 * The matrix's view state as one line of text, printed on a handout in place
 * of the controls (which print hides): the mode, the technologies chosen and
 * the weight each shown criterion counted with, so the ranking on paper can
 * be checked and reproduced.
 */
export function describeMatrixView(state: MatrixState, data: Pick<MatrixData, 'technologies' | 'criteria' | 'presets'>, preset: string | undefined, t: MatrixDictionary): string {
  const chosen = new Set(state.technologies);
  const technologies = data.technologies.filter((tech) => chosen.has(tech.slug)).map((tech) => tech.title);
  const shown = new Set(state.criteria);
  const weights = data.criteria.filter((c) => shown.has(c.key)).map((c) => `${c.name} ×${state.weights[c.key] ?? 0}`);
  const presetName = data.presets.find((p) => p.key === preset)?.name;
  const parts = [
    t.modes[state.mode],
    `${t.technologies}: ${technologies.length ? technologies.join(', ') : t.none}${state.hideRetired ? ` (${t.retiredHidden})` : ''}`,
    `${t.criteria}${presetName ? ` (${presetName})` : ''}: ${weights.length ? weights.join(', ') : t.none}`,
  ];
  return `${t.printedView}: ${parts.join(' · ')}`;
}
