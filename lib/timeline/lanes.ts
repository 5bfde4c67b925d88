import type { Technology } from '../content/load';
import type { Category, Status } from '../content/schema';

/**
 * The lifespan chart's data: one lane per technology from its first release
 * to its retirement, or to the chart's end. Built from the same frontmatter as
 * the timeline list (lib/timeline/entries.ts), which stays the text form.
 */

export interface LaneSegment {
  state: Status;
  /** Partial dates as the article gives them ("2015", "2015-09", "2015-09-01"). */
  from: string;
  to: string;
}

export interface Lane {
  slug: string;
  title: string;
  category: Category;
  state: Status;
  start: string;
  /** The retirement date, or the chart's end for a technology still around. */
  end: string;
  segments: LaneSegment[];
  events: { date: string; label: string }[];
  /** Slugs of what replaced a retired or deprecated technology. */
  successors: string[];
}

/**
 * A lane is active from its first release until it entered its current state,
 * then in that state up to the end. A retired technology's lane ends at its
 * retirement and is drawn in the retired style throughout, so a glance tells
 * the living from the gone.
 */
export function buildLane(tech: Technology, asOf: string): Lane {
  const { state, since } = tech.status;
  const retired = state === 'retired';
  const end = retired ? since : asOf;
  const segments: LaneSegment[] =
    retired || state === 'active' || since <= tech.firstRelease
      ? [{ state, from: tech.firstRelease, to: end }]
      : [
          { state: 'active', from: tech.firstRelease, to: since },
          { state, from: since, to: end },
        ];
  return {
    slug: tech.slug,
    title: tech.title,
    category: tech.category,
    state,
    start: tech.firstRelease,
    end,
    segments,
    events: tech.events.map((event) => ({ date: event.date, label: event.label })),
    successors: state === 'retired' || state === 'deprecated' ? tech.successors : [],
  };
}

/** The day the chart runs to: the newest review date, so a build of the same content draws the same chart. */
export function chartEnd(technologies: Technology[]): string {
  return technologies.reduce((latest, tech) => (tech.reviewed > latest ? tech.reviewed : latest), '0000');
}

/** Lanes grouped by category (in the given order), each group by first release. */
export function groupLanes(technologies: Technology[], categories: readonly Category[], asOf: string): { category: Category; lanes: Lane[] }[] {
  return categories
    .map((category) => ({
      category,
      lanes: technologies
        .filter((tech) => tech.category === category)
        .map((tech) => buildLane(tech, asOf))
        .sort((a, b) => a.start.localeCompare(b.start) || a.slug.localeCompare(b.slug)),
    }))
    .filter((group) => group.lanes.length > 0);
}

/** A partial date as a fractional year: "2015" is the start of 2015, "2015-07" the start of July. */
export function yearFraction(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const start = Date.UTC(year!, 0, 1);
  const next = Date.UTC(year! + 1, 0, 1);
  return year! + (Date.UTC(year!, (month ?? 1) - 1, day ?? 1) - start) / (next - start);
}

/** The years the chart spans: from the earliest first release to the year of its end, whole years. */
export function yearSpan(lanes: Lane[], asOf: string): { from: number; to: number } {
  const from = Math.min(...lanes.map((lane) => Math.floor(yearFraction(lane.start))));
  return { from, to: Math.floor(yearFraction(asOf)) + 1 };
}
