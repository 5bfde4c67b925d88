'use client';

import type { Status } from '@/lib/content/schema';
import type { MatrixDictionary } from '@/lib/i18n/matrix-dictionary';
import { formatPoints, type RankedRow, ratingOf, type Weights } from '@/lib/matrix/score';
import type { MatrixCriterion } from '@/lib/matrix/types';
import { Disclosure, useDisclosureGroup } from './disclosure';
import { FOCUS_RING } from './rating-style';
import { MemoRatingCell as RatingCell } from './rating-cell';
import { ScoreExplanation } from './score-explanation';
import { StatusMark } from './status-mark';
import { useGridFocus } from './use-grid-focus';

export interface MatrixViewProps {
  rows: RankedRow[];
  criteria: MatrixCriterion[];
  weights: Weights;
  t: MatrixDictionary;
  statusLabels: Record<Status, string>;
  /** The one pinned-open panel, by id, so tapping another cell closes the first. */
  openId: string | null;
  setOpenId: (id: string | null) => void;
}

/**
 * The wide layout: a data grid with technologies as rows (ranked) and criteria
 * as columns. Shown from the lg breakpoint, where eleven criteria fit without
 * scrolling sideways; narrower screens get MatrixCards instead.
 */
export function MatrixTable({ rows, criteria, weights, t, statusLabels, openId, setOpenId }: MatrixViewProps) {
  const grid = useGridFocus(rows.map((row) => row.tech.slug), criteria.length + 2);
  const names = new Map(criteria.map((c) => [c.key, c.name]));
  const toggle = (id: string) => (open: boolean) => setOpenId(open ? id : null);
  const group = useDisclosureGroup(openId, setOpenId, grid.focusCell);
  return (
    <div className="hidden lg:block" data-testid="matrix-table">
      <table
        role="grid"
        className="w-full border-collapse text-sm"
        {...group.containerProps}
        onKeyDown={(event) => {
          group.containerProps.onKeyDown(event);
          grid.onKeyDown(event);
        }}
      >
        <caption className="mb-2 text-left text-sm text-slate-700 dark:text-slate-300">{t.caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 align-bottom dark:border-slate-600">
            <th scope="col" className="px-1 py-2 text-left font-semibold">{t.rank}</th>
            <th scope="col" className="px-1 py-2 text-left font-semibold">{t.technology}</th>
            <th scope="col" className="px-1 py-2 text-left font-semibold">{t.score}</th>
            {criteria.map((c) => (
              <th key={c.key} scope="col" className="px-1 py-2 text-left text-[0.6875rem] leading-tight font-semibold" data-criterion={c.key}>
                {c.name}
                <span className={`block font-normal ${weights[c.key] ? 'text-slate-700 dark:text-slate-300' : 'text-slate-600 italic dark:text-slate-400'}`}>
                  {t.weightShort(weights[c.key] ?? 0)}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ tech, result, rank }) => (
            <tr key={tech.slug} className="border-b border-slate-200 align-top dark:border-slate-800" data-tech={tech.slug}>
              <td className="px-1 py-2 tabular-nums" data-testid="rank">{rank}</td>
              <th scope="row" className="px-1 py-2 text-left font-semibold">
                <a href={tech.href} className={`rounded text-brand-700 underline dark:text-brand-300 ${FOCUS_RING}`} data-cell={`${tech.slug}:0`} tabIndex={grid.cellProps(tech.slug, 0).tabIndex}>
                  {tech.title}
                </a>{' '}
                <StatusMark status={tech.status} label={statusLabels[tech.status]} />
              </th>
              <td className="px-1 py-2">
                <Disclosure
                  id={`t-score-${tech.slug}`}
                  label={<span data-testid="score">{formatPoints(result.score)}</span>}
                  buttonClassName={`rounded px-2 py-1 font-semibold tabular-nums ring-1 ring-inset ring-slate-300 hover:bg-slate-100 dark:ring-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`}
                  open={openId === `t-score-${tech.slug}`}
                  engaged={group.engaged === `t-score-${tech.slug}`}
                  onToggle={toggle(`t-score-${tech.slug}`)}
                  placement="below-start"
                  panelWidth="w-96"
                  {...grid.cellProps(tech.slug, 1)}
                >
                  <ScoreExplanation id={`t-score-${tech.slug}-why`} result={result} names={names} t={t} />
                </Disclosure>
              </td>
              {criteria.map((c, i) => {
                const id = `t-${tech.slug}-${c.key}`;
                return (
                  <td key={c.key} className="px-1 py-2" data-criterion={c.key}>
                    <RatingCell
                      id={id}
                      tech={tech}
                      criterion={c.key}
                      rating={ratingOf(tech, c.key)}
                      t={t}
                      open={openId === id}
                      engaged={group.engaged === id}
                      onToggle={toggle(id)}
                      placement={i < criteria.length / 2 ? 'below-start' : 'below-end'}
                      {...grid.cellProps(tech.slug, i + 2)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
