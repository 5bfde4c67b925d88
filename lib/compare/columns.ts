import { OPENSTACK_SERVICES } from '../content/vocabulary';

/**
 * Every column a comparison view can show, by id. The ids appear in shared
 * links (`?cols=status,billing`), so they are short, stable and English.
 * Each OpenStack service is its own column, so a reader can sort by "uses Cinder".
 */
export const COLUMN_IDS = [
  'name',
  'category',
  'status',
  'firstRelease',
  'period',
  'successors',
  'alternatives',
  'provides',
  ...OPENSTACK_SERVICES,
  'controlPlane',
  'orchestrators',
  'billing',
  'isolation',
  'governance',
  'license',
  'languages',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** The row header: always shown, never hidden, so every row keeps its name. */
export const NAME_COLUMN: ColumnId = 'name';

/** Columns whose cells are a yes/no mark rather than text. */
export const CHECK_COLUMNS: ReadonlySet<ColumnId> = new Set(OPENSTACK_SERVICES);

export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value);
}
