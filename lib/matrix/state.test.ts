import { describe, expect, it } from 'vitest';
import { defaultState, type MatrixStateOptions, matchingPreset, parseMatrixState, serializeMatrixState } from './state';

const CRITERIA = ['portability', 'isolation', 'cost'];
const OPTIONS: MatrixStateOptions = {
  technologies: ['aks', 'docker', 'kolla', 'magnum', 'zun'],
  criteria: CRITERIA,
  presets: [
    { key: 'isolated', weights: { portability: 0, isolation: 3, cost: 1 } },
    { key: 'openstack', weights: { portability: 1, isolation: 1, cost: 3 }, technologies: ['zun', 'kolla', 'magnum'] },
  ],
  defaultTechnologies: ['zun', 'magnum', 'aks'],
};

function parse(search: string) {
  return parseMatrixState(search, OPTIONS);
}

describe('parseMatrixState', () => {
  it('gives the default view for an empty query', () => {
    const { state, ignored } = parse('');
    expect(state).toEqual({
      technologies: ['aks', 'magnum', 'zun'],
      criteria: CRITERIA,
      weights: { portability: 1, isolation: 1, cost: 1 },
      mode: 'matrix',
      hideRetired: false,
    });
    expect(ignored).toEqual([]);
  });

  it('reads every parameter', () => {
    const { state, ignored } = parse('?tech=zun,docker&crit=cost,isolation&w=cost:3,isolation:0&mode=side&hideRetired=1');
    expect(state).toEqual({
      technologies: ['docker', 'zun'],
      criteria: ['isolation', 'cost'],
      weights: { portability: 1, isolation: 0, cost: 3 },
      mode: 'side',
      hideRetired: true,
    });
    expect(ignored).toEqual([]);
  });

  it('shows a preset\'s own technologies unless ?tech= names others', () => {
    expect(parse('?preset=openstack').state.technologies).toEqual(['kolla', 'magnum', 'zun']);
    expect(parse('?preset=openstack&tech=docker').state.technologies).toEqual(['docker']);
    // A preset without technologies keeps the page's default set.
    expect(parse('?preset=isolated').state.technologies).toEqual(['aks', 'magnum', 'zun']);
  });

  it('writes a preset\'s technologies as the preset alone, and other choices as ?tech=', () => {
    const withPreset = parse('?preset=openstack').state;
    expect(serializeMatrixState(withPreset, OPTIONS)).toBe('?preset=openstack');
    expect(serializeMatrixState({ ...withPreset, technologies: ['aks', 'zun'] }, OPTIONS)).toBe('?tech=aks,zun&preset=openstack');
    // Once the weights no longer match the preset, its technologies are an explicit choice.
    expect(serializeMatrixState({ ...withPreset, weights: { ...withPreset.weights, cost: 2 } }, OPTIONS)).toBe('?tech=kolla,magnum,zun&w=cost:2');
  });

  it('takes weights from a preset, with ?w= on top', () => {
    expect(parse('?preset=isolated').state.weights).toEqual({ portability: 0, isolation: 3, cost: 1 });
    expect(parse('?preset=isolated&w=cost:2').state.weights).toEqual({ portability: 0, isolation: 3, cost: 2 });
  });

  it('reads an empty list as nothing chosen, not as the default', () => {
    const { state } = parse('?tech=&crit=');
    expect(state.technologies).toEqual([]);
    expect(state.criteria).toEqual([]);
  });

  it('ignores unknown technologies and criteria, keeping the known ones, and notes each', () => {
    const { state, ignored } = parse('?tech=zun,nomad,<img src=x>&crit=cost,speed');
    expect(state.technologies).toEqual(['zun']);
    expect(state.criteria).toEqual(['cost']);
    expect(ignored).toEqual([
      { param: 'tech', value: 'nomad', reason: 'unknown' },
      { param: 'tech', value: '<img src=x>', reason: 'unknown' },
      { param: 'crit', value: 'speed', reason: 'unknown' },
    ]);
  });

  it('ignores weights out of range, malformed or for unknown criteria', () => {
    const { state, ignored } = parse('?w=cost:9,isolation:-1,portability:two,speed:2,nocolon,portability:2');
    expect(state.weights).toEqual({ portability: 2, isolation: 1, cost: 1 });
    expect(ignored).toEqual([
      { param: 'w', value: 'cost:9', reason: 'out-of-range' },
      { param: 'w', value: 'isolation:-1', reason: 'out-of-range' },
      { param: 'w', value: 'portability:two', reason: 'malformed' },
      { param: 'w', value: 'speed:2', reason: 'unknown' },
      { param: 'w', value: 'nocolon', reason: 'malformed' },
    ]);
  });

  it('ignores an unknown preset, mode, flag value and parameter', () => {
    const { state, ignored } = parse('?preset=cheap&mode=grid&hideRetired=yes&colour=red');
    expect(state).toEqual(defaultState(OPTIONS));
    expect(ignored.map((i) => `${i.param}=${i.value} (${i.reason})`)).toEqual([
      'preset=cheap (unknown)',
      'mode=grid (unknown)',
      'hideRetired=yes (unknown)',
      'colour=red (unknown)',
    ]);
  });

  it('survives broken encoding and very long values', () => {
    const { state, ignored } = parse(`?tech=%E0%A4%A&w=${'cost:1,'.repeat(500)}`);
    expect(state.technologies).toEqual([]);
    expect(state.weights).toEqual({ portability: 1, isolation: 1, cost: 1 });
    expect(ignored.map((i) => i.reason)).toEqual(['unknown', 'too-long']);
  });
});

describe('serializeMatrixState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeMatrixState(defaultState(OPTIONS), OPTIONS)).toBe('');
  });

  it('writes weights that match a preset as the preset', () => {
    const state = { ...defaultState(OPTIONS), weights: { portability: 0, isolation: 3, cost: 1 } };
    expect(serializeMatrixState(state, OPTIONS)).toBe('?preset=isolated');
    expect(matchingPreset(state.weights, OPTIONS)).toBe('isolated');
  });

  it('writes only the weights that differ from 1, in criteria order', () => {
    const state = { ...defaultState(OPTIONS), weights: { cost: 0, portability: 3, isolation: 1 } };
    expect(serializeMatrixState(state, OPTIONS)).toBe('?w=portability:3,cost:0');
  });

  it('writes lists in canonical order, and an empty choice as an empty value', () => {
    const state = { ...defaultState(OPTIONS), technologies: ['zun', 'docker'], criteria: [] };
    expect(serializeMatrixState(state, OPTIONS)).toBe('?tech=docker,zun&crit=');
  });

  it('round-trips every kind of state through the URL', () => {
    const states = [
      defaultState(OPTIONS),
      { technologies: ['kolla'], criteria: ['cost'], weights: { portability: 0, isolation: 2, cost: 3 }, mode: 'side' as const, hideRetired: true },
      { ...defaultState(OPTIONS), technologies: [], weights: { portability: 0, isolation: 3, cost: 1 } },
    ];
    for (const state of states) {
      const search = serializeMatrixState(state, OPTIONS);
      expect(parse(search)).toEqual({ state, ignored: [] });
    }
  });
});
