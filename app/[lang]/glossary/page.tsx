import type { Metadata } from 'next';
import type { ComponentPropsWithoutRef } from 'react';
import { ContentPage } from '@/components/content-page';
import { mdxComponentsFor } from '@/components/mdx-components';
import { glossaryUsage } from '@/lib/content/glossary';
import { loadTechnologies, requirePage } from '@/lib/content/load';
import { getDictionary } from '@/lib/i18n/dictionary';
import { localeFrom } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/site';
import { shareImagePath } from '@/lib/share/share-image-path';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await localeFrom(params);
  const page = requirePage(lang, 'glossary');
  return pageMetadata({ locale: lang, path: routes.glossary, title: page.title, description: page.summary, image: shareImagePath.page(lang, 'glossary') });
}

export default async function GlossaryPage({ params }: Props) {
  const lang = await localeFrom(params);
  const usage = glossaryUsage(loadTechnologies(lang));
  const usedIn = getDictionary(lang).glossary.usedIn;
  const Heading = mdxComponentsFor(lang).h2;
  /** Each term heading is followed by the articles that link to it. */
  function TermHeading(props: ComponentPropsWithoutRef<'h2'>) {
    const users = props.id ? usage.get(props.id) : undefined;
    return (
      <>
        <Heading {...props} />
        {users?.length ? (
          <p className="text-sm">
            {usedIn}{' '}
            {users.map((tech, i) => (
              <span key={tech.slug}>
                {i > 0 ? ', ' : null}
                <a href={routes.tech(lang, tech.slug)}>{tech.title}</a>
              </span>
            ))}
          </p>
        ) : null}
      </>
    );
  }
  return <ContentPage page={requirePage(lang, 'glossary')} locale={lang} components={{ h2: TermHeading }} />;
}
