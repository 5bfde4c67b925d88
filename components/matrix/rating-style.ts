import type { CellRating } from '@/lib/matrix/types';

/** Each rating has a symbol and a word besides its colour, so no reader depends on colour alone. */
export const RATING_SYMBOLS: Record<CellRating, string> = { pro: '+', con: '−', neutral: '○', na: '–', unknown: '?' };

export const RATING_STYLES: Record<CellRating, string> = {
  pro: 'bg-emerald-50 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800',
  con: 'bg-rose-50 text-rose-900 ring-rose-300 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-800',
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600',
  na: 'bg-white text-slate-600 ring-slate-300 dark:bg-slate-950 dark:text-slate-400 dark:ring-slate-700',
  unknown: 'bg-amber-50 text-amber-900 ring-amber-400 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-700',
};

export const FOCUS_RING = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:focus-visible:outline-brand-300';
