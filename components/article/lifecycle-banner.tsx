import type { Technology } from '@/lib/content/load';
import { getDictionary } from '@/lib/i18n/dictionary';
import { formatPartialDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { getFreshnessDictionary } from '@/lib/i18n/freshness-dictionary';
import { routes } from '@/lib/site';

function TechList({ label, slugs, titles, locale, kind }: { label: string; slugs: string[]; titles: Map<string, string>; locale: Locale; kind: string }) {
  if (!slugs.length) return null;
  return (
    <p className="mt-1" data-banner-list={kind}>
      {label}{' '}
      {slugs.map((slug, i) => (
        <span key={slug}>
          {i > 0 ? ', ' : null}
          <a href={routes.tech(locale, slug)} className="font-semibold underline">
            {titles.get(slug) ?? slug}
          </a>
        </span>
      ))}
    </p>
  );
}

/**
 * A retired or deprecated technology says so first, with what to use instead:
 * the successors its vendor or community named, then what people use today
 * (`alternatives`), kept apart so the banner never claims a succession nobody announced.
 */
export function LifecycleBanner({ tech, titles, locale }: { tech: Technology; titles: Map<string, string>; locale: Locale }) {
  const { state, since, note } = tech.status;
  if (state !== 'retired' && state !== 'deprecated') return null;
  const t = getDictionary(locale).article;
  const date = formatPartialDate(since, locale);
  return (
    <div role="note" className="mt-6 rounded-lg border-l-4 border-rose-600 bg-rose-50 p-4 text-rose-950 dark:border-rose-400 dark:bg-rose-950/60 dark:text-rose-100">
      <p className="font-semibold">{state === 'retired' ? t.retiredBanner(date) : t.deprecatedBanner(date)} {note}</p>
      <TechList label={t.useInstead} slugs={tech.successors} titles={titles} locale={locale} kind="successors" />
      <TechList label={getFreshnessDictionary(locale).alternatives + ':'} slugs={tech.alternatives} titles={titles} locale={locale} kind="alternatives" />
    </div>
  );
}
