import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { HeadingAnchor } from '../ui/heading-anchor';

/** An h2 with a visible link to itself and a copy-link button, so any section can be linked from a slide or a chat. */
export function SectionHeading({ id, locale, children }: { id: string; locale: Locale; children: ReactNode }) {
  return (
    <h2 id={id} className="group text-2xl font-bold">
      {children}
      <HeadingAnchor id={id} locale={locale} />
    </h2>
  );
}
