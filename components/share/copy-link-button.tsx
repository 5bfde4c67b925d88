interface Labels {
  copy: string;
  copied: string;
  failed: string;
}

/**
 * Copies the address of one heading (origin, path and #id) for a slide or a
 * chat. Server markup: components/islands/copy-link.ts copies on click and
 * sets `data-copy-state`, which swaps the icon and shows the outcome beside
 * the button. The outcome is announced by the page's one live region
 * (CopyLinkStatus), not from here: a live region inside a heading is invalid
 * HTML and can change what the heading announces. Hidden without a script;
 * the "#" link beside it works for those readers.
 */
export function CopyLinkButton({ id, labels }: { id: string; labels: Labels }) {
  return (
    <span data-js-only data-copy-state="idle" className="group/copy no-print relative ml-1 inline-flex align-middle">
      <button
        type="button"
        data-copy-link={id}
        data-copied={labels.copied}
        data-failed={labels.failed}
        aria-label={labels.copy}
        title={labels.copy}
        className="inline-flex h-7 w-7 items-center justify-center rounded text-base font-normal text-slate-600 hover:bg-slate-100 hover:text-brand-700 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-brand-300"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <g className="group-data-[copy-state=copied]/copy:hidden">
            <rect x="9" y="9" width="12" height="12" rx="2" />
            <path d="M5 15V5a2 2 0 0 1 2-2h10" />
          </g>
          <path d="M5 12l5 5L20 7" className="hidden group-data-[copy-state=copied]/copy:inline" />
        </svg>
      </button>
      <span
        aria-hidden="true"
        data-copy-link-outcome
        className="absolute right-0 top-full z-10 mt-1 w-max max-w-[min(16rem,80vw)] rounded bg-slate-900 px-2 py-0.5 text-xs font-medium text-white group-data-[copy-state=idle]/copy:sr-only dark:bg-white dark:text-slate-900"
      />
    </span>
  );
}

/**
 * The live region that announces "Link copied" for every heading's copy
 * button: one per page, outside any heading, so that screen readers hear the
 * outcome without it becoming part of a heading's name.
 */
export function CopyLinkStatus() {
  return <div role="status" data-copy-link-status className="sr-only" />;
}
