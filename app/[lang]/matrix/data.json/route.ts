import { LOCALES } from '@/lib/i18n/locales';
import { localeFrom } from '@/lib/i18n/params';
import { matrixIslandData } from '@/lib/island-data';

// Written to out/<lang>/matrix/data.json at build time: the technologies, criteria and presets the matrix hydrates with.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  return Response.json(matrixIslandData(await localeFrom(params)));
}
