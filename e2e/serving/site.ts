import { readFileSync } from 'node:fs';
import path from 'node:path';
import { discoverSite } from '../../scripts/out-site';

const out = path.resolve('out');
export const { pages, article, script, stylesheet, islandsScript } = discoverSite(out);

/** The Content-Security-Policy written into a built page's <meta> tag. */
export function metaPolicy(page: string): string {
  const html = readFileSync(path.join(out, page, 'index.html'), 'utf8');
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html);
  if (!match) throw new Error(`${page} has no CSP meta tag: run \`tsx scripts/finish-pages.ts\` (part of npm run build).`);
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
