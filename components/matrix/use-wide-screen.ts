'use client';

import { useEffect, useState } from 'react';

/** Tailwind's lg breakpoint, where the matrix switches from cards to the grid. */
const WIDE = '(min-width: 64rem)';

/** The screen's answer in the browser; undefined on the server, which cannot know the screen. */
function currentMatch(): boolean | undefined {
  return typeof window === 'undefined' ? undefined : window.matchMedia(WIDE).matches;
}

/**
 * Which matrix layout the screen needs. The server's HTML carries both
 * layouts and CSS shows the right one, so the page works without JavaScript.
 * In the browser the answer is known from the first render, so hydration
 * builds only the layout on screen and drops the other's markup (Preact, which
 * hydrates the islands, adopts the elements that match and removes the rest),
 * rather than building both and removing one a render later: on a phone that
 * halves the work before the page answers a tap.
 */
export function useWideScreen(): boolean | undefined {
  const [wide, setWide] = useState<boolean | undefined>(currentMatch);
  useEffect(() => {
    const query = matchMedia(WIDE);
    const update = () => setWide(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return wide;
}
