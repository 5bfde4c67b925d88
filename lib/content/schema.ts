import { z } from 'zod';
import {
  CATEGORIES,
  type Category,
  COMPARISON_FACTS,
  type ComparisonFact,
  CONTROL_PLANES,
  OPENSTACK_SERVICES,
  RATINGS,
  type Rating,
  REQUIRED_SECTIONS,
  STATUSES,
  type Status,
} from './vocabulary';

// Re-exported so schema consumers need one import; client code imports ./vocabulary directly, without zod.
export * from './vocabulary';
import { MAX_WEIGHT, MIN_WEIGHT } from '../matrix/weights';

/**
 * The one schema for a technology article's frontmatter.
 *
 * Every page, table, the matrix, the search index, the sitemap and the share
 * images are built from what this schema accepts, so each field carries a doc
 * comment saying what it means. Fields marked "language-neutral" must be equal
 * in the English and the Korean file of one technology (see LANGUAGE_NEUTRAL_FIELDS).
 */


const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A kebab-case identifier: lower-case letters and digits separated by single hyphens. */
export const slugSchema = z
  .string()
  .regex(slugPattern, { error: 'must be kebab-case (lower-case letters, digits and single hyphens)' });

function isRealDate(value: string): boolean {
  const [y, m = '01', d = '01'] = value.split('-');
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  );
}

/**
 * A calendar date as precise as the sources allow: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Quote it in YAML ("2014-06-07") so it stays a string.
 */
export const partialDateSchema = z
  .string({ error: 'must be a date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes)' })
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: 'must be a date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .refine(isRealDate, { error: 'is not a real calendar date' });

const urlSchema = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });
const text = (what: string) => z.string({ error: `must be ${what}` }).trim().min(1, { error: `must be ${what}` });

/** One pro or con: a short statement, optionally tied to a matrix criterion key. */
export const pointSchema = z.strictObject({
  /** The statement, one sentence. */
  text: text('a short statement'),
  /** The key of the criterion in content/data/criteria.yaml this point speaks to, if any. */
  criterion: slugSchema.optional(),
});

/** A source that backs the article's facts. */
export const sourceSchema = z.strictObject({
  /** The source's title as its publisher gives it. */
  title: text('the source title'),
  /** Where it can be read. */
  url: urlSchema,
});

/** A dated event in the technology's life, shown on the timeline. */
export const eventSchema = z.strictObject({
  /** When it happened (language-neutral). */
  date: partialDateSchema,
  /** What happened, one line. */
  label: text('a one-line description of the event'),
});

/** How the technology fares on one criterion of the pros and cons matrix. */
export const criterionRatingSchema = z.strictObject({
  /** pro, con, neutral, or na (not applicable). Language-neutral. */
  rating: z.enum(RATINGS, { error: `must be one of ${RATINGS.join(', ')}` }),
  /** Why, in one line. */
  reason: text('a one-line reason'),
});

/** Facts that the focused comparison views need; each optional, since not every view fits every technology. */
export const comparisonSchema = z.strictObject({
  /** What it provides, in a few words ("Kubernetes clusters on demand"). */
  provides: text('a few words on what it provides').optional(),
  /** OpenStack services it uses (language-neutral). */
  openstackServices: z.array(z.enum(OPENSTACK_SERVICES)).optional(),
  /** Who runs the control plane (language-neutral). */
  controlPlane: z.enum(CONTROL_PLANES).optional(),
  /** Orchestrators it offers or is, by name (language-neutral). */
  orchestrators: z.array(text('an orchestrator name')).optional(),
  /** How it is billed or what it costs, in a few words. */
  billing: text('a few words on billing').optional(),
  /** How workloads are isolated ("Linux namespaces and cgroups", "lightweight VM per pod"). */
  isolation: text('a few words on isolation').optional(),
  /**
   * Which required section of the article's body states each fact, so a table cell can link
   * to its evidence (`{ billing: how-it-works }`). Only the required sections have ids that are
   * the same in both languages, so only they can be named. A fact the body does not state is
   * left out, and its cell shows no link. Language-neutral.
   */
  backedBy: z
    .partialRecord(
      z.enum(COMPARISON_FACTS, { error: `must be one of ${COMPARISON_FACTS.join(', ')}` }),
      z.enum(REQUIRED_SECTIONS, { error: `must be one of the required section ids ${REQUIRED_SECTIONS.join(', ')}` }),
    )
    .optional(),
});

export const technologyFrontmatterSchema = z.strictObject({
  /** URL identifier; must equal the file name without `.mdx`. Language-neutral. */
  slug: slugSchema,
  /** The technology's name as readers know it. */
  title: text('the technology name'),
  /** One or two sentences: what it is and where it stands today. */
  summary: text('a one- or two-sentence summary'),
  /** Which kind of system this is. Language-neutral. */
  category: z.enum(CATEGORIES, { error: `must be one of ${CATEGORIES.join(', ')}` }),
  /** Who runs the project or service ("CNCF graduated project", "Microsoft"). */
  governance: text('who governs the project'),
  /** First public release or announcement. Language-neutral. */
  firstRelease: partialDateSchema,
  /** Where the technology stands today. */
  status: z.strictObject({
    /** active, maintenance, deprecated or retired. Language-neutral. */
    state: z.enum(STATUSES, { error: `must be one of ${STATUSES.join(', ')}` }),
    /** Since when it has been in this state. Language-neutral. */
    since: partialDateSchema,
    /** One line that explains the state. */
    note: text('a one-line note on the status'),
  }),
  /** Slugs of what replaced it, if it is deprecated or retired. Language-neutral. */
  successors: z.array(slugSchema).default([]),
  /** SPDX licence identifier, or "Proprietary" for a hosted service. Language-neutral. */
  license: text('a licence identifier'),
  /** Implementation languages. Language-neutral. */
  languages: z.array(text('a language name')).default([]),
  /** Official documentation. Language-neutral. */
  docsUrl: urlSchema,
  /** Source repository, if there is one. Language-neutral. */
  repoUrl: urlSchema.optional(),
  /** Slugs of related technologies. Language-neutral. */
  related: z.array(slugSchema).default([]),
  /**
   * Slugs of what people use instead today, where no vendor or community named a
   * successor (successors stay for named ones). Language-neutral.
   */
  alternatives: z.array(slugSchema).default([]),
  /** The day this article's facts were last checked against its sources: "YYYY-MM-DD", quoted. Language-neutral. */
  reviewed: z
    .string({ error: 'must be the day the facts were last checked, written as "YYYY-MM-DD" (in quotes)' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a full date written as "YYYY-MM-DD"' })
    .refine(isRealDate, { error: 'is not a real calendar date' }),
  /** Dated events besides the first release and the status (language-neutral dates). */
  events: z.array(eventSchema).default([]),
  /** Strengths, each optionally tied to a criterion. */
  pros: z.array(pointSchema).min(1, { error: 'must list at least one pro' }),
  /** Weaknesses, each optionally tied to a criterion. */
  cons: z.array(pointSchema).min(1, { error: 'must list at least one con' }),
  /** Matrix ratings keyed by criterion key; unrated criteria show as unknown. */
  ratings: z.record(slugSchema, criterionRatingSchema).default({}),
  /** Facts for the focused comparison views. */
  comparison: comparisonSchema.default({}),
  /** Where the facts come from: three or more, official ones first. */
  sources: z.array(sourceSchema).min(3, { error: 'must list at least three sources' }),
});

export type TechnologyFrontmatter = z.infer<typeof technologyFrontmatterSchema>;

/**
 * Fields that must be equal in both language files of one technology, as
 * functions that pick the language-neutral part of the frontmatter.
 */
export const LANGUAGE_NEUTRAL_FIELDS: Record<string, (fm: TechnologyFrontmatter) => unknown> = {
  category: (fm) => fm.category,
  firstRelease: (fm) => fm.firstRelease,
  'status.state': (fm) => fm.status.state,
  'status.since': (fm) => fm.status.since,
  successors: (fm) => fm.successors,
  license: (fm) => fm.license,
  languages: (fm) => fm.languages,
  docsUrl: (fm) => fm.docsUrl,
  repoUrl: (fm) => fm.repoUrl,
  related: (fm) => fm.related,
  alternatives: (fm) => fm.alternatives,
  reviewed: (fm) => fm.reviewed,
  'events.date': (fm) => fm.events.map((e) => e.date),
  ratings: (fm) => Object.fromEntries(Object.entries(fm.ratings).map(([k, v]) => [k, v.rating])),
  'comparison.openstackServices': (fm) => fm.comparison.openstackServices,
  'comparison.controlPlane': (fm) => fm.comparison.controlPlane,
  'comparison.orchestrators': (fm) => fm.comparison.orchestrators,
  'comparison.backedBy': (fm) => fm.comparison.backedBy,
};

/** A criterion of the pros and cons matrix (content/data/criteria.yaml). */
export const criterionSchema = z.strictObject({
  key: slugSchema,
  name: z.strictObject({ en: text('the English name'), ko: text('the Korean name') }),
  description: z.strictObject({ en: text('an English sentence'), ko: text('a Korean sentence') }),
});
export const criteriaFileSchema = z.array(criterionSchema).min(1);
export type Criterion = z.infer<typeof criterionSchema>;

/** One search synonym: a word or a few words, in either language. */
const synonymTermSchema = text('a word or a few words').refine((value) => /[\p{L}\p{N}]/u.test(value), {
  error: 'must contain a letter or a digit',
});

/**
 * Search synonyms (content/data/synonyms.yaml): groups of names that mean the
 * same thing across languages and spellings, such as [k8s, kubernetes, 쿠버네티스].
 */
export const synonymsFileSchema = z.array(
  z.array(synonymTermSchema).min(2, { error: 'must list at least two names that mean the same thing' }),
);
export type SynonymGroup = string[];

const weightMessage = `must be a whole number from ${MIN_WEIGHT} to ${MAX_WEIGHT}`;
const weightSchema = z.int({ error: weightMessage }).min(MIN_WEIGHT, { error: weightMessage }).max(MAX_WEIGHT, { error: weightMessage });

/** A starting point for the matrix's weights (content/data/matrix-presets.yaml). */
export const matrixPresetSchema = z.strictObject({
  /** Identifier used in the URL (?preset=run-openstack). */
  key: slugSchema,
  /** What the reader says about themselves ("I run OpenStack"), in both languages. */
  name: z.strictObject({ en: text('the English name'), ko: text('the Korean name') }),
  /** A weight for every criterion key; the loader checks that none is missing or unknown. */
  weights: z.record(slugSchema, weightSchema),
  /**
   * The technologies a reader in this situation compares (slugs). Choosing the
   * preset shows them; without the list a preset only sets weights.
   */
  technologies: z.array(slugSchema).min(1, { error: 'must name at least one technology, or be left out' }).optional(),
});
export const matrixPresetsFileSchema = z.array(matrixPresetSchema).min(1, { error: 'must list at least one preset' });
export type MatrixPreset = z.infer<typeof matrixPresetSchema>;
