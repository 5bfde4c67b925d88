import { describe, expect, it } from 'vitest';
import { type IgnoredParam, paramsFrom, readChoice, readInteger, readList, readText, unknownParams, wellFormed } from './url-state';

describe('url-state readers', () => {
  it('keeps known list items in order, once, and notes unknown ones', () => {
    const ignored: IgnoredParam[] = [];
    const list = readList(paramsFrom('?tech=aks,zun,<b>x</b>,aks'), 'tech', ['aks', 'zun', 'magnum'], ignored);
    expect(list).toEqual(['aks', 'zun']);
    expect(ignored).toEqual([{ param: 'tech', value: '<b>x</b>', reason: 'unknown' }]);
  });

  it('rejects out-of-range and malformed integers', () => {
    const ignored: IgnoredParam[] = [];
    expect(readInteger(paramsFrom('?w=7'), 'w', 0, 3, ignored)).toBeUndefined();
    expect(readInteger(paramsFrom('?w=1e3'), 'w', 0, 3, ignored)).toBeUndefined();
    expect(readInteger(paramsFrom('?w=2'), 'w', 0, 3, ignored)).toBe(2);
    expect(ignored.map((i) => i.reason)).toEqual(['out-of-range', 'malformed']);
  });

  it('bounds free text and notes that it was cut', () => {
    const ignored: IgnoredParam[] = [];
    const text = readText(paramsFrom(`?q=${'a'.repeat(10_000)}`), 'q', ignored);
    expect(text).toHaveLength(200);
    expect(ignored[0]!.reason).toBe('too-long');
  });

  it('survives broken percent-encoding and lone surrogates', () => {
    const ignored: IgnoredParam[] = [];
    expect(readChoice(paramsFrom('?view=%E0%A4%A'), 'view', ['all'], ignored)).toBeUndefined();
    expect(wellFormed('a\uD800b')).toBe('a\uFFFDb');
    expect(() => encodeURIComponent(wellFormed('\uDC00'))).not.toThrow();
  });

  it('names parameters the view does not know', () => {
    const ignored: IgnoredParam[] = [];
    unknownParams(paramsFrom('?q=x&evil=1'), ['q'], ignored);
    expect(ignored).toEqual([{ param: 'evil', value: '1', reason: 'unknown' }]);
  });
});
