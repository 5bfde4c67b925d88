import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Production serving checks (headers, clean URLs, 404, caching, CSP), run
 * against the real nginx with deploy/nginx.conf and against `serve` with
 * deploy/serve.json (what `npm start` runs), so both are held to the same
 * behaviour. Needs a built out/ (`npm run build`) and Debian's nginx.
 */

/** Two free loopback ports, picked once; worker processes inherit them through the environment. */
function freePorts(): [string, string] {
  const script =
    "const net=require('net');const a=net.createServer().listen(0,'127.0.0.1',()=>{const b=net.createServer().listen(0,'127.0.0.1',()=>{" +
    "console.log(a.address().port+' '+b.address().port);a.close();b.close();});});";
  const [first, second] = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(' ');
  return [first!, second!];
}
if (!process.env.NGINX_E2E_PORT || !process.env.SERVE_E2E_PORT) {
  [process.env.NGINX_E2E_PORT, process.env.SERVE_E2E_PORT] = freePorts();
}
const nginxUrl = `http://127.0.0.1:${process.env.NGINX_E2E_PORT}`;
const serveUrl = `http://127.0.0.1:${process.env.SERVE_E2E_PORT}`;

const systemChromium = '/usr/bin/chromium';
const chromium = {
  ...devices['Desktop Chrome'],
  channel: undefined,
  launchOptions: {
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

export default defineConfig({
  testDir: 'e2e/serving',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'nginx', use: { ...chromium, baseURL: nginxUrl } },
    // /healthz and brotli exist only in nginx.
    { name: 'serve', use: { ...chromium, baseURL: serveUrl }, testIgnore: /nginx-only\.spec\.ts/ },
  ],
  webServer: [
    {
      // Node itself, not npx: Playwright waits for this process, so nginx-local.ts can stop nginx and clean up.
      command: `node --import tsx scripts/nginx-local.ts --port ${process.env.NGINX_E2E_PORT}`,
      url: `${nginxUrl}/healthz`,
      reuseExistingServer: false,
      timeout: 30_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      command: `npx serve -c deploy/serve.json -l tcp://127.0.0.1:${process.env.SERVE_E2E_PORT} --no-clipboard --no-request-logging`,
      url: `${serveUrl}/en/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
