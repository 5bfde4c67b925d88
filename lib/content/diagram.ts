import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { charEm, textWidth } from '../text-width';

/**
 * Architecture diagrams: Graphviz DOT from a ```diagram fence, laid out at
 * build time into an inline SVG that the page styles (both themes) and that
 * no script in the browser touches.
 *
 * Graphviz measures text with its own font tables, which know Latin but guess
 * Hangul far too narrow; the browser then draws the labels in the site's font.
 * So every node is sized here from our own per-character widths (a CJK
 * character is a full em) and handed to Graphviz as a fixed size.
 */

/** Loaded once per process; the WebAssembly is inlined in the package, nothing is downloaded. */
const graphviz = await Graphviz.load();

/** Node text is drawn at this size (px) by the stylesheet; edge labels smaller (see .diagram in globals.css). */
const NODE_FONT = 14;
const LINE_HEIGHT = 1.35;
const PAD_X = 14;
const PAD_Y = 9;
/** Edge labels are laid out larger than they are drawn (12 px), so Graphviz's narrow guess for Hangul still leaves room. */
const EDGE_LAYOUT_FONT = 17;
/** Cluster labels too: laid out at 18, drawn at 14. */
const CLUSTER_LAYOUT_FONT = 18;
/** The smallest a diagram is drawn on a narrow screen, as a share of its natural size (14 px text stays above 10 px). */
const MIN_SCALE = 0.72;

export interface DiagramMeta {
  title: string;
  description: string;
}

export class DiagramSyntaxError extends Error {
  constructor(
    message: string,
    /** The line inside the DOT source (1-based), when Graphviz names one. */
    readonly dotLine: number | undefined,
  ) {
    super(message);
  }
}

/** Reads `title="…" description="…"` from a fence's meta; backslash escapes a quote. */
export function parseDiagramMeta(meta: string | null | undefined): Partial<DiagramMeta> & { unknown: string[] } {
  const found: Record<string, string> = {};
  for (const match of (meta ?? '').matchAll(/([A-Za-z]+)="((?:[^"\\]|\\.)*)"/g)) {
    found[match[1]!] = match[2]!.replace(/\\(.)/g, '$1').trim();
  }
  const { title, description, ...rest } = found;
  return { title: title || undefined, description: description || undefined, unknown: Object.keys(rest) };
}

/** The lines a DOT label is drawn in: \n, \l and \r break lines; \N is the node's name. */
function labelLines(label: string, name: string): string[] {
  return label
    .replace(/\\N/g, name)
    .split(/\\[nlr]/)
    .filter((line, i, all) => line !== '' || i < all.length - 1);
}

interface JsonNode {
  name: string;
  label?: string;
  shape?: string;
}

function layout(dot: string, format: 'svg' | 'json'): string {
  try {
    return graphviz.layout(dot, format, 'dot');
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).trim();
    const line = /line (\d+)/.exec(message);
    throw new DiagramSyntaxError(message, line ? Number(line[1]) : undefined);
  }
}

/** Defaults every diagram shares; an author's own attributes, coming later, win. */
function withDefaults(dot: string): string {
  const open = dot.indexOf('{');
  if (open < 0) return dot;
  const defaults = `graph [fontsize=${CLUSTER_LAYOUT_FONT}, nodesep=0.3, ranksep=0.45, pad=0.05]; node [shape=box, style=rounded, fontsize=${NODE_FONT}]; edge [fontsize=${EDGE_LAYOUT_FONT}, arrowsize=0.7];`;
  // On the line of the opening brace, so Graphviz's line numbers stay those of the author's source.
  return `${dot.slice(0, open + 1)} ${defaults}${dot.slice(open + 1)}`;
}

const quote = (name: string) => `"${name.replace(/["\\]/g, '\\$&')}"`;

/** Restates every node with a size measured by us; the restatement, last in the graph, overrides. */
function withMeasuredNodes(dot: string): string {
  const graph = JSON.parse(layout(dot, 'json')) as { _subgraph_cnt?: number; objects?: JsonNode[] };
  const nodes = (graph.objects ?? []).slice(graph._subgraph_cnt ?? 0);
  const sizes = nodes
    .filter((node) => !(node.label ?? '').startsWith('<') && node.shape !== 'point')
    .map((node) => {
      const lines = labelLines(node.label ?? '\\N', node.name);
      const width = Math.max(...lines.map((line) => textWidth(line, NODE_FONT)), NODE_FONT) + 2 * PAD_X;
      const height = lines.length * NODE_FONT * LINE_HEIGHT + 2 * PAD_Y;
      return `${quote(node.name)} [fixedsize=true, width=${(width / 72).toFixed(3)}, height=${(height / 72).toFixed(3)}];`;
    });
  const close = dot.lastIndexOf('}');
  return `${dot.slice(0, close)}\n${sizes.join('\n')}\n}`;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Turns Graphviz's stand-alone SVG into markup for the page: no prolog,
 * comments, tooltips, ids (two diagrams on a page would clash) or colours
 * (the stylesheet paints with currentColor), and a title and description for
 * screen readers.
 */
function forThePage(svg: string, meta: DiagramMeta, id: string): string {
  const body = svg
    .slice(svg.indexOf('<svg'))
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replace(/<title>[\s\S]*?<\/title>\s*/g, '')
    .replace(/<polygon fill="white" stroke="none"[^>]*\/>\s*/, '')
    .replace(/ (?:id|fill|stroke|font-family|font-size|xml:space|xmlns:xlink)="[^"]*"/g, '');
  return body.replace(/^<svg width="([\d.]+)pt" height="([\d.]+)pt"([^>]*)>/, (_, width: string, height: string, rest: string) => {
    const natural = Math.ceil(Number(width));
    // Shrinks to the column, but not below MIN_SCALE: past that the figure scrolls in its own box, so labels stay legible on a phone.
    const size = `width="${natural}" height="${Math.ceil(Number(height))}" style="min-width:${Math.round(natural * MIN_SCALE)}px"`;
    return `<svg ${size}${rest.replace(/\s+/g, ' ')} role="img" aria-labelledby="${id}-title ${id}-desc" class="diagram-svg"><title id="${id}-title">${escapeXml(meta.title)}</title><desc id="${id}-desc">${escapeXml(meta.description)}</desc>`;
  });
}

const rendered = new Map<string, string>();

/**
 * A build runs the content loader in several processes (content check, search
 * index, share images, Next's workers); the disk cache lets only the first lay
 * a diagram out. The key covers the source, the meta, the Graphviz build and
 * the code that shapes the SVG, so a change to any of them lays it out anew.
 */
const CACHE_DIR = path.join(process.cwd(), 'node_modules', '.cache', 'container-atlas-diagrams');
const RENDERER = [graphviz.version(), withDefaults, withMeasuredNodes, forThePage, textWidth, charEm].map(String).join('\n');

function readCache(key: string): string | undefined {
  try {
    return readFileSync(path.join(CACHE_DIR, `${key}.svg`), 'utf8');
  } catch {
    return undefined;
  }
}

function writeCache(key: string, svg: string): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written whole, then renamed: two build workers may lay out the same diagram at once.
    const temporary = path.join(CACHE_DIR, `${key}.${process.pid}.tmp`);
    writeFileSync(temporary, svg);
    renameSync(temporary, path.join(CACHE_DIR, `${key}.svg`));
  } catch {
    // A read-only checkout still builds; it just lays diagrams out in every process.
  }
}

/** Build-time cost of diagrams in this process, for the build report (scripts/bench-diagrams.ts). */
export const diagramStats = { renders: 0, memoryHits: 0, diskHits: 0, milliseconds: 0, bytes: 0 };

/** Lays out one diagram to page-ready SVG, once per source and renderer: cached in memory and on disk. Throws DiagramSyntaxError. */
export function renderDiagram(dot: string, meta: DiagramMeta): string {
  const key = createHash('sha256').update(JSON.stringify([RENDERER, dot, meta.title, meta.description])).digest('hex');
  const remembered = rendered.get(key);
  if (remembered) {
    diagramStats.memoryHits += 1;
    return remembered;
  }
  const stored = readCache(key);
  if (stored) {
    diagramStats.diskHits += 1;
    rendered.set(key, stored);
    return stored;
  }
  const started = performance.now();
  const svg = forThePage(layout(withMeasuredNodes(withDefaults(dot)), 'svg'), meta, `diagram-${key.slice(0, 10)}`);
  diagramStats.renders += 1;
  diagramStats.milliseconds += performance.now() - started;
  diagramStats.bytes += svg.length;
  rendered.set(key, svg);
  writeCache(key, svg);
  return svg;
}
