import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MDXContent } from 'mdx/types';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { LOCALES, type Locale } from '../i18n/locales';
import { type Alias, validateAliases } from './aliases';
import { ContentError, ContentErrors, type ContentProblem, problemsFromZod } from './errors';
import { type CompiledSource, compileSource, runCompiled, type Section } from './mdx';
import { type ParseCache, parseCacheFromEnv } from './parse-cache';
import {
  type ComparisonFact,
  type Criterion,
  criteriaFileSchema,
  type SynonymGroup,
  synonymsFileSchema,
  LANGUAGE_NEUTRAL_FIELDS,
  type MatrixPreset,
  matrixPresetsFileSchema,
  REQUIRED_SECTIONS,
  slugSchema,
  type TechnologyFrontmatter,
  technologyFrontmatterSchema,
} from './schema';

/**
 * The one content loader. Every page, table, the matrix, the search index, the
 * sitemap and the share images read content through it; nothing else opens
 * content/. It validates everything at once and throws a ContentErrors that
 * lists every problem, so a broken article fails the build instead of vanishing.
 */

export interface Technology extends TechnologyFrontmatter {
  locale: Locale;
  /** The file, relative to the project root, for messages and "edit this page" links. */
  file: string;
  Content: MDXContent;
  sections: Section[];
  links: string[];
  plainText: string;
}

export interface Page {
  locale: Locale;
  name: string;
  file: string;
  title: string;
  summary: string;
  Content: MDXContent;
  sections: Section[];
  links: string[];
  plainText: string;
}

export interface ContentSet {
  /** Technologies per locale, sorted by title in that locale. */
  technologies: Record<Locale, Technology[]>;
  /** Free-standing pages (glossary, talk) per locale, by name. */
  pages: Record<Locale, Record<string, Page>>;
  criteria: Criterion[];
  /** Search synonym groups (content/data/synonyms.yaml). */
  synonyms: SynonymGroup[];
  /** Starting weights for the matrix, in file order. */
  presets: MatrixPreset[];
  /** Short top-level links (content/data/aliases.yaml), each to a technology that exists. */
  aliases: Alias[];
}

const pageFrontmatterSchema = z.strictObject({
  /** The page's heading and title. */
  title: z.string().trim().min(1, { error: 'must be the page title' }),
  /** One or two sentences for search results and link previews. */
  summary: z.string().trim().min(1, { error: 'must be a one- or two-sentence summary' }),
});

/** content/, or another folder named by ATLAS_CONTENT_DIR (used to build test fixtures). */
export const CONTENT_ROOT = path.resolve(process.env.ATLAS_CONTENT_DIR ?? path.join(process.cwd(), 'content'));
const LOCALE_NAMES = { en: 'English', ko: 'Korean' } as const;

/** Splits `---\nyaml\n---\nbody`, keeping the body's line numbers equal to the file's. */
function splitFrontmatter(source: string): { yaml: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return null;
  const consumedLines = match[0].split('\n').length - 1;
  return { yaml: match[1]!, body: '\n'.repeat(consumedLines) + source.slice(match[0].length) };
}

function readFrontmatter(
  file: string,
  source: string,
): { data: unknown; body: string } | { problems: ContentProblem[] } {
  const parts = splitFrontmatter(source);
  if (!parts) {
    return { problems: [{ field: '(frontmatter)', message: 'is missing; the file must start with a --- fenced YAML block' }] };
  }
  try {
    return { data: parseYaml(parts.yaml) ?? {}, body: parts.body };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { problems: [{ field: '(frontmatter)', message: `is not valid YAML: ${reason}` }] };
  }
}

/**
 * A file's frontmatter data and a way to its compiled body: from the build's
 * parse cache when this very text was parsed earlier in the build, otherwise
 * parsed here. The caller validates the data either way.
 */
function readSource(
  file: string,
  source: string,
  cache: ParseCache | undefined,
): { data: unknown; compile: (absolute: string) => CompiledSource | { problems: ContentProblem[] }; remember: (body: CompiledSource) => void } | { problems: ContentProblem[] } {
  const cached = cache?.get(file, source);
  if (cached) return { data: cached.data, compile: () => cached.body, remember: () => {} };
  const read = readFrontmatter(file, source);
  if ('problems' in read) return read;
  return {
    data: read.data,
    compile: (absolute) => compileSource(read.body, absolute),
    remember: (body) => cache?.set(file, source, { data: read.data, body }),
  };
}

/** Names a file as a contributor sees it (content/en/x.mdx), wherever the content root is. */
function relative(root: string, file: string): string {
  return ['content', ...path.relative(root, file).split(path.sep)].join('/');
}

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => entry.name)
    .sort();
}

function loadCriteria(root: string, errors: ContentError[]): Criterion[] {
  const file = path.join(root, 'data', 'criteria.yaml');
  const name = relative(root, file);
  if (!existsSync(file)) {
    errors.push(new ContentError(name, [{ field: '(file)', message: 'is missing; the matrix criteria are defined here' }]));
    return [];
  }
  const parsed = criteriaFileSchema.safeParse(parseYaml(readFileSync(file, 'utf8')), { reportInput: true });
  if (!parsed.success) {
    errors.push(new ContentError(name, problemsFromZod(parsed.error)));
    return [];
  }
  return parsed.data;
}

/** The technologies that must exist in every language (content/data/required-technologies.yaml). */
function checkRequired(root: string, fileSlugs: Record<Locale, Set<string>>, errors: ContentError[]): void {
  const file = path.join(root, 'data', 'required-technologies.yaml');
  if (!existsSync(file)) return;
  const name = relative(root, file);
  const parsed = z.array(slugSchema).safeParse(parseYaml(readFileSync(file, 'utf8')), { reportInput: true });
  if (!parsed.success) {
    errors.push(new ContentError(name, problemsFromZod(parsed.error)));
    return;
  }
  const problems: ContentProblem[] = [];
  parsed.data.forEach((slug) => {
    for (const locale of LOCALES) {
      if (!fileSlugs[locale].has(slug)) {
        problems.push({ field: slug, message: `is required (the talk presents it) but content/${locale}/${slug}.mdx does not exist` });
      }
    }
  });
  if (problems.length) errors.push(new ContentError(name, problems));
}

function readDataFile(root: string, name: string, errors: ContentError[]): { file: string; data: unknown } | null {
  const absolute = path.join(root, 'data', name);
  const file = relative(root, absolute);
  if (!existsSync(absolute)) {
    errors.push(new ContentError(file, [{ field: '(file)', message: 'is missing' }]));
    return null;
  }
  try {
    return { file, data: parseYaml(readFileSync(absolute, 'utf8')) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    errors.push(new ContentError(file, [{ field: '(file)', message: `is not valid YAML: ${reason}` }]));
    return null;
  }
}

/** Search synonyms; a name in two groups would make the groups silently merge, so it is an error. */
function loadSynonyms(root: string, errors: ContentError[]): SynonymGroup[] {
  const read = readDataFile(root, 'synonyms.yaml', errors);
  if (!read) return [];
  const parsed = synonymsFileSchema.safeParse(read.data, { reportInput: true });
  if (!parsed.success) {
    errors.push(new ContentError(read.file, problemsFromZod(parsed.error)));
    return [];
  }
  const firstSeen = new Map<string, number>();
  const problems: ContentProblem[] = [];
  parsed.data.forEach((group, i) => {
    group.forEach((term, j) => {
      const key = term.normalize('NFC').toLowerCase();
      const earlier = firstSeen.get(key);
      if (earlier !== undefined) problems.push({ field: `${i}.${j}`, message: `"${term}" is already in group ${earlier}; a name may belong to one group only` });
      else firstSeen.set(key, i);
    });
  });
  if (problems.length) errors.push(new ContentError(read.file, problems));
  return parsed.data;
}

/**
 * Names a preset's problems by its key ("managed-service.weights.cost") rather
 * than its position ("1.weights.cost"), which a contributor would have to count.
 */
function byPresetKey(raw: unknown, problems: ContentProblem[]): ContentProblem[] {
  const items = Array.isArray(raw) ? raw : [];
  return problems.map((problem) => {
    const match = /^(\d+)(\.|$)/.exec(problem.field);
    const key = match ? (items[Number(match[1])] as { key?: unknown } | undefined)?.key : undefined;
    return typeof key === 'string' ? { ...problem, field: key + problem.field.slice(match![1]!.length) } : problem;
  });
}

function loadPresets(root: string, criterionKeys: Set<string>, errors: ContentError[]): MatrixPreset[] {
  const file = path.join(root, 'data', 'matrix-presets.yaml');
  const name = relative(root, file);
  if (!existsSync(file)) {
    errors.push(new ContentError(name, [{ field: '(file)', message: 'is missing; the matrix weight presets are defined here' }]));
    return [];
  }
  const raw: unknown = parseYaml(readFileSync(file, 'utf8'));
  const parsed = matrixPresetsFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    errors.push(new ContentError(name, byPresetKey(raw, problemsFromZod(parsed.error))));
    return [];
  }
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const preset of parsed.data) {
    if (seen.has(preset.key)) problems.push({ field: `${preset.key}.key`, message: 'is used by an earlier preset; each preset needs its own key' });
    seen.add(preset.key);
    for (const key of Object.keys(preset.weights)) {
      if (!criterionKeys.has(key)) problems.push({ field: `${preset.key}.weights.${key}`, message: `is not a known criterion; expected one of ${[...criterionKeys].join(', ')}` });
    }
    for (const key of criterionKeys) {
      if (!(key in preset.weights)) problems.push({ field: `${preset.key}.weights.${key}`, message: 'is missing; give every criterion a weight from 0 to 3' });
    }
  }
  if (problems.length) errors.push(new ContentError(name, problems));
  return parsed.data;
}

/** A preset's technologies must be articles (checked once the articles are known). */
function checkPresetTechnologies(root: string, presets: MatrixPreset[], slugs: ReadonlySet<string>, errors: ContentError[]): void {
  const problems: ContentProblem[] = presets.flatMap((preset) =>
    (preset.technologies ?? []).flatMap((slug, i) =>
      slugs.has(slug) ? [] : [{ field: `${preset.key}.technologies.${i}`, message: `"${slug}" is not the slug of any technology` }],
    ),
  );
  if (problems.length) errors.push(new ContentError(relative(root, path.join(root, 'data', 'matrix-presets.yaml')), problems));
}

/** content/data/aliases.yaml is optional: without it the site simply has no short links. */
function readAliasesFile(root: string, slugs: ReadonlySet<string>, errors: ContentError[]): Alias[] {
  const file = path.join(root, 'data', 'aliases.yaml');
  if (!existsSync(file)) return [];
  const name = relative(root, file);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    errors.push(new ContentError(name, [{ field: '(file)', message: `is not valid YAML: ${reason}` }]));
    return [];
  }
  const { aliases, problems } = validateAliases(data, slugs);
  if (problems.length) errors.push(new ContentError(name, problems));
  return aliases;
}

function loadTechnologyFile(
  root: string,
  locale: Locale,
  fileName: string,
  criteria: Set<string>,
  fileSlugs: Set<string>,
  cache: ParseCache | undefined,
): Technology | ContentError {
  const absolute = path.join(root, locale, fileName);
  const file = relative(root, absolute);
  const read = readSource(file, readFileSync(absolute, 'utf8'), cache);
  if ('problems' in read) return new ContentError(file, read.problems);
  const parsed = technologyFrontmatterSchema.safeParse(read.data, { reportInput: true });
  if (!parsed.success) return new ContentError(file, problemsFromZod(parsed.error));
  const fm = parsed.data;
  const problems: ContentProblem[] = [];
  const expectedSlug = fileName.replace(/\.mdx$/, '');
  if (fm.slug !== expectedSlug && fileSlugs.has(fm.slug)) {
    problems.push({ field: 'slug', message: `"${fm.slug}" is already used by content/${locale}/${fm.slug}.mdx; each technology needs its own slug, equal to its file name "${expectedSlug}"` });
  } else if (fm.slug !== expectedSlug) {
    problems.push({ field: 'slug', message: `must equal the file name "${expectedSlug}", but found "${fm.slug}"` });
  }
  for (const [key] of Object.entries(fm.ratings)) {
    if (!criteria.has(key)) problems.push({ field: `ratings.${key}`, message: `is not a known criterion; expected one of ${[...criteria].join(', ')}` });
  }
  for (const list of ['pros', 'cons'] as const) {
    fm[list].forEach((point, i) => {
      if (point.criterion && !criteria.has(point.criterion)) {
        problems.push({ field: `${list}.${i}.criterion`, message: `"${point.criterion}" is not a known criterion; expected one of ${[...criteria].join(', ')}` });
      }
    });
  }
  for (const fact of Object.keys(fm.comparison.backedBy ?? {}) as ComparisonFact[]) {
    if (fm.comparison[fact] === undefined) {
      problems.push({ field: `comparison.backedBy.${fact}`, message: `names a fact this article does not set; add comparison.${fact} or remove it from backedBy` });
    }
  }
  const body = read.compile(absolute);
  if ('problems' in body) return new ContentError(file, [...problems, ...body.problems]);
  const ids = new Set(body.sections.map((s) => s.id));
  for (const required of REQUIRED_SECTIONS) {
    if (!ids.has(required)) {
      problems.push({ field: 'body', message: `has no section with id "${required}"; add a heading like "## … {#${required}}"` });
    }
  }
  if (problems.length) return new ContentError(file, problems);
  read.remember(body);
  return { ...fm, locale, file, ...runCompiled(body) };
}

function loadPageFile(root: string, locale: Locale, fileName: string, cache: ParseCache | undefined): Page | ContentError {
  const absolute = path.join(root, locale, 'pages', fileName);
  const file = relative(root, absolute);
  const read = readSource(file, readFileSync(absolute, 'utf8'), cache);
  if ('problems' in read) return new ContentError(file, read.problems);
  const parsed = pageFrontmatterSchema.safeParse(read.data, { reportInput: true });
  if (!parsed.success) return new ContentError(file, problemsFromZod(parsed.error));
  const body = read.compile(absolute);
  if ('problems' in body) return new ContentError(file, body.problems);
  read.remember(body);
  return { ...parsed.data, locale, name: fileName.replace(/\.mdx$/, ''), file, ...runCompiled(body) };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Checks that cross files: twins, agreement of language-neutral fields, slugs that must exist. */
function crossCheck(technologies: Record<Locale, Technology[]>, fileSlugs: Record<Locale, Set<string>>, errors: ContentError[]): void {
  const [first, second] = LOCALES;
  for (const locale of LOCALES) {
    // Slugs of every file, valid or not, so one broken file does not cascade into errors in others.
    const known = fileSlugs[locale];
    for (const tech of technologies[locale]) {
      const problems: ContentProblem[] = [];
      for (const field of ['related', 'successors', 'alternatives'] as const) {
        tech[field].forEach((slug, i) => {
          if (!known.has(slug)) problems.push({ field: `${field}.${i}`, message: `"${slug}" is not the slug of any technology in content/${locale}/` });
          if (slug === tech.slug) problems.push({ field: `${field}.${i}`, message: `"${slug}" points at the article itself` });
        });
      }
      if (problems.length) errors.push(new ContentError(tech.file, problems));
    }
  }
  for (const [a, b] of [[first, second], [second, first]] as const) {
    const twins = fileSlugs[b];
    for (const tech of technologies[a]) {
      if (!twins.has(tech.slug)) {
        errors.push(new ContentError(tech.file, [{ field: '(file)', message: `has no ${LOCALE_NAMES[b]} twin; expected content/${b}/${tech.slug}.mdx` }]));
      }
    }
  }
  const seconds = new Map(technologies[second].map((t) => [t.slug, t]));
  for (const tech of technologies[first]) {
    const twin = seconds.get(tech.slug);
    if (!twin) continue;
    const problems: ContentProblem[] = [];
    for (const [field, pick] of Object.entries(LANGUAGE_NEUTRAL_FIELDS)) {
      const mine = pick(tech);
      const theirs = pick(twin);
      if (!sameValue(mine, theirs)) {
        problems.push({ field, message: `is ${JSON.stringify(mine)} here but ${JSON.stringify(theirs)} in ${twin.file}; language-neutral fields must agree` });
      }
    }
    if (problems.length) errors.push(new ContentError(tech.file, problems));
  }
}

function loadContentSet(root: string): ContentSet {
  const errors: ContentError[] = [];
  const cache = parseCacheFromEnv();
  const criteria = loadCriteria(root, errors);
  const synonyms = loadSynonyms(root, errors);
  const criterionKeys = new Set(criteria.map((c) => c.key));
  const presets = loadPresets(root, criterionKeys, errors);
  const technologies = {} as Record<Locale, Technology[]>;
  const pages = {} as Record<Locale, Record<string, Page>>;
  const fileSlugs = {} as Record<Locale, Set<string>>;
  for (const locale of LOCALES) {
    technologies[locale] = [];
    fileSlugs[locale] = new Set(listMdx(path.join(root, locale)).map((name) => name.replace(/\.mdx$/, '')));
    pages[locale] = {};
    for (const fileName of listMdx(path.join(root, locale))) {
      const result = loadTechnologyFile(root, locale, fileName, criterionKeys, fileSlugs[locale], cache);
      if (result instanceof ContentError) errors.push(result);
      else technologies[locale].push(result);
    }
    technologies[locale].sort((a, b) => a.title.localeCompare(b.title, locale));
    for (const fileName of listMdx(path.join(root, locale, 'pages'))) {
      const result = loadPageFile(root, locale, fileName, cache);
      if (result instanceof ContentError) errors.push(result);
      else pages[locale][result.name] = result;
    }
  }
  crossCheck(technologies, fileSlugs, errors);
  checkPresetTechnologies(root, presets, fileSlugs[LOCALES[0]], errors);
  checkRequired(root, fileSlugs, errors);
  const aliases = readAliasesFile(root, fileSlugs[LOCALES[0]], errors);
  if (errors.length) throw new ContentErrors(mergeByFile(errors));
  return { technologies, pages, criteria, synonyms, presets, aliases };
}

/** One block per file, however many checks found problems in it. */
function mergeByFile(errors: ContentError[]): ContentError[] {
  const byFile = new Map<string, ContentProblem[]>();
  for (const error of errors) byFile.set(error.file, [...(byFile.get(error.file) ?? []), ...error.problems]);
  return [...byFile].map(([file, problems]) => new ContentError(file, problems));
}

const loaded = new Map<string, ContentSet>();

/** Loads (once per process) and validates all content under `root`. Throws ContentErrors listing every problem. */
export function loadContent(root: string = CONTENT_ROOT): ContentSet {
  let set = loaded.get(root);
  if (!set) {
    set = loadContentSet(root);
    loaded.set(root, set);
  }
  return set;
}

export function loadTechnologies(locale: Locale, root?: string): Technology[] {
  return loadContent(root).technologies[locale];
}

export function getTechnology(locale: Locale, slug: string, root?: string): Technology | undefined {
  return loadTechnologies(locale, root).find((t) => t.slug === slug);
}

export function getPage(locale: Locale, name: string, root?: string): Page | undefined {
  return loadContent(root).pages[locale][name];
}

/** A page a route is built from; its absence is a build error that names the file to add. */
export function requirePage(locale: Locale, name: string, root?: string): Page {
  const page = getPage(locale, name, root);
  if (!page) throw new Error(`content/${locale}/pages/${name}.mdx is missing; the ${name} page is built from it`);
  return page;
}

export function loadCriteriaList(root?: string): Criterion[] {
  return loadContent(root).criteria;
}

export function loadSynonymGroups(root?: string): SynonymGroup[] {
  return loadContent(root).synonyms;
}

export function loadMatrixPresets(root?: string): MatrixPreset[] {
  return loadContent(root).presets;
}

export function loadAliasList(root?: string): Alias[] {
  return loadContent(root).aliases;
}
