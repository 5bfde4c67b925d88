import { type ExportColumn, exportFileName, toCsv, toJson } from '@/lib/compare/export';
import type { CompareRow } from '@/lib/compare/row';
import type { ViewId } from '@/lib/compare/views';
import type { CompareDictionary } from '@/lib/i18n/compare-dictionary';
import type { Locale } from '@/lib/i18n/locales';

/** Saves text as a real file download; the object URL is freed once the browser has taken it. */
function saveFile(name: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const BUTTON =
  'inline-flex min-h-8 items-center rounded border border-slate-400 px-3 py-1 text-sm font-medium hover:border-brand-600 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-slate-600 dark:hover:bg-slate-900';

/**
 * CSV and JSON of the reader's view, every row of it (not only the rows the
 * table lists). `rows` resolves to them: at once when they are in the page,
 * after a fetch while every row has not arrived yet.
 */
export function ExportButtons({ view, locale, columns, rows, t }: { view: ViewId; locale: Locale; columns: ExportColumn[]; rows: () => Promise<CompareRow[]>; t: CompareDictionary['compare'] }) {
  return (
    <div role="group" aria-labelledby="compare-download-label" className="flex flex-wrap items-center gap-2 print:hidden">
      <span id="compare-download-label" className="text-sm font-semibold">
        {t.download}
      </span>
      <button type="button" className={BUTTON} onClick={async () => saveFile(exportFileName(view, new Date(), 'csv'), toCsv(columns, await rows()), 'text/csv;charset=utf-8')}>
        {t.downloadCsv}
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={async () =>
          saveFile(
            exportFileName(view, new Date(), 'json'),
            toJson({ view, locale, url: window.location.href, columns, rows: await rows(), origin: window.location.origin }),
            'application/json;charset=utf-8',
          )
        }
      >
        {t.downloadJson}
      </button>
    </div>
  );
}
