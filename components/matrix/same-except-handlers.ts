/**
 * A `memo` comparison that ignores function props: true when every other prop
 * is the same value. For children whose handlers only forward to a parent
 * function that reads the parent's newest state (see MatrixExplorer's update).
 */
export function sameExceptHandlers<P extends object>(previous: P, next: P): boolean {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]) as Set<keyof P>;
  for (const key of keys) {
    if (typeof previous[key] === 'function' && typeof next[key] === 'function') continue;
    if (!Object.is(previous[key], next[key])) return false;
  }
  return true;
}
