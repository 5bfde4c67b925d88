import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Technology } from '@/lib/content/load';
import { LifecycleBanner } from './lifecycle-banner';

const titles = new Map([
  ['aks', 'AKS'],
  ['k3s', 'k3s'],
  ['nomad', 'Nomad'],
]);

function banner(fields: Partial<Technology>, locale: 'en' | 'ko' = 'en'): string {
  const tech = { status: { state: 'retired', since: '2020-01-31', note: 'Gone.' }, successors: [], alternatives: [], ...fields } as unknown as Technology;
  return renderToStaticMarkup(createElement(LifecycleBanner, { tech, titles, locale }));
}

/** The text of the banner line marked data-banner-list="kind", tags removed. */
function line(html: string, kind: string): string | undefined {
  const match = new RegExp(`<p[^>]*data-banner-list="${kind}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
  return match?.[1]!.replace(/<[^>]+>/g, '').replace(/<!-- -->/g, '');
}

describe('LifecycleBanner', () => {
  it('names the successors and, apart from them, what people use today', () => {
    const html = banner({ successors: ['aks'], alternatives: ['k3s', 'nomad'] });
    expect(line(html, 'successors')).toBe('Use instead: AKS');
    expect(line(html, 'alternatives')).toBe('Used today instead: k3s, Nomad');
    expect(html).toContain('href="/en/tech/nomad/"');
  });

  it('shows alternatives alone when no successor was named, in Korean too', () => {
    const html = banner({ alternatives: ['nomad'] }, 'ko');
    expect(line(html, 'successors')).toBeUndefined();
    expect(line(html, 'alternatives')).toBe('지금 대신 쓰는 기술: Nomad');
    expect(html).toContain('href="/ko/tech/nomad/"');
  });

  it('says nothing for an active technology', () => {
    expect(banner({ status: { state: 'active', since: '2015', note: 'Fine.' }, alternatives: ['nomad'] })).toBe('');
  });
});
