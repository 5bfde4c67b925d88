import { buildCompareRows } from './compare/build-rows';
import type { CompareRow } from './compare/row';
import { loadTechnologies } from './content/load';
import { type Locale, otherLocale } from './i18n/locales';
import { loadMatrixData } from './matrix/data';
import type { MatrixData } from './matrix/types';
import { routes } from './site';

/**
 * The explorers' large props, built once for the page (which renders them)
 * and once for the static JSON file the browser fetches to hydrate
 * (app/[lang]/compare/rows.json, app/[lang]/matrix/data.json), from the same
 * loader in the same build, so the two always agree.
 */

export const islandDataUrl = {
  compare: (locale: Locale) => `${routes.compare(locale)}rows.json`,
  matrix: (locale: Locale) => `${routes.matrix(locale)}data.json`,
};

export function compareIslandData(locale: Locale): { rows: CompareRow[] } {
  return { rows: buildCompareRows(loadTechnologies(locale), loadTechnologies(otherLocale(locale)), locale) };
}

export function matrixIslandData(locale: Locale): { data: MatrixData } {
  return { data: loadMatrixData(locale) };
}
