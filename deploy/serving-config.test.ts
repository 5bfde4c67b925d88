import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_CSP } from '../scripts/csp/policy';
import { renderNginxConfig } from '../scripts/nginx-local';

/** nginx (production) and serve (npm start) must send the same headers; this keeps the two files in step. */
const nginx = readFileSync(path.join(import.meta.dirname, 'nginx.conf'), 'utf8');
const serve = JSON.parse(readFileSync(path.join(import.meta.dirname, 'serve.json'), 'utf8')) as {
  public: string;
  cleanUrls: boolean;
  trailingSlash: boolean;
  headers: { source: string; headers: { key: string; value: string }[] }[];
};

const nginxHeaders = new Map(
  [...nginx.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map(([, key, value]) => [key!, value!]),
);
const serveHeaders = (source: string) => new Map(serve.headers.find((rule) => rule.source === source)!.headers.map((h) => [h.key, h.value]));

describe('nginx and serve send the same headers', () => {
  it('the same security headers, with the CSP the build assumes', () => {
    const everywhere = serveHeaders('**');
    everywhere.delete('Cache-Control');
    expect(nginxHeaders).toEqual(everywhere);
    expect(nginxHeaders.get('Content-Security-Policy')).toBe(HEADER_CSP);
  });

  it('the same caching rules', () => {
    const map = /map \$uri \$atlas_cache_control \{([^}]*)\}/.exec(nginx)![1]!;
    expect(map).toContain(`~^/_next/static/ "${serveHeaders('_next/static/**').get('Cache-Control')}"`);
    expect(map).toContain(`~^/islands/      "${serveHeaders('islands/**').get('Cache-Control')}"`);
    expect(map).toContain(`/404.html        "${serveHeaders('404.html').get('Cache-Control')}"`);
    expect(map).toContain(`default          "${serveHeaders('**').get('Cache-Control')}"`);
    expect(nginx).toContain('add_header Cache-Control $atlas_cache_control always;');
  });

  it('clean URLs with trailing slashes in both', () => {
    expect(serve).toMatchObject({ public: 'out', cleanUrls: true, trailingSlash: true });
    expect(nginx).toContain('error_page 404 /404.html;');
    expect(nginx).toContain('absolute_redirect off;');
  });
});

describe('the local nginx copy', () => {
  it('swaps only the port, root and writable paths', () => {
    const local = renderNginxConfig(nginx, { root: '/srv/out', port: 4321, runDir: '/tmp/run' });
    expect(local).toContain('listen 127.0.0.1:4321;');
    expect(local).toContain('root /srv/out;');
    expect(local).toContain('pid /tmp/run/nginx.pid;');
    expect(local).toContain('client_body_temp_path /tmp/run/client_temp;');
    const directives = local.replace(/#.*$/gm, '');
    expect(directives).not.toMatch(/8080|\/usr\/share\/nginx|\/dev\/std/);
    // Every rule line is otherwise identical.
    const rules = (config: string) => config.split('\n').filter((line) => /add_header|location|map |error_page|gzip|return/.test(line));
    expect(rules(local)).toEqual(rules(nginx));
  });

  it('fails loudly when the container config changes shape', () => {
    expect(() => renderNginxConfig(nginx.replace('listen 8080;', 'listen 80;'), { root: '/r', port: 1, runDir: '/t' })).toThrow(/listen 8080/);
  });
});
