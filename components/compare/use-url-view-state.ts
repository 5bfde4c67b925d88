'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultViewState, parseViewState, serializeViewState, type ViewState } from '@/lib/compare/view-state';
import type { IgnoredParam } from '@/lib/url-state';
import { afterNextPaint } from '@/components/ui/after-paint';

/**
 * The comparison view state, kept in the address bar. The first render uses
 * the default state, which is what the static HTML shows; the real state is
 * read from the URL after hydration and again on back/forward (popstate).
 * Each change is a history entry, except that the keystrokes of one typing
 * run share a single entry, so Back undoes a whole word, not one letter.
 */
export function useUrlViewState() {
  const [state, setState] = useState<ViewState>(() => defaultViewState());
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);
  const typing = useRef(false);

  useEffect(() => {
    function readUrl() {
      const parsed = parseViewState(window.location.search);
      // The same view (the plain address, as the server rendered it) keeps its state object, so nothing renders again.
      setState((current) => (JSON.stringify(current) === JSON.stringify(parsed.state) ? current : parsed.state));
      setIgnored((current) => (current.length === 0 && parsed.ignored.length === 0 ? current : parsed.ignored));
      typing.current = false;
    }
    readUrl();
    window.addEventListener('popstate', readUrl);
    return () => window.removeEventListener('popstate', readUrl);
  }, []);

  const commit = useCallback((next: ViewState, replace: boolean) => {
    setState(next);
    setIgnored((current) => (current.length === 0 ? current : []));
    const url = `${window.location.pathname}${serializeViewState(next)}${window.location.hash}`;
    afterNextPaint(() => {
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    });
  }, []);

  const update = useCallback(
    (next: ViewState) => {
      typing.current = false;
      commit(next, false);
    },
    [commit],
  );

  const updateQuery = useCallback(
    (next: ViewState) => {
      commit(next, typing.current);
      typing.current = true;
    },
    [commit],
  );

  const endTyping = useCallback(() => {
    typing.current = false;
  }, []);

  return { state, ignored, update, updateQuery, endTyping };
}
