import type { Category, Status } from '../content/schema';
import type { ColumnId } from './columns';

/**
 * The comparison views: which technologies each compares and which columns
 * it offers. Membership is decided by category (or slug), so a technology
 * added to content/ appears in the views it belongs to without editing this file.
 */

export const VIEW_IDS = ['overview', 'openstack', 'azure', 'runtimes', 'today'] as const;
export type ViewId = (typeof VIEW_IDS)[number];
export const DEFAULT_VIEW: ViewId = 'overview';

export type SortDirection = 'asc' | 'desc';
export const SORT_DIRECTIONS: readonly SortDirection[] = ['asc', 'desc'];

export interface ViewDefinition {
  id: ViewId;
  /** Every column the view offers, in display order; the first is the row header. */
  columns: readonly ColumnId[];
  /** The columns shown before the reader chooses. */
  defaultColumns: readonly ColumnId[];
  defaultSort: { column: ColumnId; dir: SortDirection };
  includes: (tech: { slug: string; category: Category; status: Status }) => boolean;
}

const SEVEN_CORE_SERVICES = ['nova', 'neutron', 'cinder', 'manila', 'heat', 'keystone', 'glance'] as const;

export const VIEWS: Record<ViewId, ViewDefinition> = {
  overview: {
    id: 'overview',
    columns: ['name', 'category', 'status', 'firstRelease', 'successors', 'provides', 'governance', 'license', 'languages'],
    defaultColumns: ['name', 'category', 'status', 'firstRelease', 'successors', 'provides'],
    defaultSort: { column: 'name', dir: 'asc' },
    includes: () => true,
  },
  openstack: {
    id: 'openstack',
    columns: ['name', 'provides', ...SEVEN_CORE_SERVICES, 'barbican', 'octavia', 'status', 'firstRelease', 'successors'],
    defaultColumns: ['name', 'provides', ...SEVEN_CORE_SERVICES, 'status'],
    defaultSort: { column: 'name', dir: 'asc' },
    includes: (tech) => tech.category === 'openstack-project',
  },
  azure: {
    id: 'azure',
    columns: ['name', 'period', 'controlPlane', 'orchestrators', 'billing', 'status', 'successors', 'provides'],
    defaultColumns: ['name', 'period', 'controlPlane', 'orchestrators', 'billing', 'status', 'successors'],
    defaultSort: { column: 'period', dir: 'asc' },
    // Docker Machine is tooling, but its Azure driver was one of Azure's container options in the 2018 talk.
    includes: (tech) => tech.category === 'azure-service' || tech.slug === 'docker-machine',
  },
  runtimes: {
    id: 'runtimes',
    columns: ['name', 'category', 'isolation', 'orchestrators', 'controlPlane', 'firstRelease', 'status', 'successors', 'license', 'languages'],
    defaultColumns: ['name', 'category', 'isolation', 'orchestrators', 'firstRelease', 'status', 'successors'],
    defaultSort: { column: 'name', dir: 'asc' },
    includes: (tech) => tech.category === 'container-runtime' || tech.category === 'orchestrator',
  },
  // "What to use today": every retired or deprecated system beside its named successors and what people use instead.
  today: {
    id: 'today',
    columns: ['name', 'status', 'period', 'successors', 'alternatives', 'category', 'provides'],
    defaultColumns: ['name', 'status', 'period', 'successors', 'alternatives'],
    defaultSort: { column: 'name', dir: 'asc' },
    includes: (tech) => tech.status === 'retired' || tech.status === 'deprecated',
  },
};
