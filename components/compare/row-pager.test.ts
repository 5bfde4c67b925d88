import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getCompareDictionary } from '@/lib/i18n/compare-dictionary';
import { ROWS_PER_PAGE, RowPager } from './row-pager';

const pager = (listed: number, shown: number, locale: 'en' | 'ko' = 'en') =>
  renderToStaticMarkup(createElement(RowPager, { listed, shown, onMore: () => undefined, t: getCompareDictionary(locale).compare })).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the comparison row pager', () => {
  it('is absent while the table lists every row', () => {
    expect(pager(30, 30)).toBe('');
  });

  it('says how many rows the table lists and offers the next page and the rest', () => {
    expect(pager(ROWS_PER_PAGE, 300)).toBe('The table lists the first 50 of these 300; the downloads hold all of them. Show 50 more Show all 300');
    expect(pager(ROWS_PER_PAGE * 5, 280)).toContain('Show 30 more');
  });

  it('speaks Korean on the Korean page', () => {
    expect(pager(ROWS_PER_PAGE, 300, 'ko')).toBe('표에는 300개 중 처음 50개만 나와 있습니다. 내려받은 파일에는 모두 들어 있습니다. 50개 더 보기 300개 모두 보기');
  });
});
