import { describe, expect, it } from 'vitest';
import { sameExceptHandlers } from './same-except-handlers';

describe('sameExceptHandlers', () => {
  const chosen = ['zun'];
  it('treats props that differ only in their handlers as the same', () => {
    expect(sameExceptHandlers({ chosen, onChange: () => 1 }, { chosen, onChange: () => 2 })).toBe(true);
  });
  it('sees a changed data prop, a new array included', () => {
    expect(sameExceptHandlers({ chosen, hide: false }, { chosen, hide: true })).toBe(false);
    expect(sameExceptHandlers({ chosen }, { chosen: [...chosen] })).toBe(false);
  });
  it('sees a prop that appeared or went', () => {
    expect(sameExceptHandlers<{ a?: number }>({ a: 1 }, {})).toBe(false);
  });
});
