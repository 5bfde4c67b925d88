import type { Technology } from '../content/load';
import { type ComparisonFact, OPENSTACK_SERVICES, STATUSES } from '../content/schema';
import { getCompareDictionary } from '../i18n/compare-dictionary';
import { getDictionary } from '../i18n/dictionary';
import { formatPartialDate } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { routes } from '../site';
import type { ColumnId } from './columns';
import { type CompareCell, type CompareRow, normaliseForSearch } from './row';

/**
 * Builds the comparison rows of one language from the content loader's
 * technologies. The other language's rows are passed in so the text filter
 * matches a Korean query on the English page and the other way round.
 */

const EMPTY: CompareCell = { text: '', sort: '' };

function evidence(tech: Technology, fact: ComparisonFact): string | undefined {
  const section = tech.comparison.backedBy?.[fact];
  return section ? `${routes.tech(tech.locale, tech.slug)}#${section}` : undefined;
}

function factCell(tech: Technology, fact: 'provides' | 'billing' | 'isolation'): CompareCell {
  const text = tech.comparison[fact];
  return text ? { text, sort: text, evidence: evidence(tech, fact) } : EMPTY;
}

function cellsFor(tech: Technology, locale: Locale, titles: Map<string, string>): Record<ColumnId, CompareCell> {
  const t = getDictionary(locale);
  const c = getCompareDictionary(locale).compare;
  const { comparison } = tech;
  const history = `${routes.tech(locale, tech.slug)}#history-and-status`;
  const ended = tech.status.state === 'retired' || tech.status.state === 'deprecated';
  const services = new Set(comparison.openstackServices ?? []);
  const serviceCells = Object.fromEntries(
    OPENSTACK_SERVICES.map((service) => [
      service,
      comparison.openstackServices === undefined
        ? EMPTY
        : services.has(service)
          ? { text: c.uses, sort: 1, evidence: evidence(tech, 'openstackServices') }
          : { text: '', sort: 0 },
    ]),
  ) as Record<(typeof OPENSTACK_SERVICES)[number], CompareCell>;
  const orchestrators = comparison.orchestrators?.join(', ') ?? '';
  const linksTo = (slugs: string[]) => slugs.map((slug) => ({ text: titles.get(slug) ?? slug, href: routes.tech(locale, slug) }));
  const successors = linksTo(tech.successors);
  const alternatives = linksTo(tech.alternatives);
  return {
    name: { text: tech.title, sort: tech.title },
    category: { text: t.categories[tech.category], sort: t.categories[tech.category] },
    status: { text: t.statuses[tech.status.state], sort: STATUSES.indexOf(tech.status.state), evidence: history },
    firstRelease: { text: formatPartialDate(tech.firstRelease, locale), sort: tech.firstRelease, evidence: history },
    period: {
      text: `${formatPartialDate(tech.firstRelease, locale)} – ${ended ? formatPartialDate(tech.status.since, locale) : c.untilToday}`,
      sort: tech.firstRelease,
      evidence: history,
    },
    successors: successors.length ? { text: successors.map((s) => s.text).join(', '), sort: successors[0]!.text, links: successors } : EMPTY,
    alternatives: alternatives.length
      ? { text: alternatives.map((s) => s.text).join(', '), sort: alternatives[0]!.text, links: alternatives }
      : EMPTY,
    provides: factCell(tech, 'provides'),
    ...serviceCells,
    controlPlane: comparison.controlPlane
      ? { text: c.controlPlanes[comparison.controlPlane], sort: comparison.controlPlane, evidence: evidence(tech, 'controlPlane') }
      : EMPTY,
    orchestrators: orchestrators ? { text: orchestrators, sort: orchestrators, evidence: evidence(tech, 'orchestrators') } : EMPTY,
    billing: factCell(tech, 'billing'),
    isolation: factCell(tech, 'isolation'),
    governance: { text: tech.governance, sort: tech.governance },
    license: { text: tech.license, sort: tech.license },
    languages: tech.languages.length ? { text: tech.languages.join(', '), sort: tech.languages.join(', ') } : EMPTY,
  };
}

function searchableText(tech: Technology, cells: Record<ColumnId, CompareCell>): string {
  return [tech.title, tech.summary, ...Object.values(cells).map((cell) => cell.text)].join(' · ');
}

/** Rows for `locale`, whose search text also covers `twins` (the same technologies in the other language). */
export function buildCompareRows(technologies: Technology[], twins: Technology[], locale: Locale): CompareRow[] {
  const titles = new Map(technologies.map((tech) => [tech.slug, tech.title]));
  const twinTitles = new Map(twins.map((tech) => [tech.slug, tech.title]));
  return technologies.map((tech) => {
    const cells = cellsFor(tech, locale, titles);
    const twin = twins.find((other) => other.slug === tech.slug);
    const twinText = twin ? searchableText(twin, cellsFor(twin, twin.locale, twinTitles)) : '';
    return {
      slug: tech.slug,
      href: routes.tech(locale, tech.slug),
      category: tech.category,
      status: tech.status.state,
      cells: Object.fromEntries(Object.entries(cells).map(([id, cell]) => [id, withoutUndefined(cell)])) as Record<ColumnId, CompareCell>,
      searchText: normaliseForSearch(`${searchableText(tech, cells)} · ${twinText}`),
    };
  });
}

/** Props cross to the client as JSON; dropping undefined keys keeps the payload small and the output stable. */
function withoutUndefined(cell: CompareCell): CompareCell {
  return Object.fromEntries(Object.entries(cell).filter(([, value]) => value !== undefined)) as unknown as CompareCell;
}
