import { expect, test } from '@playwright/test';
import { brotliModuleAvailable } from '../../scripts/nginx-local';
import { article, SECURITY_HEADERS } from './site';

test('/healthz answers 200 for probes', async ({ request }) => {
  const response = await request.get('/healthz');
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe('ok\n');
});

test('redirects carry the security headers too', async ({ request }) => {
  const response = await request.get(article.slice(0, -1), { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers()[name], name).toBe(value);
});

test('the server does not announce its version', async ({ request }) => {
  expect((await request.get('/en/')).headers()['server']).toBe('nginx');
});

test('brotli is preferred where the modules are installed (Debian: libnginx-mod-http-brotli-*)', async ({ request }) => {
  // .ci/run installs the modules, so in CI this always asserts brotli.
  test.skip(!brotliModuleAvailable(), 'the nginx brotli modules are not installed here; gzip is checked elsewhere');
  for (const path of ['/en/', article]) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(response.headers()['content-encoding'], path).toBe('br');
    const plain = await (await request.get(path, { headers: { 'Accept-Encoding': 'identity' } })).text();
    expect(await response.text(), path).toBe(plain);
  }
});
