import type { Category, Rating, Status } from '../content/schema';

/**
 * What the matrix page hands to its client component: plain, serialisable
 * data in one language, cut down from the loader's technologies to what the
 * matrix shows.
 */

/** A cell's rating; "unknown" when the technology's frontmatter does not rate the criterion. */
export type CellRating = Rating | 'unknown';

/** Where on the article a cell's "read more" link lands. */
export type ArticleAnchor = 'pros' | 'cons' | 'pros-and-cons';

export interface MatrixRating {
  rating: Rating;
  reason: string;
  anchor: ArticleAnchor;
}

export interface MatrixPoint {
  text: string;
  criterion?: string;
}

export interface MatrixTechnology {
  slug: string;
  title: string;
  category: Category;
  status: Status;
  href: string;
  ratings: Record<string, MatrixRating>;
  pros: MatrixPoint[];
  cons: MatrixPoint[];
}

export interface MatrixCriterion {
  key: string;
  name: string;
  description: string;
}

export interface MatrixPresetOption {
  key: string;
  name: string;
  weights: Record<string, number>;
  /** What this preset compares; absent: choosing it keeps the technologies shown. */
  technologies?: string[];
}

export interface MatrixData {
  /** In the locale's title order, which is also the order ties are ranked in. */
  technologies: MatrixTechnology[];
  /** In the order of content/data/criteria.yaml. */
  criteria: MatrixCriterion[];
  presets: MatrixPresetOption[];
  defaultTechnologies: string[];
}
