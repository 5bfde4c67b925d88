import type { Locale } from '@/lib/i18n/locales';
import { type IgnoredParam, NOTE_MAX_ITEMS } from '@/lib/url-state';

const TEXT = {
  en: {
    intro: 'Some parts of this link were not understood and were ignored:',
    unknown: 'unknown value',
    'too-long': 'too long',
    'out-of-range': 'out of range',
    malformed: 'not a valid value',
  },
  ko: {
    intro: '링크의 일부를 이해하지 못해 무시했습니다:',
    unknown: '알 수 없는 값',
    'too-long': '너무 김',
    'out-of-range': '허용 범위 밖',
    malformed: '올바르지 않은 값',
  },
} as const;

const NOTE_CLASS = 'my-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100';
const LIST_CLASS = 'mt-1 list-disc pl-5';

/**
 * A short, visible note about query parameters that were ignored. Values are
 * rendered as text by React, so markup in a link can never become markup on the page.
 */
export function IgnoredParamsNote({ ignored, locale }: { ignored: IgnoredParam[]; locale: Locale }) {
  if (ignored.length === 0) return null;
  const t = TEXT[locale];
  return (
    <div role="status" className={NOTE_CLASS} data-testid="ignored-params">
      <p>{t.intro}</p>
      <ul className={LIST_CLASS}>
        {ignored.slice(0, NOTE_MAX_ITEMS).map((item, i) => (
          <li key={i} className="break-all">
            <code>{item.param}</code>
            {item.value ? <> = <code>{item.value}</code></> : null} ({t[item.reason]})
          </li>
        ))}
        {ignored.length > NOTE_MAX_ITEMS ? <li>… +{ignored.length - NOTE_MAX_ITEMS}</li> : null}
      </ul>
    </div>
  );
}

/**
 * The same note, empty and hidden, for pages without React: an island
 * (components/islands/ignored-params.ts) fills in the items as text and shows
 * it. The reasons' wording travels in data attributes.
 */
export function IgnoredParamsNoteShell({ locale }: { locale: Locale }) {
  const t = TEXT[locale];
  return (
    <div
      role="status"
      hidden
      className={NOTE_CLASS}
      data-testid="ignored-params"
      data-ignored-params-shell
      data-reason-unknown={t.unknown}
      data-reason-too-long={t['too-long']}
      data-reason-out-of-range={t['out-of-range']}
      data-reason-malformed={t.malformed}
    >
      <p>{t.intro}</p>
      <ul className={LIST_CLASS} />
    </div>
  );
}
