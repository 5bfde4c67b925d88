import type { Technology } from '@/lib/content/load';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { routes } from '@/lib/site';
import { StatusBadge } from '../ui/status-badge';
import { SectionHeading } from './section-heading';

export function RelatedTechnologies({ related, locale }: { related: Technology[]; locale: Locale }) {
  const t = getDictionary(locale).article;
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related" className="mt-12">
      <SectionHeading id="related" locale={locale}>{t.related}</SectionHeading>
      <ul className="mt-4 grid gap-2 sm:grid-cols-2">
        {related.map((tech) => (
          <li key={tech.slug}>
            <a href={routes.tech(locale, tech.slug)} className="flex items-center justify-between gap-2 rounded border border-slate-200 px-3 py-2 hover:border-brand-600 dark:border-slate-800">
              <span className="font-medium">{tech.title}</span>
              <StatusBadge status={tech.status.state} locale={locale} />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SourcesList({ tech, locale }: { tech: Technology; locale: Locale }) {
  const t = getDictionary(locale).article;
  return (
    <section aria-labelledby="sources" className="mt-12">
      <SectionHeading id="sources" locale={locale}>{t.sources}</SectionHeading>
      <ol className="mt-4 list-decimal space-y-1 pl-6 text-sm">
        {tech.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} className="underline" rel="noopener">
              {source.title}
            </a>
            <span className="ml-1 break-all text-slate-600 dark:text-slate-400">({new URL(source.url).hostname})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function PreviousNext({ previous, next, locale }: { previous?: Technology; next?: Technology; locale: Locale }) {
  const t = getDictionary(locale).article;
  return (
    <nav aria-label={`${t.previous} / ${t.next}`} className="no-print mt-12 grid gap-3 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-800">
      {previous ? (
        <a href={routes.tech(locale, previous.slug)} rel="prev" className="rounded border border-slate-200 p-3 hover:border-brand-600 dark:border-slate-800">
          <span className="block text-xs text-slate-600 dark:text-slate-400">← {t.previous}</span>
          <span className="font-semibold">{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={routes.tech(locale, next.slug)} rel="next" className="rounded border border-slate-200 p-3 text-right hover:border-brand-600 dark:border-slate-800">
          <span className="block text-xs text-slate-600 dark:text-slate-400">{t.next} →</span>
          <span className="font-semibold">{next.title}</span>
        </a>
      ) : null}
    </nav>
  );
}
