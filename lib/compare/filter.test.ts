import { describe, expect, it } from 'vitest';
import { COLUMN_IDS, type ColumnId } from './columns';
import { filterRows, sortRows } from './filter';
import { type CompareCell, type CompareRow, normaliseForSearch } from './row';
import { defaultViewState } from './view-state';

function row(slug: string, fields: Partial<Record<ColumnId, CompareCell>> & { name: CompareCell }, extra: Partial<CompareRow> = {}): CompareRow {
  const cells = Object.fromEntries(COLUMN_IDS.map((id) => [id, fields[id] ?? { text: '', sort: '' }])) as Record<ColumnId, CompareCell>;
  return {
    slug,
    href: `/en/tech/${slug}/`,
    category: 'orchestrator',
    status: 'active',
    cells,
    searchText: normaliseForSearch(Object.values(cells).map((c) => c.text).join(' · ')),
    ...extra,
  };
}

const kubernetes = row('kubernetes', { name: { text: 'Kubernetes', sort: 'Kubernetes' }, billing: { text: 'Free software', sort: 'Free software' } }, {
  searchText: normaliseForSearch('Kubernetes · 컨테이너 오케스트레이터 · Free software'),
});
const dcos = row('dcos', { name: { text: 'DC/OS', sort: 'DC/OS' }, status: { text: 'Retired', sort: 3 } }, { status: 'retired' });
const aks = row('aks', { name: { text: 'AKS', sort: 'AKS' }, status: { text: 'Active', sort: 0 }, billing: { text: 'Hourly fee', sort: 'Hourly fee' } }, { category: 'azure-service' });
const rows = [kubernetes, dcos, aks];

describe('filterRows', () => {
  it('matches an English query against names and cell values, ignoring case', () => {
    expect(filterRows(rows, { ...defaultViewState(), q: 'FREE soft' }).map((r) => r.slug)).toEqual(['kubernetes']);
  });

  it('matches a Korean query, also when typed as decomposed jamo (NFD)', () => {
    const decomposed = '오케스트레이터'.normalize('NFD');
    expect(decomposed).not.toBe('오케스트레이터');
    expect(filterRows(rows, { ...defaultViewState(), q: decomposed }).map((r) => r.slug)).toEqual(['kubernetes']);
  });

  it('filters by category and by status', () => {
    expect(filterRows(rows, { ...defaultViewState(), category: 'azure-service' }).map((r) => r.slug)).toEqual(['aks']);
    expect(filterRows(rows, { ...defaultViewState(), status: 'retired' }).map((r) => r.slug)).toEqual(['dcos']);
  });

  it('treats markup in the query as plain text that matches nothing', () => {
    expect(filterRows(rows, { ...defaultViewState(), q: '<img src=x onerror=alert(1)>' })).toEqual([]);
  });
});

describe('sortRows', () => {
  it('sorts text both ways', () => {
    expect(sortRows(rows, 'name', 'asc', 'en').map((r) => r.slug)).toEqual(['aks', 'dcos', 'kubernetes']);
    expect(sortRows(rows, 'name', 'desc', 'en').map((r) => r.slug)).toEqual(['kubernetes', 'dcos', 'aks']);
  });

  it('sorts numbers as numbers', () => {
    expect(sortRows([dcos, aks], 'status', 'asc', 'en').map((r) => r.slug)).toEqual(['aks', 'dcos']);
  });

  it('puts empty cells last in either direction', () => {
    expect(sortRows(rows, 'billing', 'asc', 'en').map((r) => r.slug)).toEqual(['kubernetes', 'aks', 'dcos']);
    expect(sortRows(rows, 'billing', 'desc', 'en').map((r) => r.slug)).toEqual(['aks', 'kubernetes', 'dcos']);
  });
});
