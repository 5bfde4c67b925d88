import type { ColumnId } from './columns';
import type { CompareRow } from './row';
import type { ViewId } from './views';

/**
 * The current view as a file: CSV for spreadsheets and JSON for programs.
 * Both hold exactly what the table shows, in its order, with its columns.
 */

export interface ExportColumn {
  id: ColumnId;
  label: string;
}

/** Excel and LibreOffice read a CSV as UTF-8 only when it starts with a byte-order mark; without it Korean turns into mojibake. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Quotes a field when it holds a separator, a quote or a line break (RFC 4180),
 * and defuses values a spreadsheet would run as a formula (=, +, -, @ first).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellText(row: CompareRow, column: ColumnId): string {
  return row.cells[column].text;
}

export function toCsv(columns: ExportColumn[], rows: CompareRow[]): string {
  const lines = [columns.map((c) => csvField(c.label)), ...rows.map((row) => columns.map((c) => csvField(cellText(row, c.id))))];
  return BYTE_ORDER_MARK + lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

export interface JsonExportInput {
  view: ViewId;
  locale: string;
  /** The address that reproduces this view. */
  url: string;
  columns: ExportColumn[];
  rows: CompareRow[];
  /** Absolute origin for article links. */
  origin: string;
}

export function toJson({ view, locale, url, columns, rows, origin }: JsonExportInput): string {
  const data = {
    source: 'Container Atlas',
    view,
    locale,
    url,
    columns,
    rows: rows.map((row) => ({
      slug: row.slug,
      url: origin + row.href,
      ...Object.fromEntries(columns.map((c) => [c.id, cellText(row, c.id)])),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** container-atlas-openstack-2026-11-27.csv: the view and the reader's local day, so downloads sort by date. */
export function exportFileName(view: ViewId, date: Date, extension: 'csv' | 'json'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `container-atlas-${view}-${day}.${extension}`;
}
