// Timeline data laid out for drawing: each lane's items as parallel typed arrays sorted by
// start time, so the renderer can binary-search the visible window and draw 10,000 items
// without allocating. Month, quarter and year precision become spans [t0, t1).
import type { Amount, Lane, Timeline, TimelineItem } from '../api/bindings';

const DAY = 86_400_000;

/** One lane, ready to draw. */
export interface LaneData {
  key: string;
  label: string;
  items: TimelineItem[];
  /** Start and end (exclusive) of each item in ms, sorted by start. */
  t0: Float64Array;
  t1: Float64Array;
  /** Bit flags: SPAN, EXPECTED, CLAIM, AMOUNT. */
  flags: Uint8Array;
  /** Which row of the lane an item sits on: items of one day (or one period) stack. */
  row: Uint8Array;
  /** The longest span in the lane, so a window search can reach back far enough. */
  maxLen: number;
  /** The lane's own colour (a theme's), when it has one. */
  color?: string;
}

export const SPAN = 1;
export const EXPECTED = 2;
export const CLAIM = 4;
export const AMOUNT = 8;

/** Rows per lane for items that share a date. */
export const ROWS = 3;
/** A point's vertical offset from the lane's middle, by row. */
export const POINT_ROW = [-3, 9, 21];
/** A span's top edge relative to the lane's middle, by row (spans sit above points). */
export const SPAN_ROW = [-22, -14, -22];

function dayStart(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
}

/** The period an item covers: one day, or its whole month, quarter or year. */
export function period(item: TimelineItem): [number, number] {
  const t = dayStart(item.date);
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (item.precision) {
    case 'month':
      return [t, Date.UTC(y, m + 1, 1)];
    case 'quarter':
      return [t, Date.UTC(y, m + 3, 1)];
    case 'year':
      return [t, Date.UTC(y + 1, 0, 1)];
    default:
      return [t, t + DAY];
  }
}

/** Lay out one lane. */
export function laneData(lane: Lane): LaneData {
  const rows = lane.items
    .map((item) => ({ item, p: period(item) }))
    .filter((r) => !Number.isNaN(r.p[0]))
    .sort((a, b) => a.p[0] - b.p[0]);
  const n = rows.length;
  const t0 = new Float64Array(n);
  const t1 = new Float64Array(n);
  const flags = new Uint8Array(n);
  const row = new Uint8Array(n);
  let maxLen = DAY;
  rows.forEach((r, i) => {
    t0[i] = r.p[0];
    t1[i] = r.p[1];
    maxLen = Math.max(maxLen, r.p[1] - r.p[0]);
    flags[i] =
      (r.item.precision !== 'day' ? SPAN : 0) |
      (r.item.tense === 'expected' ? EXPECTED : 0) |
      (r.item.kind === 'dated_claim' ? CLAIM : 0) |
      (r.item.amount ? AMOUNT : 0);
    // Stack items that share a start (and a shape) onto the next row, three rows a lane.
    let k = i - 1;
    while (k >= 0 && t0[k] === t0[i] && (flags[k]! & SPAN) !== (flags[i]! & SPAN)) k--;
    row[i] = k >= 0 && t0[k] === t0[i] ? (row[k]! + 1) % ROWS : 0;
  });
  return { key: lane.key, label: lane.label, items: rows.map((r) => r.item), t0, t1, flags, row, maxLen };
}

/** Lay out a whole timeline; `colors` maps lane labels to colours of their own. */
export function layout(timeline: Timeline, colors: Record<string, string> = {}): LaneData[] {
  return timeline.lanes.map((lane) => {
    const data = laneData(lane);
    const color = colors[lane.label];
    if (color && /^#[0-9a-f]{3,8}$/i.test(color)) data.color = color;
    return data;
  });
}

/** First index whose start is >= t (binary search). */
export function lowerBound(arr: Float64Array, t: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index window [from, to) of a lane's items that can overlap [start, end]. */
export function visibleWindow(lane: LaneData, start: number, end: number): [number, number] {
  return [lowerBound(lane.t0, start - lane.maxLen), lowerBound(lane.t0, end + 1)];
}

/** Where a zoom in by button or key closes in: the middle (median start) of the items in
 *  [start, end], so that a range stretched by a few stray old dates narrows onto where the
 *  points are, not onto its empty middle; `undefined` (the view's middle) when none is in
 *  view. */
export function zoomFocus(lanes: LaneData[], start: number, end: number): number | undefined {
  const times: number[] = [];
  for (const lane of lanes) {
    const [from, to] = visibleWindow(lane, start, end);
    for (let i = from; i < to; i++) {
      const t = lane.t0[i]!;
      if (t >= start && t <= end) times.push(t);
    }
  }
  if (times.length === 0) return undefined;
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

/** The extent of every item, or null when there is none. */
export function extent(lanes: LaneData[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const l of lanes) {
    if (l.t0.length === 0) continue;
    lo = Math.min(lo, l.t0[0]!);
    for (let i = 0; i < l.t1.length; i++) if (l.t1[i]! > hi) hi = l.t1[i]!;
  }
  return lo <= hi ? [lo, hi] : null;
}

const COMPACT = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', INR: '₹', JPY: '¥' };

/** "$64B–$72B", "5 gigawatts": an amount as a short label. */
export function formatAmount(a: Amount): string {
  const sym = a.currency ? (SYMBOLS[a.currency] ?? `${a.currency} `) : '';
  // A loss reads "−$1.2B", the sign before the currency.
  const one = (v: number) => `${v < 0 ? '−' : ''}${sym}${COMPACT.format(Math.abs(v))}`;
  const range = a.value_max != null && a.value_max !== a.value;
  const value = range ? `${one(a.value)}–${one(a.value_max!)}` : one(a.value);
  return a.unit ? `${value} ${unitFor(a.unit, range ? a.value_max! : a.value)}` : value;
}

/** Units whose singular is not the plural without its ending. */
const IRREGULAR: Record<string, string> = { people: 'person', children: 'child', 'square feet': 'square foot' };

/** A unit (kept plural by the engine) as it reads after `value`: singular after exactly one
 *  ("1 gigawatt"). The engine's `analyze::units::unit_for` does the same for its exports. */
export function unitFor(unit: string, value: number): string {
  if (value !== 1) return unit;
  if (unit in IRREGULAR) return IRREGULAR[unit]!;
  if (!/[a-z]/.test(unit) || ['percent', 'staff'].includes(unit)) return unit;
  if (unit.endsWith('ies')) return `${unit.slice(0, -3)}y`;
  if (/(ches|shes|xes)$/.test(unit)) return unit.slice(0, -2);
  if (unit.endsWith('s') && !unit.endsWith('ss')) return unit.slice(0, -1);
  return unit;
}

/** What folds a story's reports into one item: its publication, or its claim of one date
 *  and precision (as the engine folds them within a page). */
function foldKey(it: TimelineItem): string | null {
  if (it.story_id == null) return null;
  return `${it.story_id}|${it.kind}|${it.kind === 'published' ? '' : it.date}|${it.precision}`;
}

/** The next page of a timeline added to the pages read before it: lanes matched by key (a
 *  new lane goes last, or all by size when `byCount`), a story's reports folded across
 *  pages as the engine folds them within one (`timeline::append_page` in the engine). */
export function appendPage(into: Timeline, page: Timeline, byCount: boolean): Timeline {
  const lanes: Lane[] = into.lanes.map((l) => ({ ...l }));
  for (const lane of page.lanes) {
    const have = lanes.find((l) => l.key === lane.key);
    if (!have) {
      lanes.push(lane);
      continue;
    }
    const items = have.items.slice();
    // Per fold key, the items that stand for a story's reports; an item folds into the one
    // of another article with the fewest reports yet (as the engine's `fold_into`).
    const heads = new Map<string, number[]>();
    const addHead = (k: string, i: number) => {
      const at = heads.get(k);
      if (at) at.push(i);
      else heads.set(k, [i]);
    };
    items.forEach((it, i) => {
      const k = foldKey(it);
      if (k !== null) addHead(k, i);
    });
    for (const it of lane.items) {
      const k = foldKey(it);
      if (k === null) {
        items.push(it);
        continue;
      }
      const same = heads.get(k) ?? [];
      let into: number | undefined;
      for (const i of same) {
        if (items[i]!.article_id === it.article_id) continue;
        if (into === undefined || items[i]!.siblings < items[into]!.siblings) into = i;
      }
      if (into !== undefined) {
        items[into] = { ...items[into]!, siblings: items[into]!.siblings + 1 + it.siblings };
        continue;
      }
      addHead(k, items.length);
      items.push(it);
    }
    have.items = items;
  }
  if (byCount) lanes.sort((a, b) => b.items.length - a.items.length || a.label.localeCompare(b.label));
  return { lanes, undated: into.undated, next: page.next };
}
