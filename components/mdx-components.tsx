import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';

/** External links say nothing about us to the sites they lead to. Internal links are plain anchors: static pages need no client router. */
function Anchor({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  const external = /^https?:\/\//.test(href);
  return (
    <a href={href} rel={external ? 'noopener' : undefined} {...rest}>
      {children}
    </a>
  );
}

function headingWithAnchor(Tag: 'h2' | 'h3' | 'h4') {
  return function Heading({ id, children, ...rest }: ComponentPropsWithoutRef<'h2'>) {
    return (
      <Tag id={id} className="group" {...rest}>
        {children}
        {id ? (
          <a href={`#${id}`} aria-label={`#${id}`} className="ml-2 font-normal text-slate-400 no-underline opacity-60 hover:text-brand-600 group-hover:opacity-100 focus-visible:opacity-100">
            #
          </a>
        ) : null}
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

/** The components every MDX body renders with. Authors write plain Markdown; these add anchors and safe links. */
export const mdxComponents = {
  a: Anchor,
  h2: headingWithAnchor('h2'),
  h3: headingWithAnchor('h3'),
  h4: headingWithAnchor('h4'),
  table: Table,
} satisfies MDXComponents;
