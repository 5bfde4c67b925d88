import type { Technology } from '@/lib/content/load';
import { getDictionary } from '@/lib/i18n/dictionary';
import { formatPartialDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { getFreshnessDictionary } from '@/lib/i18n/freshness-dictionary';
import { routes } from '@/lib/site';
import { StatusBadge } from '../ui/status-badge';
import { HeadingAnchor } from '../ui/heading-anchor';

function TechLinks({ slugs, titles, locale }: { slugs: string[]; titles: Map<string, string>; locale: Locale }) {
  return (
    <span className="flex flex-wrap gap-x-3">
      {slugs.map((slug) => (
        // A list of links, not words in a sentence: each keeps a 24 px target (WCAG 2.5.8), short names like K3s too.
        <a key={slug} href={routes.tech(locale, slug)} className="inline-flex min-h-6 min-w-6 items-center font-semibold underline">
          {titles.get(slug) ?? slug}
        </a>
      ))}
    </span>
  );
}

/** The article's structured facts, straight from its frontmatter; `footer` holds its freshness line and links. */
export function FactsBox({ tech, titles, locale, footer }: { tech: Technology; titles: Map<string, string>; locale: Locale; footer?: React.ReactNode }) {
  const t = getDictionary(locale).article;
  const rows: { label: string; value: React.ReactNode }[] = [
    {
      label: t.status,
      value: (
        <span className="flex flex-col gap-1">
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge status={tech.status.state} locale={locale} />
            <span className="text-slate-600 dark:text-slate-400">
              {t.since} {formatPartialDate(tech.status.since, locale)}
            </span>
          </span>
          <span>{tech.status.note}</span>
        </span>
      ),
    },
  ];
  if (tech.successors.length) {
    rows.push({ label: t.successors, value: <TechLinks slugs={tech.successors} titles={titles} locale={locale} /> });
  }
  if (tech.alternatives.length) {
    rows.push({ label: getFreshnessDictionary(locale).alternatives, value: <TechLinks slugs={tech.alternatives} titles={titles} locale={locale} /> });
  }
  rows.push(
    { label: t.governance, value: tech.governance },
    { label: t.firstRelease, value: formatPartialDate(tech.firstRelease, locale) },
    { label: t.license, value: tech.license },
  );
  if (tech.languages.length) rows.push({ label: t.languages, value: tech.languages.join(', ') });
  rows.push({
    label: t.docs,
    value: (
      <a href={tech.docsUrl} className="break-all underline" rel="noopener">
        {tech.docsUrl.replace(/^https?:\/\//, '')}
      </a>
    ),
  });
  if (tech.repoUrl) {
    rows.push({
      label: t.repository,
      value: (
        <a href={tech.repoUrl} className="break-all underline" rel="noopener">
          {tech.repoUrl.replace(/^https?:\/\//, '')}
        </a>
      ),
    });
  }
  return (
    <aside aria-labelledby="facts-heading" className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 id="facts-heading" className="group mb-3 text-base font-semibold">
        {t.facts}
        <HeadingAnchor id="facts-heading" locale={locale} />
      </h2>
      <dl className="grid grid-cols-[minmax(6rem,auto)_1fr] gap-x-4 gap-y-2">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {footer}
    </aside>
  );
}
