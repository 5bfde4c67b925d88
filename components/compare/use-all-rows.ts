'use client';

import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ComparePreview } from '@/lib/compare/preview';
import type { CompareRow } from '@/lib/compare/row';
import { whenIdle } from '@/components/ui/when-idle';

export interface AllRows {
  /** Every row, once it has arrived (at once when the preview holds them all). */
  rows: CompareRow[] | undefined;
  /** Every row, fetched once however often it is asked for. */
  request: () => Promise<CompareRow[]>;
  /** True when the rows could not be fetched. */
  failed: boolean;
}

/**
 * Every row of the comparison, beyond the first page the page hydrated with
 * (see ComparePreview). They are fetched when the browser is idle after
 * hydration, or at once when the view needs them (`needed`). Their arrival
 * re-renders the table only when the view is waiting for them: while the
 * preview answers the view, parsing a few hundred rows changes nothing on
 * screen, so nothing is drawn again.
 */
export function useAllRows(preview: ComparePreview, url: string, needed: boolean): AllRows {
  const store = useRef<CompareRow[] | undefined>(preview.complete ? preview.rows : undefined);
  const pending = useRef<Promise<CompareRow[]> | undefined>(undefined);
  const waiting = useRef(false);
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  const [failed, setFailed] = useState(false);

  const request = useCallback(() => {
    if (store.current) return Promise.resolve(store.current);
    pending.current ??= fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
        return response.json() as Promise<{ rows: CompareRow[] }>;
      })
      .then(({ rows }) => {
        store.current = rows;
        setFailed(false);
        if (waiting.current) arrived();
        return rows;
      })
      .catch((error: unknown) => {
        // A later request tries again (the reader may be back online).
        pending.current = undefined;
        setFailed(true);
        throw error;
      });
    return pending.current;
  }, [url]);

  useEffect(() => {
    if (store.current) return undefined;
    return whenIdle(() => void request().catch(() => undefined));
  }, [request]);

  useEffect(() => {
    if (!needed || store.current) return;
    waiting.current = true;
    void request().catch(() => undefined);
  }, [needed, request]);

  return { rows: store.current, request, failed };
}
