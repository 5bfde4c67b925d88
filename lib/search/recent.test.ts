import { describe, expect, it } from 'vitest';
import { addRecent, parseRecent, RECENT_LIMIT } from './recent';

describe('recent searches', () => {
  it('puts the latest first, once, and keeps a short list', () => {
    let list: string[] = [];
    for (const q of ['pod', '쿠버네티스', 'pod', 'aks', 'helm', 'zun', 'kolla']) list = addRecent(list, q);
    expect(list).toEqual(['kolla', 'zun', 'helm', 'aks', 'pod']);
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(addRecent(list, '   ')).toEqual(list);
  });

  it('ignores stored values that are not a list of short strings', () => {
    expect(parseRecent('{"a":1}')).toEqual([]);
    expect(parseRecent('not json')).toEqual([]);
    expect(parseRecent(JSON.stringify(['ok', 3, 'x'.repeat(500)]))).toEqual(['ok']);
  });
});
