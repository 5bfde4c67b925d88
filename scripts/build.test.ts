import { describe, expect, it } from 'vitest';
import { formatTimings, splitSteps } from './build';

describe('the build runner', () => {
  it('splits an && chain into its steps, in order, and a step into the commands that run side by side', () => {
    expect(splitSteps('npm run content:check && npm run search:index & npm run share:images && next build &&  tsx scripts/csp.ts ')).toEqual([
      ['npm run content:check'],
      ['npm run search:index', 'npm run share:images'],
      ['next build'],
      ['tsx scripts/csp.ts'],
    ]);
  });

  it('prints each step with its time and the total', () => {
    expect(
      formatTimings([
        { step: '  npm run search:index', seconds: 9.5 },
        { step: '  npm run share:images', seconds: 4.5 },
        { step: '(side by side, wall clock)', seconds: 9.6 },
        { step: 'next build', seconds: 61.04 },
      ]),
    ).toMatchInlineSnapshot(`
      "  npm run search:index         9.5 s
        npm run share:images         4.5 s
      (side by side, wall clock)     9.6 s
      next build                    61.0 s
      total                         70.6 s"
    `);
  });
});
