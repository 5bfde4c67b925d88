'use client';

import { useEffect, useState } from 'react';
import { useCopy } from './use-copy';

interface Labels {
  copy: string;
  copied: string;
  failed: string;
}

/**
 * Copies the address of one heading (origin, path and #id) for a slide or a
 * chat. It stays hidden until JavaScript runs, so readers without it never
 * meet a button that does nothing; the "#" link beside it works for them.
 */
export function CopyLinkButton({ id, labels }: { id: string; labels: Labels }) {
  const [ready, setReady] = useState(false);
  const { state, copy } = useCopy();
  useEffect(() => setReady(true), []);
  return (
    <span className="no-print relative ml-1 inline-flex align-middle" hidden={!ready}>
      <button
        type="button"
        data-copy-link={id}
        aria-label={labels.copy}
        title={labels.copy}
        onClick={() => copy(`${window.location.origin}${window.location.pathname}#${id}`)}
        className="inline-flex h-7 w-7 items-center justify-center rounded text-base font-normal text-slate-600 hover:bg-slate-100 hover:text-brand-700 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-brand-300"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          {state === 'copied' ? (
            <path d="M5 12l5 5L20 7" />
          ) : (
            <>
              <rect x="9" y="9" width="12" height="12" rx="2" />
              <path d="M5 15V5a2 2 0 0 1 2-2h10" />
            </>
          )}
        </svg>
      </button>
      <span
        role="status"
        className={
          state === 'idle'
            ? 'sr-only'
            : 'absolute right-0 top-full z-10 mt-1 w-max max-w-[min(16rem,80vw)] rounded bg-slate-900 px-2 py-0.5 text-xs font-medium text-white dark:bg-white dark:text-slate-900'
        }
      >
        {state === 'copied' ? labels.copied : state === 'failed' ? labels.failed : ''}
      </span>
    </span>
  );
}
