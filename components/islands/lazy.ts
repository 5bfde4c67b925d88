/**
 * Imports a module once, however often it is asked for, and forgets a failed
 * attempt so the next click can retry (a phone may have been offline).
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** The nearest element matching `selector` from an event's target, if any. */
export function closestTarget<E extends Element>(event: Event, selector: string): E | null {
  return event.target instanceof Element ? event.target.closest<E>(selector) : null;
}

/** Starts `load` when the reader shows intent (pointer over or focus on a matching element), so a click finds it ready. */
export function prefetchOnIntent(selector: string, load: () => Promise<unknown>): void {
  const onIntent = (event: Event) => {
    if (closestTarget(event, selector)) load().catch(() => undefined);
  };
  document.addEventListener('pointerover', onIntent, { passive: true });
  document.addEventListener('focusin', onIntent);
  document.addEventListener('touchstart', onIntent, { passive: true });
}
