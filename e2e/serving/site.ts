import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What the serving tests request, discovered from the build in out/ so they
 * hold for any content (the fixtures here, the real articles later).
 */
const out = path.resolve('out');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

const all = files(out).map((file) => `/${path.relative(out, file).split(path.sep).join('/')}`);

/** Every page's clean URL: /en/tech/aks/index.html is served as /en/tech/aks/. */
export const pages = all
  .filter((file) => file.endsWith('/index.html') && !file.startsWith('/_not-found/') && !file.startsWith('/404/'))
  .map((file) => file.slice(0, -'index.html'.length))
  .sort();

const articles = pages.filter((page) => /^\/en\/tech\/[^/]+\/$/.test(page));
if (articles.length === 0) throw new Error('out/ has no English article: build the site first (npm run build).');
/** An English article, e.g. /en/tech/aks/. */
export const article = articles[0]!;

/** The largest hashed chunk of a kind: big enough that every server compresses it. */
function largestChunk(extension: string): string {
  const chunks = all.filter((file) => file.startsWith('/_next/static/chunks/') && file.endsWith(extension));
  const size = (file: string) => statSync(path.join(out, file)).size;
  const found = chunks.sort((a, b) => size(b) - size(a))[0];
  if (!found) throw new Error(`out/_next/static/chunks has no ${extension} file`);
  return found;
}
export const script = largestChunk('.js');
export const stylesheet = largestChunk('.css');

/** The Content-Security-Policy written into a built page's <meta> tag. */
export function metaPolicy(page: string): string {
  const html = readFileSync(path.join(out, page, 'index.html'), 'utf8');
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html);
  if (!match) throw new Error(`${page} has no CSP meta tag: run \`tsx scripts/csp.ts\` (part of npm run build).`);
  return match[1]!;
}

/** The headers every response carries, in nginx and in serve. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const SHORT = 'public, max-age=300';
