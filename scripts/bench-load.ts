/**
 * Load test of the two ways the site is served: nginx with deploy/nginx.conf
 * (production) and `serve` with deploy/serve.json (npm start). Both run on
 * 127.0.0.1 only, started here and stopped at the end. Each run is bounded in
 * time and in requests. Prints requests per second and latency percentiles,
 * and exits 1 if any request errors, times out or gets a 4xx/5xx.
 *
 *   npm run build && npm run bench:load
 *   LOAD_SECONDS=10 LOAD_CONNECTIONS=10 LOAD_MAX_REQUESTS=300000 npm run bench:load
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startNginx } from './nginx-local';
import { discoverSite } from './out-site';

const seconds = Number(process.env.LOAD_SECONDS ?? 10);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 10);
const maxRequests = Number(process.env.LOAD_MAX_REQUESTS ?? 300_000);
const out = path.resolve('out');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function startServe(port: number) {
  const bin = path.resolve('node_modules/serve/build/main.js');
  const args = [bin, '-c', 'deploy/serve.json', '-l', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/en/`);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return { url, stop };
}

interface Row {
  server: string;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  failures: number;
}

async function load(server: string, url: string, paths: string[]): Promise<Row> {
  // Every path must answer 200 before the run, so the run measures serving, not mistakes.
  for (const p of paths) {
    const response = await fetch(url + p);
    if (response.status !== 200) throw new Error(`${server}: ${p} answered ${response.status}`);
  }
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    maxOverallRequests: maxRequests,
    // gzip like the container image (which has no brotli); each connection cycles through the paths.
    requests: paths.map((p) => ({ method: 'GET' as const, path: p, headers: { 'accept-encoding': 'gzip' } })),
  });
  const failures = result.errors + result.timeouts + result['4xx'] + result['5xx'];
  return {
    server,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    failures,
  };
}

const site = discoverSite(out);
const paths = ['/', '/en/', '/ko/', site.article, site.script, site.stylesheet];
const nginx = await startNginx(out, await freePort());
const serve = await startServe(await freePort()).catch(async (error: unknown) => {
  await nginx.stop();
  throw error;
});

const rows: Row[] = [];
try {
  rows.push(await load('nginx (deploy/nginx.conf)', nginx.url, paths));
  rows.push(await load('serve (npm start)', serve.url, paths));
} finally {
  await Promise.all([nginx.stop(), serve.stop()]);
}

console.log(`\n${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, Node ${process.version}; ` +
  `${connections} connections, ${seconds} s or ${maxRequests} requests per server, paths: ${paths.join(' ')}\n`);
console.log('| server | requests | req/s | p50 ms | p90 ms | p99 ms | failed |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.server} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.failures} |`);

const failed = rows.filter((r) => r.failures > 0 || r.requests === 0);
if (failed.length > 0) {
  console.error(`\nFAILED: ${failed.map((r) => `${r.server}: ${r.failures} failed requests`).join('; ')}`);
  process.exit(1);
}
