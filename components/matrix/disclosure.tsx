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
  /** Id of the element inside the panel that describes the button for screen readers (while the panel is there). */
  describedBy?: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  placement: PanelPlacement;
  /** Width of a floating panel; narrow enough for a 360 px phone. */
  panelWidth?: string;
  /** The panel's content, rendered only while the panel shows (pinned, hovered or focused). */
  children: ReactNode;
  /** Roving focus inside the matrix grid: only one cell is in the tab order. */
  tabIndex?: number;
  cell?: string;
  onFocus?: () => void;
}

/**
 * A button that reveals a small panel on hover and on focus, and pins it open
 * on click, tap, Enter or Space. Escape unpins it. The panel is rendered only
 * while it shows: a matrix holds hundreds of these, and building every
 * reason up front (in the HTML and again while hydrating) cost more than the
 * rest of the page. Focusing the button renders the panel, whose text then
 * describes the button, so a screen reader hears the reason as it lands on
 * the cell; before JavaScript the label (symbol and word) is what shows.
 */
export function Disclosure({ id, label, buttonClassName, describedBy, open, onToggle, placement, panelWidth = 'w-72 max-w-[calc(100vw-3rem)]', children, tabIndex, cell, onFocus }: DisclosureProps) {
  // Hovered or focused: the panel shows (an inline panel, in the phone cards, shows only when pinned).
  const [engaged, setEngaged] = useState(false);
  const shown = open || (engaged && placement !== 'inline');
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      onToggle(false);
      document.getElementById(`${id}-button`)?.focus();
    }
  }
  return (
    <div
      className={placement === 'inline' ? '' : 'relative'}
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
        aria-controls={shown ? id : undefined}
        aria-describedby={shown ? describedBy : undefined}
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
      {shown ? (
        <div id={id} className={`${PLACEMENTS[placement]} ${placement === 'inline' ? '' : panelWidth}`} data-open={open || undefined}>
          <div className="rounded-md border border-slate-300 bg-white p-3 text-left text-sm font-normal text-slate-800 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100">
            {children}
          </div>
        </div>
      ) : null}
    </div>
  );
}
