/** One pro or con as the interface shows it: a statement, optionally tied to a criterion. */
export interface ListedPoint {
  text: string;
  criterion?: string;
}

/**
 * A list of pros or cons, each with its symbol (so the list never depends on
 * colour alone) and the name of the criterion it speaks to. Used by the
 * article and by the matrix's side-by-side view.
 */
export function PointList({
  points,
  symbol,
  tone,
  criterionNames,
  criterionLabel,
  className = 'space-y-2',
}: {
  points: ListedPoint[];
  symbol: string;
  tone: string;
  criterionNames: Map<string, string>;
  criterionLabel: string;
  className?: string;
}) {
  return (
    <ul className={className}>
      {points.map((point) => (
        <li key={point.text} className="flex gap-2">
          <span aria-hidden="true" className={`font-bold ${tone}`}>
            {symbol}
          </span>
          <span>
            {point.text}
            {point.criterion && criterionNames.has(point.criterion) ? (
              <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                <span className="sr-only">{criterionLabel}: </span>
                {criterionNames.get(point.criterion)}
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
