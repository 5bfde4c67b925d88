import { describe, expect, it } from 'vitest';
import { formatTimings, splitSteps } from './build';

describe('the build runner', () => {
  it('splits an && chain into its commands, in order', () => {
    expect(splitSteps('npm run content:check && next build &&  tsx scripts/csp.ts ')).toEqual(['npm run content:check', 'next build', 'tsx scripts/csp.ts']);
  });

  it('prints each step with its time and the total', () => {
    expect(
      formatTimings([
        { step: 'next build', seconds: 61.04 },
        { step: 'npm run share:images', seconds: 4.5 },
      ]),
    ).toMatchInlineSnapshot(`
      "next build              61.0 s
      npm run share:images     4.5 s
      total                   65.5 s"
    `);
  });
});
