import type { Metadata } from 'next';
import { ContentPage } from '@/components/content-page';
import { requirePage } from '@/lib/content/load';
import { localeFrom } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/site';
import { shareImagePath } from '@/lib/share/share-image-path';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await localeFrom(params);
  const page = requirePage(lang, 'talk');
  return pageMetadata({ locale: lang, path: routes.talk, title: page.title, description: page.summary, image: shareImagePath.page(lang, 'talk') });
}

export default async function TalkPage({ params }: Props) {
  const lang = await localeFrom(params);
  return <ContentPage page={requirePage(lang, 'talk')} locale={lang} />;
}
