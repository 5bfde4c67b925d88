/**
 * Generates a knowledge base N times the size of content/: every technology
 * article copied N−1 more times under new slugs, in both languages, so the
 * benchmarks can measure how the site behaves as the content grows (issue #13
 * search, issue #15 interactive pages). The copy is loaded by the one content
 * loader through ATLAS_CONTENT_DIR, so it must pass every check real content
 * passes: each copy's slug, related, successors, alternatives and body links
 * point inside the same copy (copy 3 of Docker relates to copy 3 of
 * Kubernetes), titles differ so no two pages are the same, and the data files
 * (aliases, presets, required technologies, synonyms) are kept as they are,
 * still valid since the originals stay.
 *
 *   tsx scripts/generate-kb.ts --factor 10 --out /tmp/atlas-kb-10x
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { LOCALES, type Locale } from '../lib/i18n/locales';

export interface GenerateOptions {
  /** How many times the technologies the result holds: 1 is a plain copy, 10 is ten times the articles. */
  factor: number;
  /** Folder to write; replaced if it exists. */
  outDir: string;
  /** The content to multiply (default: content/ of this project). */
  sourceDir?: string;
}

export interface GeneratedKnowledgeBase {
  outDir: string;
  /** Technologies per language in the result. */
  technologies: number;
  /** Slugs of the original articles, each also present as `<slug>-copy-<n>` for n = 2…factor. */
  originals: string[];
}

/** Frontmatter fields that name other technologies by slug; rewritten so a copy points inside its own copy. */
const SLUG_LISTS = ['related', 'successors', 'alternatives'] as const;

/** How a copy's title says which copy it is, in each language. */
const COPY_LABEL: Record<Locale, (n: number) => string> = {
  en: (n) => `copy ${n}`,
  ko: (n) => `사본 ${n}`,
};

export function copySlug(slug: string, copy: number): string {
  return copy === 1 ? slug : `${slug}-copy-${copy}`;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/;

/** Rewrites one article source for copy `copy` (1 is the original, returned unchanged). */
export function copyArticle(source: string, file: string, locale: Locale, copy: number, known: ReadonlySet<string>): string {
  if (copy === 1) return source;
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter block to rewrite`);
  const doc = parseDocument(match[1]!);
  if (doc.errors.length) throw new Error(`${file}: frontmatter is not valid YAML (${doc.errors[0]!.message.split('\n')[0]})`);
  const slug = doc.get('slug');
  const title = doc.get('title');
  if (typeof slug !== 'string' || typeof title !== 'string') throw new Error(`${file}: slug and title must be strings`);
  const rename = (other: string) => (known.has(other) ? copySlug(other, copy) : other);
  doc.set('slug', copySlug(slug, copy));
  doc.set('title', `${title} (${COPY_LABEL[locale](copy)})`);
  for (const field of SLUG_LISTS) {
    const list = doc.get(field);
    if (list === undefined) continue;
    const slugs = (list as { toJSON(): unknown }).toJSON();
    if (!Array.isArray(slugs)) throw new Error(`${file}: ${field} must be a list of slugs`);
    doc.set(field, doc.createNode(slugs.map((s) => rename(String(s))), { flow: true }));
  }
  // Links between articles in the body (/en/tech/docker/ or /ko/tech/docker/#how-it-works) stay inside the copy.
  const body = source.slice(match[0].length).replace(/\/(en|ko)\/tech\/([a-z0-9-]+)\//g, (all, lang: string, other: string) =>
    known.has(other) ? `/${lang}/tech/${copySlug(other, copy)}/` : all,
  );
  return `---\n${doc.toString().trimEnd()}\n---\n${body}`;
}

function articleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => entry.name)
    .sort();
}

export function generateKnowledgeBase(options: GenerateOptions): GeneratedKnowledgeBase {
  const { factor, outDir } = options;
  const sourceDir = path.resolve(options.sourceDir ?? path.join(process.cwd(), 'content'));
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number of 1 or more, got ${factor}`);
  if (path.resolve(outDir) === sourceDir) throw new Error('outDir must not be the content folder itself');
  const perLocale = LOCALES.map((locale) => articleFiles(path.join(sourceDir, locale)));
  const originals = perLocale[0]!.map((name) => name.replace(/\.mdx$/, ''));
  const known = new Set(originals);
  for (const slug of originals) {
    for (let copy = 2; copy <= factor; copy++) {
      if (known.has(copySlug(slug, copy))) throw new Error(`${copySlug(slug, copy)} already exists in ${sourceDir}; cannot copy ${slug} under that name`);
    }
  }

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // Everything but the articles (data files, free-standing pages) is copied once, as it is.
  cpSync(sourceDir, outDir, { recursive: true, filter: (from) => !(from.endsWith('.mdx') && LOCALES.some((l) => path.dirname(from) === path.join(sourceDir, l))) });
  LOCALES.forEach((locale, i) => {
    const from = path.join(sourceDir, locale);
    const to = path.join(outDir, locale);
    if (!existsSync(to)) mkdirSync(to, { recursive: true });
    for (const name of perLocale[i]!) {
      const source = readFileSync(path.join(from, name), 'utf8');
      const slug = name.replace(/\.mdx$/, '');
      for (let copy = 1; copy <= factor; copy++) {
        const file = `content/${locale}/${name}`;
        writeFileSync(path.join(to, `${copySlug(slug, copy)}.mdx`), copyArticle(source, file, locale, copy, known));
      }
    }
  });
  return { outDir, technologies: originals.length * factor, originals };
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const factor = Number(argument('factor') ?? 10);
  const outDir = argument('out');
  if (!outDir) {
    console.error('usage: tsx scripts/generate-kb.ts --factor 10 --out <folder>  (then ATLAS_CONTENT_DIR=<folder> npm run build)');
    process.exit(1);
  }
  const result = generateKnowledgeBase({ factor, outDir: path.resolve(outDir), sourceDir: argument('from') });
  console.log(`Knowledge base ×${factor}: ${result.technologies} technologies per language in ${result.outDir}`);
}
