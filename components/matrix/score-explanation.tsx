'use client';

import type { MatrixDictionary } from '@/lib/i18n/matrix-dictionary';
import { type Contribution, formatPoints, RATING_POINTS, type TechnologyScore } from '@/lib/matrix/score';

/** Each criterion's part in a score, one line each, then the total: how the number came about. */
export function ScoreExplanation({ id, result, names, t }: { id: string; result: TechnologyScore; names: Map<string, string>; t: MatrixDictionary }) {
  function line(c: Contribution): string {
    const name = names.get(c.criterion) ?? c.criterion;
    if (c.kind === 'unknown') return t.notRated(name);
    if (c.kind === 'not-applicable') return t.notApplicable(name);
    const rating = t.ratings[c.rating];
    if (c.kind === 'zero-weight') return t.zeroWeight(name, rating);
    const value = formatPoints(RATING_POINTS[c.rating as keyof typeof RATING_POINTS]);
    return t.counted(name, rating, value, c.weight, formatPoints(c.points));
  }
  return (
    <div id={id}>
      <p className="font-semibold">{t.explain}</p>
      <ul className="mt-1 space-y-0.5" data-testid="score-lines">
        {result.contributions.map((c) => (
          <li key={c.criterion} className={c.kind === 'counted' ? '' : 'text-slate-600 dark:text-slate-400'} data-kind={c.kind}>
            {line(c)}
          </li>
        ))}
      </ul>
      <p className="mt-1 font-semibold">{t.total(formatPoints(result.score), result.best)}</p>
    </div>
  );
}
