/**
 * Where a traced interaction's main-thread time went: the self time of each
 * trace event on the renderer's main thread, summed by kind of work (script,
 * style, layout, paint, garbage collection, other). Self time (an event's
 * duration less that of the events nested in it) counts each millisecond once,
 * so a layout forced from a script is counted as layout, not twice.
 *
 * Times are the thread's CPU time (trace events' tdur), not wall-clock: on a
 * shared machine they change less with the load than wall-clock times do.
 * Under DevTools CPU throttling they were seen to include part of the
 * throttle's time, so compare traces taken at the same rate. TRACE_NAMES=1
 * also lists each event name's own total, indented under the kinds.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what the event cost without the time the thread waited, for another process or the throttle. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export type TraceBreakdown = Record<string, number>;

const KINDS: [RegExp, string][] = [
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout|ScheduleStyleRecalculation)$/, 'style'],
  [/^(Layout|UpdateLayout|LayoutShift)$/, 'layout'],
  [/^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers|RasterTask|ScrollLayer)$/, 'paint'],
  [/GC|Collect|Sweep|Compact|Mark/, 'gc'],
  [/^(FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch|v8\.|V8\.|RunMicrotasks|HandlePostMessage|XHRReadyStateChange|FireIdleCallback)/, 'script'],
];

function kindOf(name: string): string {
  for (const [pattern, kind] of KINDS) if (pattern.test(name)) return kind;
  return 'other';
}

/** Self CPU times in ms by kind, over every renderer main thread in the trace. */
export function breakDown(events: TraceEvent[]): TraceBreakdown {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || event.dur === undefined || !mainThreads.has(thread)) continue;
    const list = byThread.get(thread) ?? [];
    list.push(event);
    byThread.set(thread, list);
  }
  const totals: TraceBreakdown = {};
  for (const list of byThread.values()) {
    // Outer events first when two start together, so nesting is read from a stack of open events.
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const stack: { end: number; kind: string; name: string; self: number }[] = [];
    const close = (until: number) => {
      while (stack.length && stack.at(-1)!.end <= until) {
        const done = stack.pop()!;
        totals[done.kind] = (totals[done.kind] ?? 0) + done.self / 1000;
        if (process.env.TRACE_NAMES) totals[`  ${done.name}`] = (totals[`  ${done.name}`] ?? 0) + done.self / 1000;
      }
    };
    for (const event of list) {
      close(event.ts);
      const parent = stack.at(-1);
      const cpu = event.tdur ?? 0;
      if (parent) parent.self -= cpu;
      stack.push({ end: event.ts + event.dur!, kind: kindOf(event.name), name: event.name, self: cpu });
    }
    close(Number.POSITIVE_INFINITY);
  }
  totals['cpu total'] = Object.entries(totals).reduce((sum, [kind, ms]) => (kind.startsWith(' ') ? sum : sum + ms), 0);
  return totals;
}
