import type { Locale } from './locales';

/** The same page in another language: swaps the leading /en/ or /ko/ of a path. */
export function twinPath(pathname: string, target: Locale): string {
  return pathname.replace(/^\/(en|ko)(?=\/|$)/, `/${target}`);
}
