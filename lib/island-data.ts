import { buildCompareRows } from './compare/build-rows';
import { buildComparePreview, type ComparePreview } from './compare/preview';
import type { CompareRow } from './compare/row';
import { loadTechnologies } from './content/load';
import { type Locale, otherLocale } from './i18n/locales';
import { loadMatrixData } from './matrix/data';
import type { MatrixData } from './matrix/types';
import { routes } from './site';

/**
 * The explorers' large props, built once for the page (which renders them)
 * and once for the static JSON files the browser fetches
 * (app/[lang]/compare/preview.json and rows.json, app/[lang]/matrix/data.json),
 * from the same loader in the same build, so they always agree. The
 * comparison hydrates with its preview (the first page) and fetches every
 * row later; the matrix hydrates with its data.
 */

export const islandDataUrl = {
  comparePreview: (locale: Locale) => `${routes.compare(locale)}preview.json`,
  compare: (locale: Locale) => `${routes.compare(locale)}rows.json`,
  matrix: (locale: Locale) => `${routes.matrix(locale)}data.json`,
};

/** Built once per loaded content (the loader caches it): the page, preview.json and rows.json all read the same rows. */
const compareRowsCache = new WeakMap<object, CompareRow[]>();

export function compareIslandData(locale: Locale): { rows: CompareRow[] } {
  const technologies = loadTechnologies(locale);
  let rows = compareRowsCache.get(technologies);
  if (!rows) {
    rows = buildCompareRows(technologies, loadTechnologies(otherLocale(locale)), locale);
    compareRowsCache.set(technologies, rows);
  }
  return { rows };
}

export function comparePreviewData(locale: Locale): { preview: ComparePreview } {
  return { preview: buildComparePreview(compareIslandData(locale).rows, locale) };
}

export function matrixIslandData(locale: Locale): { data: MatrixData } {
  return { data: loadMatrixData(locale) };
}
