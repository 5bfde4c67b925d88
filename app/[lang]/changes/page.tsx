import type { Metadata } from 'next';
import { loadTechnologies } from '@/lib/content/load';
import { buildChanges } from '@/lib/freshness/changes';
import { contentHistory } from '@/lib/freshness/history-store';
import { getFreshnessDictionary } from '@/lib/i18n/freshness-dictionary';
import { formatPartialDate } from '@/lib/i18n/format';
import { localeFrom } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/metadata';
import { absoluteUrl, routes } from '@/lib/site';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await localeFrom(params);
  const t = getFreshnessDictionary(lang).changes;
  const metadata = pageMetadata({ locale: lang, path: routes.changes, title: t.title, description: t.description });
  // <link rel="alternate" type="application/atom+xml"> in the head, so feed readers find the feed from the page.
  return {
    ...metadata,
    alternates: { ...metadata.alternates, types: { 'application/atom+xml': [{ url: absoluteUrl(routes.changesFeed(lang)), title: t.feedTitle }] } },
  };
}

const link = 'font-semibold text-brand-700 underline decoration-1 underline-offset-2 dark:text-brand-300';

export default async function ChangesPage({ params }: Props) {
  const lang = await localeFrom(params);
  const t = getFreshnessDictionary(lang).changes;
  const { events, articles, historyState } = buildChanges(loadTechnologies(lang), lang, contentHistory());
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.intro}</p>
      <p className="mt-3">
        <a href={routes.changesFeed(lang)} type="application/atom+xml" className={link} data-feed-link>
          {t.feed}
        </a>
      </p>

      <h2 id="events" className="mt-10 text-2xl font-bold">
        {t.events}
      </h2>
      <ol className="mt-4 space-y-3" data-change-list="events">
        {events.map((event) => (
          <li key={event.anchor} id={event.anchor} className="[overflow-wrap:anywhere]">
            <time dateTime={event.date} className="block text-sm text-slate-600 dark:text-slate-400">
              {formatPartialDate(event.date, lang)}
            </time>
            <a href={event.href} className={link}>
              {event.title}
            </a>
            {': '}
            {event.kind === 'status' ? <strong>{event.label}.</strong> : event.label} {event.note}
          </li>
        ))}
      </ol>

      <h2 id="updates" className="mt-10 text-2xl font-bold">
        {t.updates}
      </h2>
      {historyState !== 'complete' ? (
        <p className="mt-3 text-slate-700 dark:text-slate-300" data-history-state={historyState}>
          {historyState === 'shallow' ? t.historyShallow : t.historyUnavailable}
        </p>
      ) : null}
      {articles.length ? <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{t.commitLanguageNote}</p> : null}
      <ul className="mt-4 space-y-6" data-change-list="updates">
        {articles.map((article) => (
          <li key={article.slug}>
            <h3 className="text-lg font-semibold">
              <a href={article.href} className={link}>
                {article.title}
              </a>
            </h3>
            <ol className="mt-2 space-y-2 border-l-2 border-slate-300 pl-4 dark:border-slate-700">
              {article.updates.map((update) => (
                <li key={update.anchor} id={update.anchor}>
                  <time dateTime={update.date} className="block text-sm text-slate-600 dark:text-slate-400">
                    {formatPartialDate(update.date.slice(0, 10), lang)}
                  </time>
                  {/* Commit messages are English in both languages; lang keeps screen readers' pronunciation right. */}
                  <span lang="en">{update.subject}</span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </div>
  );
}
