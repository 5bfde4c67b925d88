'use client';

import { type KeyboardEvent, type ReactNode, useState } from 'react';

export type PanelPlacement = 'below-start' | 'below-end' | 'inline';

const PLACEMENTS: Record<PanelPlacement, string> = {
  // pt-1 rather than a margin: the pointer crosses no gap between button and panel, so hover holds.
  'below-start': 'absolute left-0 top-full z-20 pt-1',
  'below-end': 'absolute right-0 top-full z-20 pt-1',
  inline: 'mt-1 w-full',
};

interface DisclosureProps {
  id: string;
  /** The button's content: what the cell says (symbol and word, or the score). */
  label: ReactNode;
  buttonClassName: string;
  /** Id of the element inside the panel that describes the button for screen readers. */
  describedBy?: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  placement: PanelPlacement;
  /** Width of a floating panel; narrow enough for a 360 px phone. */
  panelWidth?: string;
  /** The panel's content; `engaged` is true while the panel shows (pinned, hovered or focused). */
  children: ReactNode | ((engaged: boolean) => ReactNode);
  /** Roving focus inside the matrix grid: only one cell is in the tab order. */
  tabIndex?: number;
  cell?: string;
  onFocus?: () => void;
}

/**
 * A button that reveals a small panel on hover and on focus (CSS alone, so it
 * works before JavaScript loads), and pins it open on click, tap, Enter or
 * Space. Escape unpins it. The panel's text also describes the button, so a
 * screen reader hears the reason without opening anything.
 */
export function Disclosure({ id, label, buttonClassName, describedBy, open, onToggle, placement, panelWidth = 'w-72 max-w-[calc(100vw-3rem)]', children, tabIndex, cell, onFocus }: DisclosureProps) {
  // Tracked so that content only a shown panel needs (its link) is rendered just then, keeping the grid's DOM small.
  const [engaged, setEngaged] = useState(false);
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      onToggle(false);
      document.getElementById(`${id}-button`)?.focus();
    }
  }
  const visibility = open ? 'block' : placement === 'inline' ? 'hidden' : 'hidden group-hover:block group-focus-within:block';
  return (
    <div
      className={`group ${placement === 'inline' ? '' : 'relative'}`}
      onKeyDown={onKeyDown}
      onMouseEnter={() => setEngaged(true)}
      onMouseLeave={() => setEngaged(false)}
      onFocus={() => setEngaged(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setEngaged(false);
      }}
    >
      <button
        type="button"
        id={`${id}-button`}
        aria-expanded={open}
        aria-controls={id}
        aria-describedby={describedBy}
        className={buttonClassName}
        // On paper the label (a rating, a score) is the content: it prints as text, not as a button.
        data-print-text
        onClick={() => onToggle(!open)}
        tabIndex={tabIndex}
        data-cell={cell}
        onFocus={onFocus}
      >
        {label}
      </button>
      <div id={id} className={`${PLACEMENTS[placement]} ${placement === 'inline' ? '' : panelWidth} ${visibility}`} data-open={open || undefined}>
        <div className="rounded-md border border-slate-300 bg-white p-3 text-left text-sm font-normal text-slate-800 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100">
          {typeof children === 'function' ? children(open || (engaged && placement !== 'inline')) : children}
        </div>
      </div>
    </div>
  );
}
