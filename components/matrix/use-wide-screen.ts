'use client';

import { useEffect, useState } from 'react';

/** Tailwind's lg breakpoint, where the matrix switches from cards to the grid. */
const WIDE = '(min-width: 64rem)';

/**
 * Which matrix layout the screen needs: undefined until hydration, when the
 * server's HTML carries both layouts and CSS shows the right one (so the page
 * works without JavaScript); afterwards only the needed layout is rendered,
 * which halves the page's DOM.
 */
export function useWideScreen(): boolean | undefined {
  const [wide, setWide] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    const query = matchMedia(WIDE);
    const update = () => setWide(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return wide;
}
