import { describe, expect, it } from 'vitest';
import { getCompareDictionary } from '../i18n/compare-dictionary';
import { getDictionary } from '../i18n/dictionary';
import { describeCompareView } from './view-summary';
import { parseViewState } from './view-state';

describe('describeCompareView', () => {
  it('writes out the view, filters, sort and columns of a shared link', () => {
    const { state } = parseViewState('?view=azure&q=aks&category=azure-service&status=retired&sort=billing&dir=desc&cols=billing,period');
    expect(describeCompareView(state, getCompareDictionary('en').compare, getDictionary('en'))).toBe(
      'This view: Azure over time · Filter: “aks” · Category: Azure services · Status: Retired · Sorted by: Billing, descending · Columns: Name, Available, Billing',
    );
  });

  it('says "any" for filters left open, in Korean on Korean pages', () => {
    const { state } = parseViewState('');
    const line = describeCompareView(state, getCompareDictionary('ko').compare, getDictionary('ko'));
    expect(line.startsWith('이 보기: ')).toBe(true);
    expect(line).toContain('분류: 전체');
    expect(line).not.toContain('필터');
  });
});
