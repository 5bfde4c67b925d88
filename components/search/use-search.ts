'use client';

import { type ChangeEvent, type CompositionEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { SearchEngine, SearchResponse } from '@/lib/search/engine';
import { loadSearchEngine } from '@/lib/search/load-engine';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Long enough to skip the keystrokes of a fast typist, short enough to feel instant. */
const DEBOUNCE_MS = 120;

/**
 * The state of one search box: its text, the loaded engine and the last
 * response. An IME's composition updates (a half-built 쿠 becoming 쿱 then
 * 쿠버) change the box but do not search; the search runs once when the
 * composition ends, so characters are never lost and searches never storm.
 */
export function useSearch(locale: Locale, initialQuery = '', loadNow = false) {
  const [value, setValue] = useState(initialQuery);
  const [query, setQuery] = useState(initialQuery);
  const [status, setStatus] = useState<EngineStatus>('idle');
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [searchCount, setSearchCount] = useState(0);
  const engine = useRef<SearchEngine | null>(null);
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const load = useCallback(() => {
    if (engine.current || status === 'loading') return;
    setStatus('loading');
    loadSearchEngine(locale).then(
      (loaded) => {
        engine.current = loaded;
        setStatus('ready');
      },
      () => setStatus('error'),
    );
  }, [locale, status]);

  useEffect(() => {
    if (loadNow) load();
  }, [loadNow, load]);

  const schedule = useCallback((next: string, delay = DEBOUNCE_MS) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setQuery(next), delay);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  // Runs the search when the committed query or the engine changes.
  useEffect(() => {
    if (status !== 'ready' || !engine.current) return;
    if (!query.trim()) {
      setResponse(null);
      return;
    }
    setResponse(engine.current.search(query));
    setSearchCount((n) => n + 1);
  }, [query, status]);

  const inputProps = {
    value,
    onChange(event: ChangeEvent<HTMLInputElement>) {
      setValue(event.target.value);
      const nativeComposing = (event.nativeEvent as InputEvent).isComposing;
      if (!composing.current && !nativeComposing) schedule(event.target.value);
    },
    onCompositionStart() {
      composing.current = true;
      clearTimeout(timer.current);
    },
    onCompositionEnd(event: CompositionEvent<HTMLInputElement>) {
      composing.current = false;
      schedule(event.currentTarget.value);
    },
    onFocus: load,
    onPointerEnter: load,
  };

  /** Sets the text and searches at once (a suggestion or a recent search was picked). */
  const setNow = useCallback(
    (next: string) => {
      setValue(next);
      schedule(next, 0);
      load();
    },
    [schedule, load],
  );

  return { value, query, status, response, searchCount, inputProps, setNow, load };
}
