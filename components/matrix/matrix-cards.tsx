'use client';

import { Fragment } from 'react';
import { formatPoints, ratingOf } from '@/lib/matrix/score';
import { Disclosure, useDisclosureGroup } from './disclosure';
import type { MatrixViewProps } from './matrix-table';
import { FOCUS_RING } from './rating-style';
import { MemoRatingCell as RatingCell } from './rating-cell';
import { ScoreExplanation } from './score-explanation';
import { StatusMark } from './status-mark';

/**
 * The narrow layout: one card per technology, in ranked order, each listing
 * its ratings. A phone never has to scroll sideways through a wide grid.
 */
export function MatrixCards({ rows, criteria, weights, t, statusLabels, openId, setOpenId }: MatrixViewProps) {
  const names = new Map(criteria.map((c) => [c.key, c.name]));
  const toggle = (id: string) => (open: boolean) => setOpenId(open ? id : null);
  const group = useDisclosureGroup(openId, setOpenId);
  return (
    <ol className="space-y-4 lg:hidden" aria-label={t.caption} data-testid="matrix-cards" {...group.containerProps}>
      {rows.map(({ tech, result, rank }) => (
        <li key={tech.slug} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-tech={tech.slug}>
          <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            <span className="font-semibold tabular-nums" data-testid="rank">
              {rank}.
            </span>
            <h3 className="text-lg font-semibold">
              <a href={tech.href} className={`rounded text-brand-700 underline dark:text-brand-300 ${FOCUS_RING}`}>
                {tech.title}
              </a>
            </h3>
            <StatusMark status={tech.status} label={statusLabels[tech.status]} />
          </div>
          <div className="mt-2">
            <Disclosure
              id={`c-score-${tech.slug}`}
              label={
                <>
                  {t.score}: <span data-testid="score">{formatPoints(result.score)}</span> <span aria-hidden="true" className="print:hidden">▾</span>
                </>
              }
              buttonClassName={`rounded px-2 py-1 text-sm font-semibold tabular-nums ring-1 ring-inset ring-slate-300 dark:ring-slate-600 ${FOCUS_RING}`}
              open={openId === `c-score-${tech.slug}`}
              engaged={group.engaged === `c-score-${tech.slug}`}
              onToggle={toggle(`c-score-${tech.slug}`)}
              placement="inline"
            >
              <ScoreExplanation id={`c-score-${tech.slug}-why`} result={result} names={names} t={t} />
            </Disclosure>
          </div>
          <dl className="mt-3 grid grid-cols-[minmax(0,1fr)_auto] items-start gap-x-3 gap-y-1.5 text-sm">
            {criteria.map((c) => (
              <Fragment key={c.key}>
                <dt className="py-1">
                  {c.name} <span className="text-xs text-slate-600 dark:text-slate-400">({t.weightShort(weights[c.key] ?? 0)})</span>
                </dt>
                <dd className="min-w-28" data-criterion={c.key}>
                  <RatingCell
                    id={`c-${tech.slug}-${c.key}`}
                    tech={tech}
                    criterion={c.key}
                    rating={ratingOf(tech, c.key)}
                    t={t}
                    open={openId === `c-${tech.slug}-${c.key}`}
                    engaged={group.engaged === `c-${tech.slug}-${c.key}`}
                    onToggle={toggle(`c-${tech.slug}-${c.key}`)}
                    placement="below-end"
                  />
                </dd>
              </Fragment>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}
