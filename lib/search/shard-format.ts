import type { Locale } from '../i18n/locales';

/**
 * The shape of the prebuilt, split search index under public/search/<locale>/,
 * shared by the builder (build-shards.ts) and the reader (shard-search.ts).
 *
 * - manifest.json: tiny and fetched first: where each shard's terms start,
 *   which page each section belongs to, the curated synonym groups.
 * - s/<n>.json: a shard, the posting lists of a run of sorted terms, cut to
 *   about SHARD_TARGET_BYTES so a shard's size does not grow with the content
 *   (more content means more shards, not bigger ones), and the technology
 *   names whose words fall in it.
 * - d/<id>.json: one section (heading, text, page title): fetched only for the
 *   results shown, to build their highlighted excerpts.
 * - vocab.json: every term, and multi-word names, for corrections (초성, typos,
 *   joined words); fetched only when a word is not found as typed.
 * - relations.json: technologies' names, successors and alternatives, fetched
 *   only for questions like "what replaced ACS" / "ACS 후속".
 */

export const SHARD_INDEX_VERSION = 3;

/** Raw JSON bytes a shard is cut at (about 3 KB gzip); one term's list may exceed it. */
export const SHARD_TARGET_BYTES = 8 * 1024;

/**
 * A term's postings: per field (0 title, 1 heading, 2 text), FlexSearch's
 * relevance buckets (bucket 0 = the term comes first in the field), each a
 * list of section ids, delta-encoded; 0 for an empty bucket or field.
 */
export type Buckets = (number[] | 0)[];
export type Postings = [Buckets | 0, Buckets | 0, Buckets | 0];

export interface ShardFile {
  terms: Record<string, Postings>;
  /**
   * Technologies' names as synonym groups (a title, its abbreviation, its
   * name in the other language), each in the shards of its names' first words
   * and of a multi-word name written together: the words that name it bring
   * it, so the manifest does not grow with the number of technologies.
   */
  names?: string[][][];
}

export interface ManifestFile {
  version: typeof SHARD_INDEX_VERSION;
  locale: Locale;
  /** The first term of each shard, sorted; shard i holds the terms from shards[i] up to shards[i + 1]. */
  shards: string[];
  /** The first section id of each page (sections of a page are numbered together). */
  pageStarts: number[];
  /** How many index terms each page's title has, for "the more of its title the query covers". */
  titleTerms: number[];
  sections: number;
  /**
   * The curated synonym groups (content/data/synonyms.yaml, with the names of
   * the technologies they mention merged in), each term encoded as the index
   * encodes text. Groups of technology names alone travel in the shards.
   */
  synonyms: string[][][];
}

export interface SectionFile {
  /** Link to the section (page URL with the heading's anchor). */
  url: string;
  heading: string;
  text: string;
  page: { title: string; url: string; label: string };
}

export interface VocabularyFile {
  words: string[];
  /** Names of more than one word (도커 머신), as encoded terms, for 초성 of multi-word names. */
  names: string[][];
}

export interface RelationsFile {
  technologies: {
    title: string;
    url: string;
    /** The section id of the page's summary. */
    section: number;
    /** Ways to name it, encoded: its title, its abbreviation, its slug's words. */
    names: string[];
    successors: number[];
    alternatives: number[];
  }[];
}

/** The shard whose run of terms would hold `term`: the last one starting at or before it (the first for a term before all). */
export function shardHolding(firsts: readonly string[], term: string): number {
  let lo = 0;
  let hi = firsts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (firsts[mid]! <= term) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

export const searchBase = (locale: Locale) => `/search/${locale}`;
export const manifestPath = (locale: Locale) => `${searchBase(locale)}/manifest.json`;
export const shardPath = (locale: Locale, shard: number) => `${searchBase(locale)}/s/${shard}.json`;
export const sectionPath = (locale: Locale, id: number) => `${searchBase(locale)}/d/${id}.json`;
export const vocabularyPath = (locale: Locale) => `${searchBase(locale)}/vocab.json`;
export const relationsPath = (locale: Locale) => `${searchBase(locale)}/relations.json`;
