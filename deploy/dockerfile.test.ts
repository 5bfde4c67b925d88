import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * There is no container daemon on this machine or in CI, so the image is not
 * built here (see README, "What is not checked here"). This checks what can be
 * read from the Dockerfile itself.
 */
const text = readFileSync(path.join(import.meta.dirname, 'Dockerfile'), 'utf8');
const instructions = text
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [keyword, ...rest] = line.split(/\s+/);
    return { keyword: keyword!.toUpperCase(), args: rest.join(' ') };
  });
const args = new Map(
  instructions.filter((i) => i.keyword === 'ARG' && i.args.includes('=')).map((i) => i.args.split('=') as [string, string]),
);
const resolve = (value: string) => value.replace(/\$\{(\w+)\}/g, (_, name: string) => args.get(name) ?? '');
const stages = instructions.filter((i) => i.keyword === 'FROM').map((i) => resolve(i.args));
const finalStage = instructions.slice(instructions.findLastIndex((i) => i.keyword === 'FROM'));

describe('deploy/Dockerfile', () => {
  it('is multi-stage: Node builds, unprivileged nginx serves', () => {
    expect(stages).toHaveLength(2);
    expect(stages[0]).toMatch(/^node:[\w.-]+ AS build$/);
    expect(stages[1]).toMatch(/^nginxinc\/nginx-unprivileged:[\w.-]+ AS serve$/);
    expect(instructions).toContainEqual({ keyword: 'RUN', args: 'npm run build' });
  });

  // Node 20 reached end of life on 2026-04-30; nginx 1.28 stopped getting fixes when 1.30 became stable.
  it('builds on a supported Node LTS and serves with the current nginx stable branch', () => {
    expect(stages[0]).toMatch(/^node:24-[\w.-]+ AS build$/);
    expect(stages[1]).toMatch(/^nginxinc\/nginx-unprivileged:1\.30-alpine AS serve$/);
  });

  it('ships only the config and the built site into the final image', () => {
    const copies = finalStage.filter((i) => i.keyword === 'COPY').map((i) => i.args);
    expect(copies).toEqual([
      '--chown=root:root deploy/nginx.conf /etc/nginx/nginx.conf',
      '--from=build --chown=root:root /app/out /usr/share/nginx/html',
    ]);
  });

  it('runs as a non-root user, on the port nginx.conf listens on, with a health check', () => {
    const user = finalStage.findLast((i) => i.keyword === 'USER')?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(0|root)(:|$)/);
    expect(finalStage).toContainEqual({ keyword: 'EXPOSE', args: '8080' });
    const healthcheck = finalStage.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '';
    expect(healthcheck).toContain('http://127.0.0.1:8080/healthz');
  });

  it('pins its base images to a version, not latest', () => {
    for (const stage of stages) expect(stage).not.toMatch(/:latest\b|^[^:]+ AS/);
  });

  it('keeps the build context small', () => {
    const ignore = readFileSync(path.join(import.meta.dirname, 'Dockerfile.dockerignore'), 'utf8').split('\n');
    for (const entry of ['node_modules', '.next', 'out', '.git']) expect(ignore).toContain(entry);
  });
});
