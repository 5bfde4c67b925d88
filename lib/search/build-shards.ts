import { Encoder, Index } from 'flexsearch';
import type { ContentSet } from '../content/load';
import type { Locale } from '../i18n/locales';
import { type Collected, collectSearchDocuments } from './collect-documents';
import { isHangul } from './normalize';
import {
  type Buckets,
  type ManifestFile,
  manifestPath,
  type Postings,
  type RelationsFile,
  relationsPath,
  type SectionFile,
  sectionPath,
  SHARD_INDEX_VERSION,
  SHARD_TARGET_BYTES,
  shardHolding,
  shardPath,
  type VocabularyFile,
  vocabularyPath,
} from './shard-format';
import { mergeSynonymGroups, technologyNames } from './names';
import { textTerms } from './terms';

/**
 * Builds one language's split index from the content loader. FlexSearch does
 * the indexing: one index per field, whose exported term map (a term's
 * section ids in relevance buckets) is cut into shards by term. The browser
 * reads those posting lists directly (see shard-search.ts for why it does not
 * load FlexSearch itself).
 */

const FIELDS = 3;
const RESOLUTION = 9;

function fieldIndex(): Index {
  // Terms arrive encoded by encodeWord and joined by spaces: FlexSearch must only split on spaces.
  const encoder = new Encoder({ normalize: false, split: ' ', numeric: false, dedupe: false, cache: false, minlength: 1 });
  return new Index({ tokenize: 'strict', encoder, resolution: RESOLUTION, cache: false });
}

/** FlexSearch's export of its term map: [term, buckets of ids][]. */
function exportedTerms(index: Index): [string, (number[] | null)[]][] {
  const entries: [string, (number[] | null)[]][] = [];
  index.export((key: string, data: string) => {
    if (key.endsWith('map')) entries.push(...(JSON.parse(data) as [string, (number[] | null)[]][]));
  });
  return entries;
}

function deltaEncode(ids: number[]): number[] {
  const sorted = [...ids].sort((a, b) => a - b);
  return sorted.map((id, i) => (i === 0 ? id : id - sorted[i - 1]!));
}

function compactBuckets(buckets: (number[] | null)[]): Buckets {
  const out: Buckets = buckets.map((ids) => (ids && ids.length ? deltaEncode(ids) : 0));
  while (out.length && out.at(-1) === 0) out.pop();
  return out;
}

/** The postings of every term, from the three FlexSearch fields. */
function postingsOf(collected: Collected, pageStarts: number[]): Map<string, Postings> {
  const fields = Array.from({ length: FIELDS }, fieldIndex);
  collected.docs.forEach((doc, id) => {
    const page = collected.pages[doc.page]!;
    if (pageStarts[doc.page] === id) fields[0]!.add(id, textTerms(page.title).join(' '));
    // A section's heading field carries its page's title too: "Kubernetes › Pods" should rank for both words.
    // A page's summary carries its label as well ("Orchestrators · Active"): what kind of thing a page is about
    // weighs like a heading, so "orchestrators" ranks the orchestrators above a page that discusses them at length.
    const heading = pageStarts[doc.page] === id ? `${doc.heading} ${page.label}` : doc.heading === page.title ? doc.heading : `${page.title} ${doc.heading}`;
    fields[1]!.add(id, textTerms(heading).join(' '));
    fields[2]!.add(id, textTerms(doc.text).join(' '));
  });
  const postings = new Map<string, Postings>();
  fields.forEach((index, field) => {
    for (const [term, buckets] of exportedTerms(index)) {
      const entry = postings.get(term) ?? [0, 0, 0];
      entry[field] = compactBuckets(buckets);
      postings.set(term, entry);
    }
  });
  return postings;
}

/** Cuts the sorted terms into runs of about SHARD_TARGET_BYTES of JSON. */
export function cutShards(postings: Map<string, Postings>, target = SHARD_TARGET_BYTES): { first: string; terms: Record<string, Postings> }[] {
  const shards: { first: string; terms: Record<string, Postings> }[] = [];
  let current: Record<string, Postings> | null = null;
  let size = 0;
  for (const term of [...postings.keys()].sort()) {
    const entry = postings.get(term)!;
    const bytes = term.length * 3 + JSON.stringify(entry).length + 4;
    if (!current || size + bytes > target) {
      current = {};
      shards.push({ first: term, terms: current });
      size = 0;
    }
    current[term] = entry;
    size += bytes;
  }
  return shards;
}

/**
 * Places each group of technology names in the shards of its names' first
 * words and of each multi-word name written together (azurecontainerservice),
 * which are the shards a query naming it fetches anyway.
 */
export function namesByShard(groups: string[][][], firsts: readonly string[]): string[][][][] {
  const byShard: string[][][][] = firsts.map(() => []);
  for (const group of groups) {
    const keys = group.flatMap((terms) => (terms.length > 1 ? [terms[0]!, terms.join('')] : terms));
    for (const shard of new Set(keys.map((key) => shardHolding(firsts, key)))) byShard[shard]!.push(group);
  }
  return byShard;
}

function vocabularyNames(content: ContentSet, collected: Collected, synonyms: string[][][]): string[][] {
  const names = new Map<string, string[]>();
  const add = (terms: string[]) => {
    if (terms.length > 1 && terms.every((term) => isHangul(term))) names.set(terms.join(' '), terms);
  };
  for (const group of synonyms) for (const terms of group) add(terms);
  for (const page of collected.pages) add(textTerms(page.title));
  void content;
  return [...names.values()];
}

function relations(content: ContentSet, locale: Locale, collected: Collected, pageStarts: number[]): RelationsFile {
  const techs = content.technologies[locale];
  const index = new Map(techs.map((tech, i) => [tech.slug, i]));
  const ids = (slugs: readonly string[]) => slugs.map((slug) => index.get(slug)).filter((i): i is number => i !== undefined);
  return {
    technologies: techs.map((tech, i) => ({
      title: tech.title,
      url: collected.pages[i]!.url,
      section: pageStarts[i]!,
      names: technologyNames(tech.title, tech.slug),
      successors: ids(tech.successors),
      alternatives: ids(tech.alternatives ?? []),
    })),
  };
}

/** Every file of one language's index, by its public path (e.g. /search/ko/s/3.json), as JSON text. */
export function buildShardedIndex(content: ContentSet, locale: Locale): Map<string, string> {
  const collected = collectSearchDocuments(content, locale);
  const pageStarts = collected.pages.map((_, page) => collected.docs.findIndex((doc) => doc.page === page));
  const postings = postingsOf(collected, pageStarts);
  const shards = cutShards(postings);
  // Technologies are synonyms of their own names in the other language and of their abbreviation (ACS ↔ Azure Container Service).
  const techNameGroups = content.technologies.en.map((tech) => {
    const other = content.technologies.ko.find((t) => t.slug === tech.slug);
    return [...technologyNames(tech.title, tech.slug), ...(other ? technologyNames(other.title, other.slug) : [])];
  });
  const merged = mergeSynonymGroups([...content.synonyms, ...techNameGroups]);
  const curatedNames = new Set(content.synonyms.flat().map((name) => name.toLowerCase().trim()));
  const encode = (group: string[]) => group.map((term) => textTerms(term));
  const curated = merged.filter((group) => group.some((name) => curatedNames.has(name))).map(encode);
  const namesOnly = merged.filter((group) => !group.some((name) => curatedNames.has(name))).map(encode);
  const synonyms = [...curated, ...namesOnly];
  const names = namesByShard(namesOnly, shards.map((shard) => shard.first));
  const manifest: ManifestFile = {
    version: SHARD_INDEX_VERSION,
    locale,
    shards: shards.map((shard) => shard.first),
    pageStarts,
    titleTerms: collected.pages.map((page) => new Set(textTerms(page.title)).size),
    sections: collected.docs.length,
    synonyms: curated,
  };
  const files = new Map<string, string>();
  files.set(manifestPath(locale), JSON.stringify(manifest));
  shards.forEach((shard, i) => files.set(shardPath(locale, i), JSON.stringify(names[i]?.length ? { terms: shard.terms, names: names[i] } : { terms: shard.terms })));
  collected.docs.forEach((doc, id) => {
    const page = collected.pages[doc.page]!;
    const section: SectionFile = { url: doc.url, heading: doc.heading, text: doc.text, page: { title: page.title, url: page.url, label: page.label } };
    files.set(sectionPath(locale, id), JSON.stringify(section));
  });
  // Synonyms' one-word Korean names join the words corrections look through: 매그놈 is a jamo from 매그넘, which the text writes Magnum.
  const synonymWords = synonyms.flatMap((group) => group.filter((terms) => terms.length === 1 && isHangul(terms[0]!)).map((terms) => terms[0]!));
  const vocabulary: VocabularyFile = { words: [...new Set([...postings.keys(), ...synonymWords])].sort(), names: vocabularyNames(content, collected, synonyms) };
  files.set(vocabularyPath(locale), JSON.stringify(vocabulary));
  files.set(relationsPath(locale), JSON.stringify(relations(content, locale, collected, pageStarts)));
  return files;
}
