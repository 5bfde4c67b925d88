import { CopyLinkButton } from '@/components/share/copy-link-button';
import type { Locale } from '@/lib/i18n/locales';
import { getShareDictionary } from '@/lib/i18n/share-dictionary';

/**
 * The controls every heading with an id carries: a "#" link to itself (works
 * without JavaScript, and shows the address on hover) and a button that
 * copies the full URL with the anchor. Used by MDX headings and page sections alike.
 */
export function HeadingAnchor({ id, locale }: { id: string; locale: Locale }) {
  const t = getShareDictionary(locale);
  return (
    <span className="no-print whitespace-nowrap">
      <a
        href={`#${id}`}
        aria-label={t.sectionLink}
        className="ml-2 font-normal text-slate-600 no-underline hover:text-brand-700 dark:text-slate-400 dark:hover:text-brand-300"
      >
        #
      </a>
      <CopyLinkButton id={id} labels={{ copy: t.copySectionLink, copied: t.copied, failed: t.copyFailed }} />
    </span>
  );
}
