'use client';

import { memo } from 'react';
import type { MatrixDictionary } from '@/lib/i18n/matrix-dictionary';
import type { CellRating, MatrixTechnology } from '@/lib/matrix/types';
import { Disclosure, type PanelPlacement } from './disclosure';
import { FOCUS_RING, RATING_STYLES, RATING_SYMBOLS } from './rating-style';
import { sameExceptHandlers } from './same-except-handlers';

interface RatingCellProps {
  id: string;
  tech: MatrixTechnology;
  criterion: string;
  rating: CellRating;
  t: MatrixDictionary;
  open: boolean;
  engaged: boolean;
  onToggle: (open: boolean) => void;
  placement: PanelPlacement;
  tabIndex?: number;
  cell?: string;
}

/** One rating: symbol, word and colour; the reason and a link to the article's pros and cons on hover, focus or tap (rendered only then). */
export function RatingCell({ id, tech, criterion, rating, t, ...disclosure }: RatingCellProps) {
  const rated = tech.ratings[criterion];
  const anchor = rated?.anchor ?? 'pros-and-cons';
  return (
    <Disclosure
      id={id}
      describedBy={`${id}-reason`}
      label={
        <>
          <span aria-hidden="true" className="font-bold">
            {RATING_SYMBOLS[rating]}
          </span>
          {/* A no-break space keeps the symbol on the line of its word. */}
          {'\u00a0'}
          {t.ratings[rating]}
        </>
      }
      buttonClassName={`w-full rounded px-1.5 py-1 text-xs font-semibold ring-1 ring-inset ${RATING_STYLES[rating]} ${FOCUS_RING}`}
      {...disclosure}
    >
      <p id={`${id}-reason`}>{rated?.reason ?? t.unknownReason}</p>
      <a href={`${tech.href}#${anchor}`} className="mt-2 inline-block text-brand-700 underline dark:text-brand-300" tabIndex={disclosure.open ? 0 : -1}>
        {t.readMore(tech.title)}
      </a>
    </Disclosure>
  );
}

/**
 * A rating cell that draws again only when what it shows changes (its
 * rating, whether it is open or holds the grid's tab stop), not when the
 * weights re-rank the rows around it. Its handlers only forward the cell's
 * own id and key, so an earlier render's handlers are as good as new ones.
 */
export const MemoRatingCell = memo(RatingCell, sameExceptHandlers);
