/**
 * Classes that let the browser skip laying out and painting a block while it
 * is off screen (`content-visibility: auto`), sized meanwhile by its last
 * rendered size or the estimate given. The explorers' pages are long on a
 * phone: the matrix's technology list and results, the comparison's table
 * start screens below the first view, and laying them out with the page cost
 * more than anything else before the page answers a tap. The content stays in
 * the page (find in page, screen readers, links) and prints in full.
 * Written out whole so that Tailwind finds the class names.
 */
export const RENDER_WHEN_NEAR = {
  /** About a screen's height: the matrix results, the comparison table. */
  screen: '[content-visibility:auto] [contain-intrinsic-size:auto_40rem] print:[content-visibility:visible]',
  /** A short list, such as one category of the technology picker. */
  list: '[content-visibility:auto] [contain-intrinsic-size:auto_12rem] print:[content-visibility:visible]',
} as const;
