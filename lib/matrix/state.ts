import { type IgnoredParam, MAX_PARAM_LENGTH, paramsFrom, readChoice, readList, shorten, unknownParams, wellFormed } from '../url-state';
import { DEFAULT_WEIGHT, MAX_WEIGHT, MIN_WEIGHT } from './weights';
import type { Weights } from './score';

/**
 * The matrix's view state and its URL form, so a shared link reproduces the
 * view. The URL stays short and readable: values equal to the default are
 * left out, and weights that match a preset are written as that preset.
 *
 *   ?tech=aks,zun   technologies shown (default: the preset's technologies, else the page's default set)
 *   ?crit=cost,...  criteria shown (default: all)
 *   ?preset=key     weights from a preset, or
 *   ?w=cost:3,...   weights that differ from 1 (on top of ?preset= if both are given)
 *   ?mode=side      side-by-side pros and cons instead of the matrix
 *   ?hideRetired=1  leave retired technologies out
 */

export const MODES = ['matrix', 'side'] as const;
export type MatrixMode = (typeof MODES)[number];

export interface MatrixState {
  /** Chosen technologies, in the data's order. */
  technologies: string[];
  /** Shown criteria, in the data's order. */
  criteria: string[];
  /** A weight for every criterion, shown or not. */
  weights: Weights;
  mode: MatrixMode;
  hideRetired: boolean;
}

/** What the state may contain: the known values, in their canonical order. */
export interface MatrixStateOptions {
  technologies: readonly string[];
  criteria: readonly string[];
  presets: readonly { key: string; weights: Weights; technologies?: readonly string[] }[];
  defaultTechnologies: readonly string[];
}

export const MATRIX_PARAMS = ['tech', 'crit', 'preset', 'w', 'mode', 'hideRetired'] as const;

export function equalWeights(criteria: readonly string[]): Weights {
  return Object.fromEntries(criteria.map((key) => [key, DEFAULT_WEIGHT]));
}

export function defaultState(options: MatrixStateOptions): MatrixState {
  return {
    technologies: inOrder(options.defaultTechnologies, options.technologies),
    criteria: [...options.criteria],
    weights: equalWeights(options.criteria),
    mode: 'matrix',
    hideRetired: false,
  };
}

/** The technologies shown when the URL names none: a preset's own, else the page's default set. */
export function baseTechnologies(presetKey: string | undefined, options: MatrixStateOptions): string[] {
  const preset = options.presets.find((p) => p.key === presetKey);
  return inOrder(preset?.technologies ?? options.defaultTechnologies, options.technologies);
}

/** Keeps `chosen` in the canonical order of `all`, whatever order the URL or the clicks gave. */
export function inOrder(chosen: readonly string[], all: readonly string[]): string[] {
  const set = new Set(chosen);
  return all.filter((item) => set.has(item));
}

/** Reads `w=key:weight,...`: known criteria with whole weights from 0 to 3; anything else is noted. */
function readWeights(params: URLSearchParams, criteria: readonly string[], ignored: IgnoredParam[]): Weights {
  const raw = params.get('w');
  if (raw === null || raw === '') return {};
  if (raw.length > MAX_PARAM_LENGTH * 10) {
    ignored.push({ param: 'w', value: shorten(wellFormed(raw)), reason: 'too-long' });
    return {};
  }
  const weights: Weights = {};
  for (const item of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const match = /^([^:]+):(.*)$/.exec(item);
    const value = shorten(wellFormed(item));
    if (!match) {
      ignored.push({ param: 'w', value, reason: 'malformed' });
    } else if (!criteria.includes(match[1]!)) {
      ignored.push({ param: 'w', value, reason: 'unknown' });
    } else if (!/^-?\d{1,6}$/.test(match[2]!)) {
      ignored.push({ param: 'w', value, reason: 'malformed' });
    } else if (Number(match[2]) < MIN_WEIGHT || Number(match[2]) > MAX_WEIGHT) {
      ignored.push({ param: 'w', value, reason: 'out-of-range' });
    } else {
      weights[match[1]!] = Number(match[2]);
    }
  }
  return weights;
}

/** Reads the state from a query string; what it cannot use is left at the default and listed in `ignored`. */
export function parseMatrixState(search: string, options: MatrixStateOptions): { state: MatrixState; ignored: IgnoredParam[] } {
  const params = paramsFrom(search);
  const ignored: IgnoredParam[] = [];
  const state = defaultState(options);
  const presetKey = readChoice(params, 'preset', options.presets.map((p) => p.key), ignored);
  const preset = options.presets.find((p) => p.key === presetKey);
  const technologies = readList(params, 'tech', options.technologies, ignored);
  state.technologies = technologies ? inOrder(technologies, options.technologies) : baseTechnologies(presetKey, options);
  const criteria = readList(params, 'crit', options.criteria, ignored);
  if (criteria) state.criteria = inOrder(criteria, options.criteria);
  state.weights = { ...state.weights, ...preset?.weights, ...readWeights(params, options.criteria, ignored) };
  state.mode = readChoice(params, 'mode', MODES, ignored) ?? 'matrix';
  state.hideRetired = readChoice(params, 'hideRetired', ['0', '1'], ignored) === '1';
  unknownParams(params, MATRIX_PARAMS, ignored);
  return { state, ignored };
}

function sameWeights(a: Weights, b: Weights, criteria: readonly string[]): boolean {
  return criteria.every((key) => (a[key] ?? DEFAULT_WEIGHT) === (b[key] ?? DEFAULT_WEIGHT));
}

/** The preset whose weights the state has exactly, if any. */
export function matchingPreset(weights: Weights, options: MatrixStateOptions): string | undefined {
  return options.presets.find((preset) => sameWeights(weights, preset.weights, options.criteria))?.key;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Writes the state as a query string ("" for the default view). Keys and
 * values are kebab-case identifiers, so commas and colons stay unescaped and readable.
 */
export function serializeMatrixState(state: MatrixState, options: MatrixStateOptions): string {
  const base = defaultState(options);
  const parts: string[] = [];
  const preset = matchingPreset(state.weights, options);
  const technologies = inOrder(state.technologies, options.technologies);
  if (!sameList(technologies, baseTechnologies(preset, options))) parts.push(`tech=${technologies.join(',')}`);
  const criteria = inOrder(state.criteria, options.criteria);
  if (!sameList(criteria, base.criteria)) parts.push(`crit=${criteria.join(',')}`);
  if (preset) {
    parts.push(`preset=${preset}`);
  } else {
    const changed = options.criteria.filter((key) => (state.weights[key] ?? DEFAULT_WEIGHT) !== DEFAULT_WEIGHT);
    if (changed.length) parts.push(`w=${changed.map((key) => `${key}:${state.weights[key]}`).join(',')}`);
  }
  if (state.mode !== 'matrix') parts.push(`mode=${state.mode}`);
  if (state.hideRetired) parts.push('hideRetired=1');
  return parts.length ? `?${parts.join('&')}` : '';
}
