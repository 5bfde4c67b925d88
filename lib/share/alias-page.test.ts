import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../site';
import { aliasPageHtml } from './alias-page';

const html = aliasPageHtml({ alias: 'k8s', slug: 'kubernetes', titles: { en: 'Kubernetes', ko: '쿠버네티스 <b>' }, summary: 'An "orchestrator" & more.' });

describe('aliasPageHtml', () => {
  it('names the English article as canonical, with both languages as alternates', () => {
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/en/tech/kubernetes/">`);
    expect(html).toContain(`<link rel="alternate" hreflang="ko" href="${SITE_URL}/ko/tech/kubernetes/">`);
  });

  it('redirects readers without JavaScript to the English article, and links both languages', () => {
    expect(html).toContain('<noscript><meta http-equiv="refresh" content="0; url=/en/tech/kubernetes/"></noscript>');
    expect(html).toContain('<a href="/en/tech/kubernetes/" hreflang="en">');
    expect(html).toContain('<a href="/ko/tech/kubernetes/" hreflang="ko">');
  });

  it('picks the language with the same inline script as the language picker, aimed at the article', () => {
    expect(html).toMatch(/<script>\(function\(\)\{try\{var l=localStorage\.getItem\('atlas-locale'\).*location\.replace\('\/'\+l\+'\/tech\/kubernetes\/'\+location\.search\+location\.hash\)/);
  });

  it('escapes titles and summaries', () => {
    expect(html).toContain('쿠버네티스 &lt;b&gt;');
    expect(html).toContain('content="An &quot;orchestrator&quot; &amp; more."');
    expect(html).not.toContain('<b>');
  });
});

describe('aliasPageHtml markup', () => {
  it('reads back as the same texts: nothing in a title or summary becomes markup', async () => {
    const { parse } = await import('parse5');
    const hostile = aliasPageHtml({ alias: 'x', slug: 'kubernetes', titles: { en: '</title><script>alert(1)</script>', ko: '"><b>' }, summary: '" onload="alert(1)' });
    const document = parse(hostile);
    const text = (node: unknown): string => JSON.stringify(node, (key, value) => (key === 'parentNode' ? undefined : value));
    const tree = text(document);
    expect(tree).not.toContain('"tagName":"b"');
    expect((tree.match(/"tagName":"script"/g) ?? []).length).toBe(1);
    expect(hostile).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; · Container Atlas</title>');
    expect(hostile).toContain('<meta name="description" content="&quot; onload=&quot;alert(1)">');
  });
});
