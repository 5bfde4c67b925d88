import { describe, expect, it } from 'vitest';
import { defaultViewState, parseViewState, serializeViewState, switchView, toggleColumn, toggleSort } from './view-state';

describe('parseViewState', () => {
  it('gives the overview with its default sort and columns for an empty query', () => {
    const { state, ignored } = parseViewState('');
    expect(state).toEqual(defaultViewState('overview'));
    expect(state.cols[0]).toBe('name');
    expect(ignored).toEqual([]);
  });

  it('reads every parameter of a shared link', () => {
    const { state, ignored } = parseViewState('?view=azure&q=%EC%A2%85%EB%A3%8C&category=azure-service&status=retired&sort=billing&dir=desc&cols=billing,period');
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      view: 'azure',
      q: '종료',
      category: 'azure-service',
      status: 'retired',
      sort: 'billing',
      dir: 'desc',
      cols: ['name', 'period', 'billing'],
    });
  });

  it('ignores and names unknown views, statuses, categories, columns and parameters', () => {
    const { state, ignored } = parseViewState('?view=gcp&status=gone&category=<b>x</b>&cols=status,nonsense&evil=1');
    expect(state.view).toBe('overview');
    expect(state.status).toBeNull();
    expect(state.category).toBeNull();
    expect(state.cols).toEqual(['name', 'status']);
    expect(ignored.map((i) => `${i.param}=${i.value}:${i.reason}`).sort()).toEqual([
      'category=<b>x</b>:unknown',
      'cols=nonsense:unknown',
      'evil=1:unknown',
      'status=gone:unknown',
      'view=gcp:unknown',
    ]);
  });

  it('only accepts sort columns and shown columns that the chosen view offers', () => {
    const { state, ignored } = parseViewState('?view=openstack&sort=billing&cols=billing');
    expect(state.sort).toBe('name');
    expect(state.cols).toEqual(defaultViewState('openstack').cols);
    expect(ignored.map((i) => i.param)).toEqual(['sort', 'cols']);
  });

  it('cuts an absurdly long filter to 200 characters and says so', () => {
    const { state, ignored } = parseViewState(`?q=${'쿠'.repeat(5000)}`);
    expect(Array.from(state.q)).toHaveLength(200);
    expect(ignored).toEqual([expect.objectContaining({ param: 'q', reason: 'too-long' })]);
  });

  it('survives broken percent-encoding', () => {
    expect(() => parseViewState('?q=%E0%A4%A&view=%ZZ')).not.toThrow();
  });

  it('sorts ascending when a link names a column without a direction', () => {
    expect(parseViewState('?view=azure&sort=billing').state).toMatchObject({ sort: 'billing', dir: 'asc' });
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(defaultViewState())).toBe('');
  });

  it('leaves out defaults and writes the rest in a fixed order', () => {
    const state = { ...defaultViewState('openstack'), q: 'Cinder 볼륨', status: 'active' as const };
    expect(serializeViewState(state)).toBe('?view=openstack&q=Cinder+%EB%B3%BC%EB%A5%A8&status=active');
  });

  it('round-trips every state the controls can produce', () => {
    let state = switchView(defaultViewState(), 'runtimes');
    state = toggleSort(toggleSort(state, 'firstRelease'), 'firstRelease');
    state = toggleColumn(toggleColumn(state, 'license', true), 'isolation', false);
    state = { ...state, q: '격리', category: 'orchestrator' };
    const query = serializeViewState(state);
    expect(query).toBe('?view=runtimes&q=%EA%B2%A9%EB%A6%AC&category=orchestrator&sort=firstRelease&dir=desc&cols=category,orchestrators,firstRelease,status,successors,license');
    expect(parseViewState(query)).toEqual({ state, ignored: [] });
  });
});

describe('state changes', () => {
  it('flips the direction of the sorted column and sorts a new column ascending', () => {
    const once = toggleSort(defaultViewState(), 'name');
    expect(once).toMatchObject({ sort: 'name', dir: 'desc' });
    expect(toggleSort(once, 'status')).toMatchObject({ sort: 'status', dir: 'asc' });
  });

  it('never hides the name column', () => {
    expect(toggleColumn(defaultViewState(), 'name', false).cols).toContain('name');
  });

  it('keeps the text and status filters when switching views but resets category, sort and columns', () => {
    const state = { ...defaultViewState(), q: 'kube', status: 'retired' as const, category: 'tooling' as const, sort: 'license' as const };
    expect(switchView(state, 'azure')).toEqual({ ...defaultViewState('azure'), q: 'kube', status: 'retired' });
  });
});
