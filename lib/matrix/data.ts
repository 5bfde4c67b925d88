import type { Technology } from '../content/load';
import { loadCriteriaList, loadMatrixPresets, loadTechnologies } from '../content/load';
import type { Locale } from '../i18n/locales';
import { routes } from '../site';
import type { ArticleAnchor, MatrixData, MatrixTechnology } from './types';

/** The view a reader gets without choosing: the OpenStack container projects against Azure's managed Kubernetes. */
export const DEFAULT_MATRIX_TECHNOLOGIES = ['magnum', 'zun', 'kuryr', 'kolla', 'openstack-helm', 'aks'] as const;

/** A pro rating links to the pros list when a pro speaks to that criterion; likewise for cons. */
function anchorFor(tech: Technology, criterion: string, rating: string): ArticleAnchor {
  if (rating === 'pro' && tech.pros.some((p) => p.criterion === criterion)) return 'pros';
  if (rating === 'con' && tech.cons.some((p) => p.criterion === criterion)) return 'cons';
  return 'pros-and-cons';
}

function toMatrixTechnology(tech: Technology, locale: Locale): MatrixTechnology {
  return {
    slug: tech.slug,
    title: tech.title,
    category: tech.category,
    status: tech.status.state,
    href: routes.tech(locale, tech.slug),
    ratings: Object.fromEntries(
      Object.entries(tech.ratings).map(([key, { rating, reason }]) => [key, { rating, reason, anchor: anchorFor(tech, key, rating) }]),
    ),
    pros: tech.pros.map(({ text, criterion }) => (criterion ? { text, criterion } : { text })),
    cons: tech.cons.map(({ text, criterion }) => (criterion ? { text, criterion } : { text })),
  };
}

/** Everything the matrix shows, in one language, read through the content loader. */
export function loadMatrixData(locale: Locale): MatrixData {
  const technologies = loadTechnologies(locale).map((tech) => toMatrixTechnology(tech, locale));
  const known = new Set(technologies.map((t) => t.slug));
  const missing = DEFAULT_MATRIX_TECHNOLOGIES.filter((slug) => !known.has(slug));
  if (missing.length) {
    throw new Error(`lib/matrix/data.ts: DEFAULT_MATRIX_TECHNOLOGIES names ${missing.join(', ')}, which no article in content/${locale}/ has as its slug`);
  }
  return {
    technologies,
    criteria: loadCriteriaList().map((c) => ({ key: c.key, name: c.name[locale], description: c.description[locale] })),
    presets: loadMatrixPresets().map((p) => ({ key: p.key, name: p.name[locale], weights: p.weights, ...(p.technologies ? { technologies: p.technologies } : {}) })),
    defaultTechnologies: [...DEFAULT_MATRIX_TECHNOLOGIES],
  };
}
