'use client';

import type { Status } from '@/lib/content/schema';
import type { MatrixDictionary } from '@/lib/i18n/matrix-dictionary';
import { formatPoints, type RankedRow } from '@/lib/matrix/score';
import type { MatrixPoint } from '@/lib/matrix/types';
import { PointList } from '@/components/ui/point-list';
import { FOCUS_RING } from './rating-style';
import { StatusMark } from './status-mark';

/** Side by side shows at most this many technologies; more columns would not fit beside each other. */
export const SIDE_BY_SIDE_MAX = 4;

/** Written out in full so Tailwind finds the class names in the source. */
const WIDE_COLUMNS: Record<number, string> = { 3: 'xl:grid-cols-3', 4: 'xl:grid-cols-4' };

function Points({ title, points, symbol, tone, names, t }: { title: string; points: MatrixPoint[]; symbol: string; tone: string; names: Map<string, string>; t: MatrixDictionary }) {
  return (
    <>
      <h4 className={`mt-3 font-semibold ${tone}`}>{title}</h4>
      <PointList points={points} symbol={symbol} tone={tone} criterionNames={names} criterionLabel={t.criterion} className="mt-1 space-y-1.5" />
    </>
  );
}

/** The full pros and cons of two to four technologies, next to each other (stacked on a phone). */
export function SideBySide({ rows, names, t, statusLabels }: { rows: RankedRow[]; names: Map<string, string>; t: MatrixDictionary; statusLabels: Record<Status, string> }) {
  if (rows.length < 2) return <p className="rounded border border-slate-300 p-3 dark:border-slate-600">{t.needTwo}</p>;
  const shown = rows.slice(0, SIDE_BY_SIDE_MAX);
  return (
    <>
      {rows.length > SIDE_BY_SIDE_MAX ? <p className="mb-3 text-sm" data-testid="only-four">{t.onlyFour(rows.length)}</p> : null}
      <div className={`grid gap-4 sm:grid-cols-2 ${WIDE_COLUMNS[shown.length] ?? ''}`} data-testid="side-by-side">
        {shown.map(({ tech, result, rank }) => (
          <section key={tech.slug} aria-labelledby={`side-${tech.slug}`} className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700" data-tech={tech.slug}>
            <h3 id={`side-${tech.slug}`} className="text-lg font-semibold">
              <span className="tabular-nums">{rank}.</span>{' '}
              <a href={tech.href} className={`rounded text-brand-700 underline dark:text-brand-300 ${FOCUS_RING}`}>
                {tech.title}
              </a>
            </h3>
            <p className="mt-1 flex flex-wrap items-center gap-2">
              <span>
                {t.score}: <strong className="tabular-nums">{formatPoints(result.score)}</strong>
              </span>
              <StatusMark status={tech.status} label={statusLabels[tech.status]} />
            </p>
            <Points title={t.pros} points={tech.pros} symbol="+" tone="text-emerald-800 dark:text-emerald-300" names={names} t={t} />
            <Points title={t.cons} points={tech.cons} symbol="−" tone="text-rose-800 dark:text-rose-300" names={names} t={t} />
          </section>
        ))}
      </div>
    </>
  );
}
