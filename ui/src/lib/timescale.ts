// A real time axis for the timeline: a linear map from milliseconds to pixels, and
// calendar ticks (days, months or years) chosen so labels do not collide.

const DAY = 86_400_000;

export interface Domain {
  start: number;
  end: number;
}

export interface Tick {
  t: number;
  label: string;
  major: boolean;
}

/** The data's extent with padding on both sides (at least two weeks, or 5% of the span). */
export function paddedDomain(times: number[]): Domain | null {
  if (times.length === 0) return null;
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max(14 * DAY, (max - min) * 0.05);
  return { start: min - pad, end: max + pad };
}

export function scale(domain: Domain, x0: number, x1: number): (t: number) => number {
  const span = domain.end - domain.start || 1;
  return (t) => x0 + ((t - domain.start) / span) * (x1 - x0);
}

export function invert(domain: Domain, x0: number, x1: number): (x: number) => number {
  const width = x1 - x0 || 1;
  return (x) => domain.start + ((x - x0) / width) * (domain.end - domain.start);
}

export const MIN_SPAN = 3 * DAY;
export const MAX_SPAN = 200 * 365 * DAY;

/** Zoom by `factor` (<1 zooms in) around the time `focus`, keeping the span in bounds. */
export function zoom(domain: Domain, factor: number, focus = (domain.start + domain.end) / 2): Domain {
  const span = domain.end - domain.start;
  const next = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span * factor));
  const ratio = (focus - domain.start) / span;
  const start = focus - ratio * next;
  return { start, end: start + next };
}

export function pan(domain: Domain, deltaMs: number): Domain {
  return { start: domain.start + deltaMs, end: domain.end + deltaMs };
}

type Unit = 'day' | 'month' | 'year';
interface Step {
  unit: Unit;
  n: number;
  approx: number;
}

const STEPS: Step[] = [
  { unit: 'day', n: 1, approx: DAY },
  { unit: 'day', n: 2, approx: 2 * DAY },
  { unit: 'day', n: 7, approx: 7 * DAY },
  { unit: 'day', n: 14, approx: 14 * DAY },
  { unit: 'month', n: 1, approx: 30.44 * DAY },
  { unit: 'month', n: 2, approx: 61 * DAY },
  { unit: 'month', n: 3, approx: 91 * DAY },
  { unit: 'month', n: 6, approx: 183 * DAY },
  { unit: 'year', n: 1, approx: 365.25 * DAY },
  { unit: 'year', n: 2, approx: 730.5 * DAY },
  { unit: 'year', n: 5, approx: 1826 * DAY },
  { unit: 'year', n: 10, approx: 3652 * DAY },
  { unit: 'year', n: 25, approx: 9131 * DAY },
  { unit: 'year', n: 50, approx: 18262 * DAY },
];

const MONTHS = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });

function firstTick(start: number, step: Step): Date {
  const d = new Date(start);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (step.unit === 'year') return new Date(Date.UTC(Math.ceil(y / step.n) * step.n, 0, 1));
  if (step.unit === 'month') return new Date(Date.UTC(y, Math.floor(m / step.n) * step.n, 1));
  if (step.n === 7 || step.n === 14) {
    // Mondays (and every other Monday), so weeks line up across zoom levels.
    const day = new Date(Date.UTC(y, m, d.getUTCDate()));
    const back = (day.getUTCDay() + 6) % 7;
    return new Date(day.getTime() - back * DAY);
  }
  return new Date(Date.UTC(y, m, d.getUTCDate()));
}

function advance(d: Date, step: Step): Date {
  if (step.unit === 'year') return new Date(Date.UTC(d.getUTCFullYear() + step.n, 0, 1));
  if (step.unit === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step.n, 1));
  return new Date(d.getTime() + step.n * DAY);
}

function label(d: Date, step: Step, first: boolean): { label: string; major: boolean } {
  const year = String(d.getUTCFullYear());
  if (step.unit === 'year') return { label: year, major: true };
  const month = MONTHS.format(d);
  if (step.unit === 'month') {
    const major = d.getUTCMonth() === 0;
    return { label: major || first ? `${month} ${year}` : month, major };
  }
  const major = d.getUTCDate() === 1;
  return { label: first || (major && d.getUTCMonth() === 0) ? `${d.getUTCDate()} ${month} ${year}` : `${d.getUTCDate()} ${month}`, major };
}

/** Calendar ticks inside `domain`, at most about one per `minGap` pixels of `width`. */
export function ticks(domain: Domain, width: number, minGap = 90): Tick[] {
  const span = domain.end - domain.start;
  if (!(span > 0) || width <= 0) return [];
  const maxTicks = Math.max(2, Math.floor(width / minGap));
  const step = STEPS.find((s) => span / s.approx <= maxTicks) ?? STEPS[STEPS.length - 1]!;
  const out: Tick[] = [];
  let d = firstTick(domain.start, step);
  while (d.getTime() < domain.start) d = advance(d, step);
  while (d.getTime() <= domain.end && out.length < 500) {
    out.push({ t: d.getTime(), ...label(d, step, out.length === 0) });
    d = advance(d, step);
  }
  return out;
}

/** Round values from at or below `lo` to at or above `hi` (`lo` <= 0 <= `hi` holds zero
 *  among them), about `count` steps of 1, 2, 2.5 or 5 times a power of ten apart: 0, 50B,
 *  100B, 150B for figures up to 140B. The written-by-hand "nice numbers" of chart axes
 *  (Heckbert's, in Graphics Gems), too small for a library. */
export function valueTicks(lo: number, hi: number, count = 4): number[] {
  const span = hi - lo;
  if (!(span > 0) || !Number.isFinite(span)) return [lo, hi > lo ? hi : lo + 1];
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  // Multiples of the step, computed from integers so that 0.1 + 0.2 never shows.
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
}
