'use client';

import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { RowPager, useRowLimit } from '@/components/compare/row-pager';
import { IgnoredParamsNote } from '@/components/ui/ignored-params-note';
import { RENDER_WHEN_NEAR } from '@/components/ui/render-when-near';
import { afterNextPaint } from '@/components/ui/after-paint';
import type { Category, Status } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { getMatrixDictionary } from '@/lib/i18n/matrix-dictionary';
import { formatPoints, rankTechnologies } from '@/lib/matrix/score';
import {
  defaultState,
  equalWeights,
  type MatrixState,
  type MatrixStateOptions,
  baseTechnologies,
  matchingPreset,
  parseMatrixState,
  serializeMatrixState,
} from '@/lib/matrix/state';
import type { MatrixData } from '@/lib/matrix/types';
import type { IgnoredParam } from '@/lib/url-state';
import { CriteriaPicker } from './criteria-picker';
import { MatrixCards } from './matrix-cards';
import { MatrixTable } from './matrix-table';
import { ModeSwitch } from './mode-switch';
import { PresetPicker } from './preset-picker';
import { ScoreChart } from './score-chart';
import { FOCUS_RING } from './rating-style';
import { SideBySide } from './side-by-side';
import { TechnologyPicker } from './technology-picker';
import { sameExceptHandlers } from './same-except-handlers';
import { useWideScreen } from './use-wide-screen';
import { describeMatrixView } from '@/lib/matrix/view-summary';

/**
 * Ranked technologies the grid, the cards and the chart list at first. A
 * matrix row holds a dozen interactive cells where a comparison row holds six
 * links, so a page of twenty costs about what the comparison's fifty do:
 * choosing all of a few hundred technologies answers at once.
 */
export const MATRIX_ROWS_PER_PAGE = 20;

interface MatrixExplorerProps {
  data: MatrixData;
  locale: Locale;
  statusLabels: Record<Status, string>;
  categoryLabels: Record<Category, string>;
}

/**
 * The interactive matrix: the reader's choices, the ranking they produce, and
 * the URL that records them. The server renders the default view; the URL is
 * read after hydration (a static export has no server to read it), every
 * change is a history entry, and back/forward restore the view.
 */
export function MatrixExplorer({ data, locale, statusLabels, categoryLabels }: MatrixExplorerProps) {
  const t = getMatrixDictionary(locale);
  const options: MatrixStateOptions = useMemo(
    () => ({
      technologies: data.technologies.map((tech) => tech.slug),
      criteria: data.criteria.map((c) => c.key),
      presets: data.presets,
      defaultTechnologies: data.defaultTechnologies,
    }),
    [data],
  );
  const [state, setState] = useState<MatrixState>(() => defaultState(options));
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const wide = useWideScreen();
  const [limit, setLimit] = useRowLimit(MATRIX_ROWS_PER_PAGE);
  // update() reads the newest state through this ref, so a memoised child's handler from an earlier render stays correct.
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    function readUrl(canonicalize: boolean) {
      const parsed = parseMatrixState(window.location.search, options);
      // The plain address (the view the server rendered) keeps the state object, so hydration draws nothing again.
      setState((current) => (JSON.stringify(current) === JSON.stringify(parsed.state) ? current : parsed.state));
      setIgnored((current) => (current.length === 0 && parsed.ignored.length === 0 ? current : parsed.ignored));
      setOpenId(null);
      // Drop what was ignored from the address, so a link copied from here is clean; the note stays until the next change.
      const clean = serializeMatrixState(parsed.state, options);
      if (canonicalize && clean !== window.location.search) history.replaceState(history.state, '', window.location.pathname + clean + window.location.hash);
    }
    readUrl(true);
    const onPopState = () => readUrl(false);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [options]);

  function update(change: Partial<MatrixState>) {
    const next = { ...latest.current, ...change };
    latest.current = next;
    setState(next);
    setIgnored((current) => (current.length === 0 ? current : []));
    const search = serializeMatrixState(next, options);
    // After the paint: the reader sees the new ranking before the address bar is written.
    afterNextPaint(() => {
      if (search !== window.location.search) history.pushState(null, '', window.location.pathname + search);
    });
  }

  const names = useMemo(() => new Map(data.criteria.map((c) => [c.key, c.name])), [data]);
  const chosen = new Set(state.technologies);
  const visible = data.technologies.filter((tech) => chosen.has(tech.slug) && !(state.hideRetired && tech.status === 'retired'));
  const hiddenRetired = data.technologies.filter((tech) => chosen.has(tech.slug) && state.hideRetired && tech.status === 'retired').length;
  const rows = rankTechnologies(visible, state.criteria, state.weights);
  const shownCriteria = data.criteria.filter((c) => state.criteria.includes(c.key));
  const activePreset = matchingPreset(state.weights, options);
  const equal = options.criteria.every((key) => state.weights[key] === 1);
  // Every chosen technology is ranked; the grid, the cards and the chart list the first page of the ranking.
  const listed = rows.length > limit ? rows.slice(0, limit) : rows;
  const viewProps = { rows: listed, criteria: shownCriteria, weights: state.weights, t, statusLabels, openId, setOpenId };

  return (
    <div>
      <IgnoredParamsNote ignored={ignored} locale={locale} />
      {/* Controls do nothing on paper: a handout opens with the results and prints the view as a line of text. */}
      <section aria-labelledby="matrix-controls" className="rounded-lg border border-slate-200 p-4 print:hidden dark:border-slate-700">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="matrix-controls" className="text-xl font-semibold">
            {t.controls}
          </h2>
          {/* On a phone the choices fill several screens; this skips them. */}
          <a href="#matrix-results" className={`rounded text-sm text-brand-700 underline lg:hidden dark:text-brand-300 ${FOCUS_RING}`}>
            {t.skipToResults}
          </a>
        </div>
        <div className="mt-3 flex flex-wrap items-end justify-between gap-4">
          <PresetPicker
            presets={data.presets}
            active={activePreset}
            equal={equal}
            onPreset={(key) => {
              const preset = data.presets.find((p) => p.key === key);
              // A preset is a situation: its weights, and the systems someone in it compares.
              update({ weights: { ...state.weights, ...preset?.weights }, ...(preset?.technologies ? { technologies: baseTechnologies(key, options) } : {}) });
            }}
            onEqual={() => update({ weights: equalWeights(options.criteria) })}
            t={t}
          />
          <ModeSwitch mode={state.mode} onChange={(mode) => update({ mode })} t={t} />
        </div>
        <div className="mt-6 grid gap-8 lg:grid-cols-2">
          <MemoTechnologyPicker
            technologies={data.technologies}
            chosen={state.technologies}
            hideRetired={state.hideRetired}
            onChange={(list) => update({ technologies: options.technologies.filter((slug) => list.includes(slug)) })}
            onHideRetired={(hideRetired) => update({ hideRetired })}
            defaultSet={data.defaultTechnologies}
            t={t}
            categoryLabels={categoryLabels}
            statusLabels={statusLabels}
          />
          <CriteriaPicker
            criteria={data.criteria}
            shown={state.criteria}
            weights={state.weights}
            onShown={(list) => update({ criteria: options.criteria.filter((key) => list.includes(key)) })}
            onWeight={(key, weight) => update({ weights: { ...state.weights, [key]: weight } })}
            t={t}
          />
        </div>
        <button
          type="button"
          className={`mt-4 rounded border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`}
          onClick={() => update(defaultState(options))}
        >
          {t.reset}
        </button>
      </section>

      <section aria-labelledby="matrix-results" className={`mt-8 print:mt-0 ${RENDER_WHEN_NEAR.screen}`}>
        <h2 id="matrix-results" className="mb-3 text-xl font-semibold">
          {t.modes[state.mode]}
        </h2>
        <p className="mb-3 hidden text-sm print:block" data-print-state>
          {describeMatrixView(state, data, activePreset, t)}
        </p>
        <p role="status" className="sr-only">
          {rows[0] ? t.ranked(rows.length, rows[0].tech.title, formatPoints(rows[0].result.score)) : ''}
        </p>
        {hiddenRetired > 0 ? <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">{t.hiddenRetired(hiddenRetired)}</p> : null}
        {state.technologies.length === 0 ? (
          <Notice text={t.noTechnologies} />
        ) : rows.length === 0 ? (
          <Notice text={t.allHidden} />
        ) : state.mode === 'side' ? (
          <SideBySide rows={rows} names={names} t={t} statusLabels={statusLabels} />
        ) : shownCriteria.length === 0 ? (
          <Notice text={t.noCriteria} />
        ) : (
          <>
            {wide !== false ? <MatrixTable {...viewProps} /> : null}
            {wide !== true ? <MatrixCards {...viewProps} /> : null}
            <RowPager listed={listed.length} shown={rows.length} onMore={setLimit} t={t} testId="matrix-pager" className="mt-4" pageSize={MATRIX_ROWS_PER_PAGE} />
            {/* After the grid, so Tab from the controls still lands on the grid first. */}
            <ScoreChart rows={listed} names={names} t={t} />
          </>
        )}
      </section>
    </div>
  );
}

/**
 * The technology checkboxes re-render only when their data change: with a few
 * hundred technologies, redrawing them on every weight change would cost more
 * than the ranking itself. Their handlers call update(), which reads the
 * newest state, so an older handler is as good as a new one.
 */
const MemoTechnologyPicker = memo(TechnologyPicker, sameExceptHandlers);

function Notice({ text }: { text: string }) {
  return (
    <p className="rounded border border-slate-300 p-3 dark:border-slate-600" data-testid="matrix-notice">
      {text}
    </p>
  );
}
