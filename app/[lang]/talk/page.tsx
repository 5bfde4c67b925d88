import type { Metadata } from 'next';
import { ContentPage } from '@/components/content-page';
import { getPage } from '@/lib/content/load';
import type { Locale } from '@/lib/i18n/locales';
import { localeFrom } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/site';
import { shareImagePath } from '@/lib/share/share-image-path';

type Props = { params: Promise<{ lang: string }> };

function talk(lang: Locale) {
  const page = getPage(lang, 'talk');
  if (!page) throw new Error(`content/${lang}/pages/talk.mdx is missing; the talk page is built from it`);
  return page;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await localeFrom(params);
  const page = talk(lang);
  return pageMetadata({ locale: lang, path: routes.talk, title: page.title, description: page.summary, image: shareImagePath.page(lang, 'talk') });
}

export default async function TalkPage({ params }: Props) {
  const lang = await localeFrom(params);
  return <ContentPage page={talk(lang)} locale={lang} />;
}
