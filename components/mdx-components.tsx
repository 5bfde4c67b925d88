import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { absoluteUrl } from '@/lib/site';
import { HeadingAnchor } from './ui/heading-anchor';

/** External links say nothing about us to the sites they lead to. Internal links are plain anchors: static pages need no client router. */
function Anchor({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  const external = /^https?:\/\//.test(href);
  // A printed handout shows each link's full address after it (see the print rules in globals.css).
  const printUrl = href.startsWith('/') ? absoluteUrl(href) : undefined;
  return (
    <a href={href} rel={external ? 'noopener' : undefined} data-print-url={printUrl} {...rest}>
      {children}
    </a>
  );
}

function headingWithAnchor(Tag: 'h2' | 'h3' | 'h4', locale: Locale) {
  return function Heading({ id, children, ...rest }: ComponentPropsWithoutRef<'h2'>) {
    return (
      <Tag id={id} className="group" {...rest}>
        {children}
        {id ? <HeadingAnchor id={id} locale={locale} /> : null}
      </Tag>
    );
  };
}

/** Wide tables scroll inside their own box, so a phone never scrolls the whole page sideways. */
function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="table">
      <table {...props} />
    </div>
  );
}

/**
 * An architecture diagram, laid out to SVG at build time (lib/content/remark-diagrams.ts).
 * The SVG carries its own title and description for screen readers; the caption
 * shows the title to everyone. A wide diagram shrinks to the column, down to a legible size, then scrolls in its own box.
 */
function ArchitectureDiagram({ svg, title }: { svg: string; title: string }) {
  return (
    <figure className="diagram not-prose my-6">
      {/* Focusable, so a keyboard can scroll a diagram wider than a phone (the SVG says what it shows). */}
      <div tabIndex={0} role="group" aria-label={title} className="overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-900" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">{title}</figcaption>
    </figure>
  );
}

/**
 * The components every MDX body renders with, in the page's language (the
 * heading controls have localized names). Authors write plain Markdown; these
 * add anchors, copy-link buttons and safe links.
 */
export function mdxComponentsFor(locale: Locale) {
  return {
    a: Anchor,
    h2: headingWithAnchor('h2', locale),
    h3: headingWithAnchor('h3', locale),
    h4: headingWithAnchor('h4', locale),
    table: Table,
    ArchitectureDiagram,
  } satisfies MDXComponents;
}
