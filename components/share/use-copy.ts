'use client';

import { useEffect, useRef, useState } from 'react';
import { copyText } from '@/lib/share/copy-text';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies on demand and reports the outcome for a few seconds, long enough to read and to be announced. */
export function useCopy(resetAfterMs = 2500) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  async function copy(text: string) {
    const ok = await copyText(text);
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), resetAfterMs);
  }
  return { state, copy };
}
