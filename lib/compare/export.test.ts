import { describe, expect, it } from 'vitest';
import { csvField, exportFileName, toCsv, toJson } from './export';
import type { CompareRow } from './row';

const zun = {
  slug: 'zun',
  href: '/ko/tech/zun/',
  cells: { name: { text: 'Zun', sort: 'Zun' }, billing: { text: '무료 소프트웨어, "클라우드" 비용은 별도', sort: '' } },
} as unknown as CompareRow;
const columns = [
  { id: 'name' as const, label: '이름' },
  { id: 'billing' as const, label: '요금' },
];

describe('CSV export', () => {
  it('starts with a byte-order mark and quotes fields with commas and quotes', () => {
    const csv = toCsv(columns, [zun]);
    expect(csv.startsWith('\uFEFF이름,요금\r\n')).toBe(true);
    expect(csv).toContain('Zun,"무료 소프트웨어, ""클라우드"" 비용은 별도"\r\n');
  });

  it('defuses values a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
  });
});

describe('JSON export', () => {
  it('lists the shown columns and one object per row with its article URL', () => {
    const data = JSON.parse(toJson({ view: 'openstack', locale: 'ko', url: 'https://a.example/ko/compare/?view=openstack', columns, rows: [zun], origin: 'https://a.example' }));
    expect(data.columns).toEqual(columns);
    expect(data.rows).toEqual([{ slug: 'zun', url: 'https://a.example/ko/tech/zun/', name: 'Zun', billing: '무료 소프트웨어, "클라우드" 비용은 별도' }]);
  });
});

describe('exportFileName', () => {
  it('names the view and the local day', () => {
    expect(exportFileName('openstack', new Date(2026, 10, 27, 23, 30), 'csv')).toBe('container-atlas-openstack-2026-11-27.csv');
  });
});
