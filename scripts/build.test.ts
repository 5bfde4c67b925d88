import { describe, expect, it } from 'vitest';
import { childCpuSeconds, formatTimings, splitSteps } from './build';

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

  it('prints processor time beside wall time when the steps report it', () => {
    expect(
      formatTimings([
        { step: '  npm run search:index', seconds: 9.5, cpuSeconds: 12.25 },
        { step: '  npm run share:images', seconds: 4.5, cpuSeconds: 6 },
        { step: '(side by side, wall clock)', seconds: 9.6, cpuSeconds: 18.25 },
        { step: 'next build', seconds: 61.04, cpuSeconds: 90.5 },
      ]),
    ).toMatchInlineSnapshot(`
      "  npm run search:index         9.5 s    12.3 s CPU
        npm run share:images         4.5 s     6.0 s CPU
      (side by side, wall clock)     9.6 s    18.3 s CPU
      next build                    61.0 s    90.5 s CPU
      total                         70.6 s   108.8 s CPU"
    `);
  });

  it("reads the processor time of a shell's children from `times`", () => {
    expect(childCpuSeconds('0m0.01s 0m0.00s\n1m2.50s 0m3.25s\n')).toBe(65.75);
    expect(childCpuSeconds('0m0.001000s 0m0.002000s\n0m10.500000s 0m1.000000s')).toBe(11.5);
    expect(childCpuSeconds('')).toBeUndefined();
  });
});
