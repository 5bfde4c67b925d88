import { expect, test, type APIResponse } from '@playwright/test';
import { article, IMMUTABLE, islandsScript, metaPolicy, pages, script, SECURITY_HEADERS, SHORT, stylesheet } from './site';

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toBe(value);
}

test('pages carry the security headers and a short cache', async ({ request }) => {
  for (const path of ['/', '/en/', article]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers()['cache-control']).toBe(SHORT);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
  }
});

test('the changes feeds are served as Atom in UTF-8, with the headers of a page', async ({ request }) => {
  for (const locale of ['en', 'ko']) {
    const response = await request.get(`/${locale}/changes/feed.xml`);
    expect(response.status(), locale).toBe(200);
    expect(response.headers()['content-type'], locale).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers()['cache-control'], locale).toBe(SHORT);
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  }
});

test('hashed build assets are cached for a year, immutable', async ({ request }) => {
  for (const path of [script, stylesheet, islandsScript]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(IMMUTABLE);
    expectSecurityHeaders(response);
  }
});

test('every page has its own script-hash policy, with no unsafe-eval or unsafe-inline', async ({ request }) => {
  const header = SECURITY_HEADERS['content-security-policy']!;
  for (const page of pages) {
    const policy = metaPolicy(page);
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+;/);
    for (const text of [policy, header]) {
      expect(text).not.toContain('unsafe-eval');
      expect(text).not.toContain("'unsafe-inline'");
    }
    // What the server sends is the built file, meta tag included.
    const body = await (await request.get(page)).text();
    expect(body).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}"/>`);
  }
});

test('a page without its trailing slash redirects to it, permanently', async ({ request }) => {
  const bare = article.slice(0, -1);
  const response = await request.get(bare, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe(article);
  const followed = await request.get(bare);
  expect(followed.status()).toBe(200);
  expect(followed.url()).toMatch(new RegExp(`${article}$`));
});

test('/index.html addresses end on the clean URL', async ({ request }) => {
  const response = await request.get(`${article}index.html`);
  expect(response.status()).toBe(200);
  expect(new URL(response.url()).pathname).toBe(article);
});

test('an unknown address is a real 404 with the site 404 page, never cached', async ({ request }) => {
  for (const path of ['/en/tech/no-such-thing/', '/no-such-page', '/_next/static/chunks/no-such-chunk.js']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers()['cache-control'], path).toBe('no-store');
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('Page not found');
  }
});

test('HTML, JavaScript and CSS are gzip-compressed when the client accepts gzip', async ({ request }) => {
  for (const path of ['/en/', article, script, stylesheet]) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers()['content-encoding'], path).toBe('gzip');
    expect(response.headers()['vary'], path).toMatch(/Accept-Encoding/i);
  }
});

test('a compressed response has the same content as the uncompressed one', async ({ request }) => {
  // Guards against a stale precompressed .gz beside a page rewritten after it.
  for (const path of ['/en/', article, script]) {
    const plain = await (await request.get(path, { headers: { 'Accept-Encoding': 'identity' } })).text();
    const gzipped = await (await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })).text();
    expect(gzipped, path).toBe(plain);
  }
});
