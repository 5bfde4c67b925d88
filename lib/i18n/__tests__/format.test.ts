import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../format';

describe('formatPartialDate', () => {
  it('formats each date at the precision it was given, in both languages, whatever came before', () => {
    // Interleaved, so a formatter reused for the wrong precision or language would show.
    const dates = ['2017', '2017-12', '2017-12-05', '2014-06', '2020-01-31', '2008'];
    expect(dates.flatMap((d) => [formatPartialDate(d, 'en'), formatPartialDate(d, 'ko')])).toEqual([
      '2017',
      '2017년',
      'December 2017',
      '2017년 12월',
      '5 December 2017',
      '2017년 12월 5일',
      'June 2014',
      '2014년 6월',
      '31 January 2020',
      '2020년 1월 31일',
      '2008',
      '2008년',
    ]);
  });
});
