import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export const OUT = path.join(process.cwd(), 'out');

/** Decodes the QR code in a PNG (a screenshot or a download) with a real decoder; null if none is found. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null;
}

/** Width and height from a PNG's header, after checking its signature and that IHDR comes first. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error(`${file} is not a PNG (signature ${signature})`);
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error(`${file} has no IHDR chunk first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every page the build wrote as an index.html, as a URL path (/en/tech/aks/). */
export function builtPagePaths(dir = OUT, prefix = '/'): string[] {
  if (!existsSync(dir)) return [];
  const paths: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('_')) paths.push(...builtPagePaths(path.join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.name === 'index.html') paths.push(prefix);
  }
  return paths;
}

/** The value of one <meta> in a built HTML file. */
export function metaContent(html: string, key: string): string | undefined {
  const tag = [...html.matchAll(/<meta\s[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`property="${key}"`) || t.includes(`name="${key}"`));
  return tag ? /content="([^"]*)"/.exec(tag)?.[1] : undefined;
}
