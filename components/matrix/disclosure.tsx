'use client';

import { type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode, useState } from 'react';

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
  /** Pinned open (clicked, tapped, Enter or Space). */
  open: boolean;
  /** Hovered or focused, as the surrounding group (useDisclosureGroup) tracks it. */
  engaged: boolean;
  onToggle: (open: boolean) => void;
  placement: PanelPlacement;
  /** Width of a floating panel; narrow enough for a 360 px phone. */
  panelWidth?: string;
  /** The panel's content, rendered only while the panel shows (pinned, hovered or focused). */
  children: ReactNode;
  /** Roving focus inside the matrix grid: only one cell is in the tab order. */
  tabIndex?: number;
  cell?: string;
}

/**
 * A button that reveals a small panel on hover and on focus, and pins it open
 * on click, tap, Enter or Space; Escape unpins it (useDisclosureGroup). The
 * panel is rendered only while it shows: a matrix holds hundreds of these, and
 * building every reason up front (in the HTML and again while hydrating) cost
 * more than the rest of the page. Focusing the button renders the panel, whose
 * text then describes the button, so a screen reader hears the reason as it
 * lands on the cell; before JavaScript the label (symbol and word) is what
 * shows. The button is the only element with a handler: hover, focus and
 * Escape are handled once for the whole grid.
 */
export function Disclosure({ id, label, buttonClassName, describedBy, open, engaged, onToggle, placement, panelWidth = 'w-72 max-w-[calc(100vw-3rem)]', children, tabIndex, cell }: DisclosureProps) {
  const shown = open || (engaged && placement !== 'inline');
  return (
    <div className={placement === 'inline' ? '' : 'relative'} data-disclosure={id}>
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

const disclosureOf = (target: EventTarget | null) => (target instanceof Element ? (target.closest<HTMLElement>('[data-disclosure]')?.dataset.disclosure ?? null) : null);

/**
 * Hover, focus and Escape for every Disclosure inside one element (the grid,
 * the cards), through a handful of handlers on that element rather than five
 * on each of a few hundred cells. `engaged` is the id of the disclosure under
 * the pointer or holding focus; `onFocusCell` hears which grid cell took focus.
 */
export function useDisclosureGroup(openId: string | null, setOpenId: (id: string | null) => void, onFocusCell?: (cell: string) => void) {
  const [engaged, setEngaged] = useState<string | null>(null);
  return {
    engaged,
    containerProps: {
      onMouseOver: (event: MouseEvent) => setEngaged(disclosureOf(event.target)),
      onMouseLeave: () => setEngaged(null),
      onFocusCapture: (event: FocusEvent) => {
        setEngaged(disclosureOf(event.target));
        const cell = (event.target as HTMLElement).dataset?.cell;
        if (cell && onFocusCell) onFocusCell(cell);
      },
      onBlurCapture: (event: FocusEvent) => {
        if (disclosureOf(event.relatedTarget) !== disclosureOf(event.target)) setEngaged(null);
      },
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || !openId) return;
        event.stopPropagation();
        setOpenId(null);
        document.getElementById(`${openId}-button`)?.focus();
      },
    },
  };
}
