import { describe, expect, it } from 'vitest';
import { compileBody } from '../mdx';

describe('section text for search and the table of contents', () => {
  it('keeps table cells and list items apart with spaces', () => {
    const body = compileBody('## Map {#map}\n\n| From | To |\n| --- | --- |\n| DC/OS | 쿠버네티스 |\n\n- Marathon\n- Chronos\n', 'map.mdx');
    if ('problems' in body) throw new Error(JSON.stringify(body.problems));
    expect(body.sections[0]!.text).toBe('From To DC/OS 쿠버네티스 Marathon Chronos');
  });
});
