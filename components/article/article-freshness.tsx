import type { Section } from '@/lib/content/mdx';
import { editUrl, type Repository, reportUrl } from '@/lib/freshness/repository';
import { getFreshnessDictionary } from '@/lib/i18n/freshness-dictionary';
import { formatPartialDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

export interface ArticleFreshnessProps {
  locale: Locale;
  title: string;
  /** "content/en/zun.mdx" */
  file: string;
  /** "YYYY-MM-DD": when the facts were last checked. */
  reviewed: string;
  /** ISO date-time of the file's last commit; undefined when the history does not say (nothing is shown then). */
  lastChanged?: string;
  sections: Pick<Section, 'id' | 'title' | 'depth'>[];
  /** The page's absolute URL, named in the report. */
  pageUrl: string;
  /** Where edits and reports go; null hides both links. */
  repository: Repository | null;
}

/**
 * How fresh the article is, and how to fix it: the month its facts were
 * checked, the day the file last changed, and plain links to edit the file
 * or report an outdated fact (for the whole page, or one section through a
 * <details> list, which needs no JavaScript).
 */
export function ArticleFreshness({ locale, title, file, reviewed, lastChanged, sections, pageUrl, repository }: ArticleFreshnessProps) {
  const t = getFreshnessDictionary(locale);
  const report = (section?: { id: string; title: string }) =>
    repository ? reportUrl(repository, { title, locale, pageUrl, file, reviewed, section }) : '';
  const topSections = sections.filter((section) => section.depth === 2);
  return (
    <div className="mt-4 space-y-1 border-t border-slate-200 pt-3 text-slate-700 dark:border-slate-800 dark:text-slate-300" data-freshness>
      <p data-reviewed={reviewed}>
        <time dateTime={reviewed}>{t.factsChecked(formatPartialDate(reviewed.slice(0, 7), locale))}</time>
      </p>
      {lastChanged ? (
        <p data-last-changed={lastChanged}>
          <time dateTime={lastChanged}>{t.lastChanged(formatPartialDate(lastChanged.slice(0, 10), locale))}</time>
        </p>
      ) : null}
      {repository ? (
        <>
          <p className="flex flex-wrap gap-x-3 pt-1">
            <a href={editUrl(repository, file)} className="underline" rel="noopener" data-edit-link>
              {t.edit}
            </a>
            <a href={report()} className="underline" rel="noopener" data-report-link>
              {t.report}
            </a>
          </p>
          {topSections.length ? (
            <details>
              <summary className="cursor-pointer underline decoration-dotted">{t.reportInSection}</summary>
              <ul className="mt-1 space-y-1 pl-4">
                {topSections.map((section) => (
                  <li key={section.id}>
                    <a href={report(section)} className="underline" rel="noopener" data-report-section={section.id}>
                      {section.title}
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
