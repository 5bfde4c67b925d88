import type { Category, Status } from '@/lib/content/schema';
import { getDictionary } from '@/lib/i18n/dictionary';
import { formatPartialDate } from '@/lib/i18n/format';
import { getLifespanDictionary } from '@/lib/i18n/lifespan-dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { routes } from '@/lib/site';
import { textWidth } from '@/lib/text-width';
import { type Lane, yearFraction } from '@/lib/timeline/lanes';

/**
 * The lifespan chart, drawn as SVG on the server: readable without
 * JavaScript, sharp in print, coloured from CSS variables so both themes work
 * (globals.css, .lifespan). State is shown by pattern as well as colour, and
 * the legend names each pattern.
 */

const LABEL_FONT = 13;
const ROW = 26;
const BAR = 12;
const AXIS = 22;
/** Room after a lane's end for the successor link ("→ AKS"). */
const TAIL = 96;

export interface ChartScale {
  from: number;
  to: number;
  pxPerYear: number;
  labelWidth: number;
}

/** One x scale for every group on a page, so the years line up from group to group. */
export function chartScale(lanes: Lane[], span: { from: number; to: number }, pxPerYear: number): ChartScale {
  const labelWidth = Math.ceil(Math.max(...lanes.map((lane) => textWidth(lane.title, LABEL_FONT)))) + 16;
  return { ...span, pxPerYear, labelWidth };
}

/** "Azure Kubernetes Service (AKS)" → "AKS"; "Kubernetes (쿠버네티스)" → "Kubernetes": the successor link stays short. */
export function shortTitle(title: string): string {
  const match = /^(.*?)\s*\(([^)]*)\)$/.exec(title);
  if (!match) return title;
  return /^[A-Z0-9]{2,6}$/.test(match[2]!) ? match[2]! : match[1]!;
}

const x = (scale: ChartScale, date: string) => scale.labelWidth + (yearFraction(date) - scale.from) * scale.pxPerYear;

/** Fill patterns per state; ids carry a prefix because several charts may share a page. */
export function StatePatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-maintenance`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="lane-bg-maintenance" />
        <line x1="0" y1="0" x2="0" y2="6" className="lane-ink-maintenance" strokeWidth="3" />
      </pattern>
      <pattern id={`${prefix}-deprecated`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="lane-bg-deprecated" />
        <circle cx="3" cy="3" r="1.6" className="lane-dot-deprecated" />
      </pattern>
      <pattern id={`${prefix}-retired`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="lane-bg-retired" />
        <path d="M0 0L6 6M6 0L0 6" className="lane-ink-retired" strokeWidth="1" />
      </pattern>
    </defs>
  );
}

export const stateFill = (prefix: string, state: Status) => (state === 'active' ? undefined : `url(#${prefix}-${state})`);

function Axis({ scale, height }: { scale: ChartScale; height: number }) {
  const years: number[] = [];
  for (let year = scale.from; year <= scale.to; year += 1) years.push(year);
  const every = scale.pxPerYear >= 34 ? 1 : 2;
  return (
    <g aria-hidden="true" className="lane-axis">
      {years.map((year) => {
        const at = scale.labelWidth + (year - scale.from) * scale.pxPerYear;
        return (
          <g key={year}>
            <line x1={at} x2={at} y1={AXIS - 4} y2={height} className="lane-grid" />
            {year % every === 0 && year < scale.to ? (
              <text x={at + 2} y={AXIS - 8} className="lane-year">
                {year}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

interface ChartProps {
  lanes: Lane[];
  scale: ChartScale;
  locale: Locale;
  asOf: string;
  /** Lanes the successor links may point at on this page; others link to the successor's article. */
  titles: Map<string, string>;
  /** Unique on the page: pattern ids and the label. */
  id: string;
  label: string;
}

/** One SVG of lanes (a category on the timeline, or one technology and its successors on an article). */
export function LifespanChart({ lanes, scale, locale, asOf, titles, id, label }: ChartProps) {
  const t = getLifespanDictionary(locale);
  const states = getDictionary(locale).statuses;
  const width = Math.ceil(scale.labelWidth + (scale.to - scale.from) * scale.pxPerYear + TAIL);
  const height = AXIS + lanes.length * ROW + 4;
  const onPage = new Set(lanes.map((lane) => lane.slug));
  const asOfX = x(scale, asOf);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="lifespan-svg" role="group" aria-label={label} data-lifespan-chart={id}>
      <StatePatterns prefix={id} />
      <Axis scale={scale} height={height} />
      <line x1={asOfX} x2={asOfX} y1={AXIS - 4} y2={height} className="lane-as-of" aria-hidden="true" />
      {lanes.map((lane, i) => {
        const top = AXIS + i * ROW;
        const barY = top + (ROW - BAR) / 2;
        const mid = barY + BAR / 2;
        const end = x(scale, lane.end);
        // After the lane's end and any event dated later (an archive, a last release), so nothing overlaps the link.
        const tailX = Math.max(end, ...lane.events.map((event) => x(scale, event.date))) + 8;
        const until = lane.state === 'retired' ? formatPartialDate(lane.end, locale) : t.today;
        return (
          <g key={lane.slug} id={`lane-${lane.slug}`} data-lane={lane.slug} data-category={lane.category} data-state={lane.state}>
            <a href={routes.tech(locale, lane.slug)} aria-label={t.lane(lane.title, formatPartialDate(lane.start, locale), until, states[lane.state])} className="lane-link">
              <text x={scale.labelWidth - 8} y={mid + 4.5} textAnchor="end" className="lane-label">
                {lane.title}
              </text>
            </a>
            <g aria-hidden="true">
              {lane.segments.map((segment) => (
                <rect
                  key={segment.from}
                  x={x(scale, segment.from)}
                  y={barY}
                  width={Math.max(x(scale, segment.to) - x(scale, segment.from), 2)}
                  height={BAR}
                  rx="2"
                  fill={stateFill(id, segment.state)}
                  className={`lane-bar lane-bar-${segment.state}`}
                >
                  <title>{`${states[segment.state]}: ${formatPartialDate(segment.from, locale)} – ${segment.to === asOf && lane.state !== 'retired' ? t.today : formatPartialDate(segment.to, locale)}`}</title>
                </rect>
              ))}
              {lane.state === 'retired' ? <line x1={end} x2={end} y1={barY - 3} y2={barY + BAR + 3} className="lane-end" /> : null}
              {lane.events.map((event, j) => (
                <circle key={j} cx={x(scale, event.date)} cy={mid} r="3.2" className="lane-event">
                  <title>{`${formatPartialDate(event.date, locale)}: ${event.label}`}</title>
                </circle>
              ))}
            </g>
            {lane.successors.map((slug, j) => {
              const title = titles.get(slug) ?? slug;
              const href = onPage.has(slug) ? `#lane-${slug}` : routes.tech(locale, slug);
              const text = `${j === 0 ? '→ ' : ', '}${shortTitle(title)}`;
              const before = lane.successors.slice(0, j).reduce((sum, other) => sum + textWidth(`, ${shortTitle(titles.get(other) ?? other)}`, LABEL_FONT), 0);
              return (
                <a key={slug} href={href} data-successor-link={slug} aria-label={t.replacedBy(shortTitle(title))} className="lane-successor">
                  <text x={tailX + before} y={mid + 4.5}>
                    {text}
                  </text>
                </a>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** The key: every state by pattern and name, the event dot and the review line. */
export function LifespanLegend({ locale, id }: { locale: Locale; id: string }) {
  const t = getLifespanDictionary(locale);
  const states: Status[] = ['active', 'maintenance', 'deprecated', 'retired'];
  return (
    <div className="lifespan mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm" role="group" aria-label={t.legend}>
      <svg width="0" height="0" className="absolute" aria-hidden="true">
        <StatePatterns prefix={id} />
      </svg>
      {states.map((state) => (
        <span key={state} className="inline-flex items-center gap-1.5">
          <svg width="28" height="12" aria-hidden="true" className="lifespan-svg">
            <rect x="1" y="1" width="26" height="10" rx="2" fill={stateFill(id, state)} className={`lane-bar lane-bar-${state}`} />
          </svg>
          {t.states[state]}
        </span>
      ))}
      <span className="inline-flex items-center gap-1.5">
        <svg width="12" height="12" aria-hidden="true" className="lifespan-svg">
          <circle cx="6" cy="6" r="3.2" className="lane-event" />
        </svg>
        {t.event}
      </span>
      <span className="inline-flex items-center gap-1.5">
        <svg width="12" height="14" aria-hidden="true" className="lifespan-svg">
          <line x1="6" x2="6" y1="0" y2="14" className="lane-as-of" />
        </svg>
        {t.asOf}
      </span>
    </div>
  );
}

export type LaneGroup = { category: Category; lanes: Lane[] };
