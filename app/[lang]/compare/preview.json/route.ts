import { LOCALES } from '@/lib/i18n/locales';
import { localeFrom } from '@/lib/i18n/params';
import { comparePreviewData } from '@/lib/island-data';

// Written to out/<lang>/compare/preview.json at build time: the first page of rows the explorer hydrates with.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  return Response.json(comparePreviewData(await localeFrom(params)));
}
