import { describe, expect, it } from 'vitest';
import { COLUMN_IDS, type ColumnId } from './columns';
import { visibleRows } from './filter';
import { buildComparePreview, previewAnswers, ROWS_PER_PAGE } from './preview';
import type { CompareCell, CompareRow } from './row';
import { defaultViewState } from './view-state';

function row(n: number, category: CompareRow['category'] = 'orchestrator', status: CompareRow['status'] = 'active'): CompareRow {
  const name = `Tech ${String(n).padStart(3, '0')}`;
  const cells = Object.fromEntries(COLUMN_IDS.map((id) => [id, { text: '', sort: '' }])) as Record<ColumnId, CompareCell>;
  cells.name = { text: name, sort: name };
  return { slug: `tech-${n}`, href: `/en/tech/tech-${n}/`, category, status, cells, searchText: name.toLowerCase() };
}

// Deliberately out of order, so the preview has to sort them as the table does.
const many = Array.from({ length: 120 }, (_, i) => row(119 - i, i % 3 === 0 ? 'azure-service' : 'orchestrator', i % 10 === 0 ? 'retired' : 'active'));
const few = many.slice(0, 30);

describe('the comparison preview', () => {
  it('holds every row, in the table order, when they fit on one page', () => {
    const preview = buildComparePreview(few, 'en');
    expect(preview.complete).toBe(true);
    expect(preview.rows.map((r) => r.slug)).toEqual(visibleRows(few, defaultViewState(), 'en').map((r) => r.slug));
    expect(preview.count).toBe(30);
  });

  it('holds the first page of the default view, with the counts and filter choices of all rows', () => {
    const preview = buildComparePreview(many, 'en');
    expect(preview.complete).toBe(false);
    expect(preview.rows).toHaveLength(ROWS_PER_PAGE);
    expect(preview.rows.map((r) => r.slug)).toEqual(visibleRows(many, defaultViewState(), 'en').slice(0, ROWS_PER_PAGE).map((r) => r.slug));
    expect(preview.count).toBe(120);
    expect(preview.categories).toEqual(['orchestrator', 'azure-service']);
    expect(preview.statuses).toEqual(['active', 'retired']);
  });

  it('answers the default view and column changes, and nothing that needs other rows', () => {
    const preview = buildComparePreview(many, 'en');
    const state = defaultViewState();
    expect(previewAnswers(state, ROWS_PER_PAGE, preview)).toBe(true);
    expect(previewAnswers({ ...state, cols: ['name', 'status'] }, ROWS_PER_PAGE, preview)).toBe(true);
    expect(previewAnswers({ ...state, q: 'tech 1' }, ROWS_PER_PAGE, preview)).toBe(false);
    expect(previewAnswers({ ...state, q: '   ' }, ROWS_PER_PAGE, preview)).toBe(true);
    expect(previewAnswers({ ...state, status: 'retired' }, ROWS_PER_PAGE, preview)).toBe(false);
    expect(previewAnswers({ ...state, category: 'azure-service' }, ROWS_PER_PAGE, preview)).toBe(false);
    expect(previewAnswers({ ...state, dir: 'desc' }, ROWS_PER_PAGE, preview)).toBe(false);
    expect(previewAnswers(defaultViewState('azure'), ROWS_PER_PAGE, preview)).toBe(false);
    // The next page, or printing every row, needs the rest.
    expect(previewAnswers(state, ROWS_PER_PAGE * 2, preview)).toBe(false);
    expect(previewAnswers(state, Number.POSITIVE_INFINITY, preview)).toBe(false);
  });

  it('answers every page when it holds every row', () => {
    const preview = buildComparePreview(few, 'en');
    expect(previewAnswers(defaultViewState(), Number.POSITIVE_INFINITY, preview)).toBe(true);
  });
});
