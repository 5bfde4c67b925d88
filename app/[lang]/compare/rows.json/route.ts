import { LOCALES } from '@/lib/i18n/locales';
import { localeFrom } from '@/lib/i18n/params';
import { compareIslandData } from '@/lib/island-data';

// Written to out/<lang>/compare/rows.json at build time: every comparison row, fetched once the first page (preview.json) is not enough.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  return Response.json(compareIslandData(await localeFrom(params)));
}
