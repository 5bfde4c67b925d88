import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getDictionary } from '@/lib/i18n/dictionary';
import { getMatrixDictionary } from '@/lib/i18n/matrix-dictionary';
import { tech } from '@/lib/matrix/test-fixtures';
import { LARGE_GROUP, TechnologyPicker } from './technology-picker';

const names = getDictionary('en');

function picker(count: number, chosen: string[]) {
  const technologies = Array.from({ length: count }, (_, i) => tech(`tool-${i}`, {}));
  const html = renderToStaticMarkup(
    createElement(TechnologyPicker, {
      technologies,
      chosen,
      hideRetired: false,
      onChange: () => undefined,
      onHideRetired: () => undefined,
      defaultSet: [],
      t: getMatrixDictionary('en'),
      categoryLabels: names.categories,
      statusLabels: names.statuses,
    }),
  );
  return { boxes: [...html.matchAll(/data-tech-choice="([^"]+)"/g)].map((m) => m[1]), html };
}

describe('the technology picker', () => {
  it('lists every technology of a group up to LARGE_GROUP', () => {
    const { boxes, html } = picker(LARGE_GROUP, ['tool-3']);
    expect(boxes).toHaveLength(LARGE_GROUP);
    expect(html).not.toContain('data-show-group');
  });

  it('folds a larger group to its chosen technologies, with a button for the rest', () => {
    const { boxes, html } = picker(LARGE_GROUP * 10, ['tool-7', 'tool-100']);
    expect(boxes).toEqual(['tool-7', 'tool-100']);
    expect(html).toContain(`List all ${LARGE_GROUP * 10} (2 chosen)`);
  });

  it('lists at most LARGE_GROUP chosen technologies of a folded group, so choosing all stays quick', () => {
    const all = Array.from({ length: LARGE_GROUP * 10 }, (_, i) => `tool-${i}`);
    const { boxes, html } = picker(LARGE_GROUP * 10, all);
    expect(boxes).toHaveLength(LARGE_GROUP);
    expect(html).toContain(`(${LARGE_GROUP * 10} chosen)`);
  });
});
