import { loadTechnologies } from '@/lib/content/load';
import { buildChanges } from '@/lib/freshness/changes';
import { buildAtomFeed } from '@/lib/freshness/feed';
import { contentHistory } from '@/lib/freshness/history-store';
import { isLocale, LOCALES } from '@/lib/i18n/locales';
import { routes, SITE_URL } from '@/lib/site';

// Written to out/<lang>/changes/feed.xml at build time; there is no server.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) return new Response('Not found', { status: 404 });
  const changes = buildChanges(loadTechnologies(lang), lang, contentHistory());
  const xml = buildAtomFeed(changes, lang, SITE_URL, { page: routes.changes(lang), feed: routes.changesFeed(lang) });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
