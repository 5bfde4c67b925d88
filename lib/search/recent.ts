/**
 * Recent searches, remembered on the device. Pure list logic plus a storage
 * wrapper that tolerates private browsing (no storage) and tampered values.
 */

export const RECENT_LIMIT = 5;
const MAX_LENGTH = 100;

/** Puts `query` first, once, and keeps the list short. Blank queries are not remembered. */
export function addRecent(list: readonly string[], query: string): string[] {
  const clean = Array.from(query.trim()).slice(0, MAX_LENGTH).join('');
  if (!clean) return [...list];
  return [clean, ...list.filter((item) => item !== clean)].slice(0, RECENT_LIMIT);
}

/** Reads a stored list, dropping anything that is not a short string. */
export function parseRecent(stored: string | null): string[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return [];
    return value.filter((item): item is string => typeof item === 'string' && item.length > 0 && item.length <= MAX_LENGTH).slice(0, RECENT_LIMIT);
  } catch {
    return [];
  }
}

export function recentStorageKey(locale: string): string {
  return `atlas-recent-searches-${locale}`;
}

export function readRecent(locale: string): string[] {
  try {
    return parseRecent(localStorage.getItem(recentStorageKey(locale)));
  } catch {
    return [];
  }
}

export function writeRecent(locale: string, list: readonly string[]): void {
  try {
    if (list.length) localStorage.setItem(recentStorageKey(locale), JSON.stringify(list));
    else localStorage.removeItem(recentStorageKey(locale));
  } catch {
    // Storage may be unavailable (private browsing); search works without remembering.
  }
}
