/**
 * Runs deploy/nginx.conf unprivileged on this machine, for the e2e tests and
 * the load test: the same rules as the container, with the root, port and
 * writable paths swapped for local ones. Each swap must find its line, so a
 * change to deploy/nginx.conf that breaks the local copy fails loudly.
 *
 * As a command it runs nginx in the foreground until it gets SIGTERM/SIGINT:
 *   tsx scripts/nginx-local.ts --port 3180 [--root out]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NGINX_CONF = path.join(repo, 'deploy', 'nginx.conf');
const BROTLI_CONF = path.join(repo, 'deploy', 'nginx', 'brotli.conf');
/** Debian's packages: nginx itself, its mime.types, and the optional brotli modules. */
const DEBIAN_MIME_TYPES = '/etc/nginx/mime.types';
const DEBIAN_BROTLI_MODULES = ['filter', 'static'].map((kind) => `/usr/lib/nginx/modules/ngx_http_brotli_${kind}_module.so`);

export function nginxBinary(): string {
  const candidates = [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].filter(Boolean) as string[];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error('nginx is not installed: `apt-get install nginx` (.ci/run does it on a bare machine).');
  return found;
}

export const brotliModuleAvailable = (): boolean => DEBIAN_BROTLI_MODULES.every((module) => existsSync(module));

export interface LocalNginxOptions {
  root: string;
  port: number;
  runDir: string;
}

function swap(config: string, from: string, to: string): string {
  if (!config.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}"; update scripts/nginx-local.ts.`);
  return config.split(from).join(to);
}

/** deploy/nginx.conf with the container's paths and port replaced by local ones. */
export function renderNginxConfig(source: string, { root, port, runDir }: LocalNginxOptions): string {
  // /tmp first: runDir itself usually lives under /tmp.
  let config = swap(source, ' /tmp/', ` ${runDir}/`);
  config = swap(config, 'listen 8080;', `listen 127.0.0.1:${port};`);
  config = swap(config, 'root /usr/share/nginx/html;', `root ${root};`);
  config = swap(config, 'error_log /dev/stderr warn;', `error_log ${runDir}/error.log warn;`);
  config = swap(config, 'access_log /dev/stdout;', `access_log ${runDir}/access.log;`);
  return config;
}

/** Writes the rendered config, mime.types and (where the module exists) brotli into runDir; returns nginx's arguments. */
export function prepareNginx(options: LocalNginxOptions): string[] {
  const { runDir } = options;
  mkdirSync(path.join(runDir, 'atlas.d', 'modules'), { recursive: true });
  mkdirSync(path.join(runDir, 'atlas.d', 'http'), { recursive: true });
  chmodSync(runDir, 0o755);
  let config = renderNginxConfig(readFileSync(NGINX_CONF, 'utf8'), options);
  // Started by root (CI runs as root), nginx would drop its workers to "nobody",
  // who may not be able to read a checkout under /root. Keep them as the
  // invoking user, which is what any non-root run gets anyway.
  if (process.getuid?.() === 0) config = `user root;\n${config}`;
  writeFileSync(path.join(runDir, 'nginx.conf'), config);
  copyFileSync(DEBIAN_MIME_TYPES, path.join(runDir, 'mime.types'));
  if (brotliModuleAvailable()) {
    const loads = DEBIAN_BROTLI_MODULES.map((module) => `load_module ${module};\n`).join('');
    writeFileSync(path.join(runDir, 'atlas.d', 'modules', 'brotli.conf'), loads);
    copyFileSync(BROTLI_CONF, path.join(runDir, 'atlas.d', 'http', 'brotli.conf'));
  }
  return ['-p', runDir, '-c', path.join(runDir, 'nginx.conf'), '-g', 'daemon off;'];
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer ${url}/healthz within ${timeoutMs} ms`);
}

export interface RunningNginx {
  url: string;
  runDir: string;
  stop(): Promise<void>;
}

/** Starts nginx on 127.0.0.1:port serving root; stop() ends it and removes its files. */
export async function startNginx(root: string, port: number): Promise<RunningNginx> {
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-nginx-'));
  const args = prepareNginx({ root: path.resolve(root), port, runDir });
  const child = spawn(nginxBinary(), args, { stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(runDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child);
  } catch (error) {
    const log = existsSync(path.join(runDir, 'error.log')) ? readFileSync(path.join(runDir, 'error.log'), 'utf8') : '';
    await stop();
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return { url, runDir, stop };
}

function argument(name: string, fallback?: string): string {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? fallback : process.argv[index + 1];
  if (value === undefined) throw new Error(`missing ${name}`);
  return value;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const nginx = await startNginx(argument('--root', path.join(repo, 'out')), Number(argument('--port')));
  console.log(`nginx serving on ${nginx.url} (config in ${nginx.runDir})`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void nginx.stop().then(() => process.exit(0)));
  }
}
