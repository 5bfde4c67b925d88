'use client';

import { useState } from 'react';
import type { MatrixDictionary } from '@/lib/i18n/matrix-dictionary';
import { type Contribution, formatPoints, type RankedRow } from '@/lib/matrix/score';
import { FOCUS_RING } from './rating-style';
import { ScoreExplanation } from './score-explanation';

/** The bar's drawing units: 100 each side of the zero line. */
const HALF = 100;

/**
 * The ranking as bars: each technology's counted criteria stacked to the right
 * (pros × weight) or to the left (cons × weight) of zero, from the same
 * scoring code as the table, so it changes as the weights do. The bars are a
 * picture of numbers that stay on screen as text, and each row opens its
 * line-by-line breakdown, so keyboard and screen-reader users lose nothing.
 */
export function ScoreChart({ rows, names, t }: { rows: RankedRow[]; names: Map<string, string>; t: MatrixDictionary }) {
  const sums = rows.map(({ result }) => {
    const counted = result.contributions.filter((c) => c.kind === 'counted' && c.points !== 0);
    return { pros: counted.filter((c) => c.points > 0), cons: counted.filter((c) => c.points < 0) };
  });
  const total = (list: Contribution[]) => list.reduce((sum, c) => sum + c.points, 0);
  const widest = Math.max(1, ...sums.flatMap(({ pros, cons }) => [total(pros), -total(cons)]));
  const unit = HALF / widest;

  function segments(list: Contribution[], direction: 1 | -1) {
    let at = HALF;
    return list.map((c) => {
      const width = Math.abs(c.points) * unit;
      const x = direction === 1 ? at : at - width;
      at += direction * width;
      return (
        <rect key={c.criterion} x={x} y="0" width={width} height="14" className={direction === 1 ? 'score-pro' : 'score-con'}>
          <title>{t.segment(names.get(c.criterion) ?? c.criterion, formatPoints(c.points), c.weight)}</title>
        </rect>
      );
    });
  }

  return (
    <figure className="score-chart mt-6 rounded-lg border border-slate-200 p-3 dark:border-slate-700" aria-labelledby="score-chart-title" data-testid="score-chart">
      <figcaption>
        <span id="score-chart-title" className="font-semibold">
          {t.scoreChart}
        </span>
        <span className="block text-sm text-slate-600 dark:text-slate-400">{t.scoreChartKey}</span>
      </figcaption>
      <ol className="mt-3 space-y-2">
        {rows.map(({ tech, result, rank }, i) => (
          <li key={tech.slug} data-score-row={tech.slug} className="grid grid-cols-[minmax(0,9rem)_minmax(6rem,1fr)] items-center gap-x-3 gap-y-0.5 sm:grid-cols-[minmax(0,11rem)_minmax(8rem,1fr)_auto]">
            <span className="truncate text-sm font-medium" title={tech.title}>
              {rank}. {tech.title}
            </span>
            <svg viewBox={`0 0 ${2 * HALF} 14`} preserveAspectRatio="none" className="score-bar h-3.5 w-full" aria-hidden="true">
              <line x1={HALF} x2={HALF} y1="0" y2="14" className="score-zero" />
              {segments(sums[i]!.cons, -1)}
              {segments(sums[i]!.pros, 1)}
            </svg>
            {/* Paper has no disclosure: the sums print as text, the breakdown stays in the table above. */}
            <span className="col-span-2 hidden text-sm tabular-nums sm:col-span-1 print:inline">
              {t.scoreSums(formatPoints(total(sums[i]!.pros)), formatPoints(total(sums[i]!.cons)), formatPoints(result.score))}
            </span>
            <Breakdown tech={tech} result={result} names={names} t={t} sums={t.scoreSums(formatPoints(total(sums[i]!.pros)), formatPoints(total(sums[i]!.cons)), formatPoints(result.score))} />
          </li>
        ))}
      </ol>
    </figure>
  );
}

/**
 * A row's line-by-line breakdown, built when the reader first opens it: the
 * chart lists a page of rows, and building every row's lines up front made
 * each weight or preset change draw a few hundred hidden lines again.
 */
function Breakdown({ tech, result, names, t, sums }: { tech: RankedRow['tech']; result: RankedRow['result']; names: Map<string, string>; t: MatrixDictionary; sums: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="col-span-2 text-sm sm:col-span-1 print:hidden" onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
      <summary className={`cursor-pointer rounded tabular-nums ${FOCUS_RING}`} data-testid="score-sums">
        <span className="sr-only">{t.scoreBreakdown(tech.title)}: </span>
        {sums}
      </summary>
      {opened ? (
        <div className="mt-1 rounded bg-slate-50 p-2 dark:bg-slate-900">
          <ScoreExplanation id={`score-chart-${tech.slug}`} result={result} names={names} t={t} />
        </div>
      ) : null}
    </details>
  );
}
