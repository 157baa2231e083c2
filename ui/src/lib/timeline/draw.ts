// The timeline's canvas renderer: lane stripes, the calendar grid and every item in the
// visible window, batched into one path per style. Items closer than a pixel to the last
// one drawn in the same style are skipped (they would paint the same pixels), which keeps
// a frame under a few milliseconds at 10,000 items.
import { ticks, type Domain } from '../timescale';
import { AMOUNT, CLAIM, EXPECTED, POINT_ROW, SPAN, SPAN_ROW, formatAmount, visibleWindow, type LaneData } from './model';

export interface Geometry {
  width: number;
  height: number;
  axisH: number;
  laneH: number;
  dpr: number;
}

export interface Palette {
  text: string;
  muted: string;
  grid: string;
  stripe: string;
  published: string;
  claim: string;
}

/** A box on the canvas, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What a frame drew: how many items, and how long it took; the boxes of the amount labels
 *  and of the points it drew (the first `MAX_BOXES`), so a test can see that no label
 *  covers a point. */
export interface FrameStats {
  drawn: number;
  visible: number;
  ms: number;
  labels: Box[];
  points: Box[];
}

/** An amount's label, drawn right of its item unless it would cover a point or another
 *  label of the same row. */
interface Label {
  x: number;
  y: number;
  text: string;
  /** Where the next point of the same lane row begins (its left edge), if there is one. */
  stop: number;
}

/** Point boxes kept for `FrameStats` (the first ones drawn): enough for a test, not an
 *  allocation per item at 10,000. */
const MAX_BOXES = 2000;
/** Past this many amounts in view the labels would be a smear: none is drawn. */
const MAX_LABELS = 300;
/** Label text height above its baseline, and the gap kept to the next point or label. */
const LABEL_H = 9;
const LABEL_GAP = 3;

/** Draw one frame of the timeline onto `ctx`. */
export function drawTimeline(
  ctx: CanvasRenderingContext2D,
  lanes: LaneData[],
  domain: Domain,
  g: Geometry,
  colors: Palette,
  showAmounts: boolean,
): FrameStats {
  const started = performance.now();
  const { width, height, axisH, laneH, dpr } = g;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const k = width / (domain.end - domain.start);
  const x = (t: number) => (t - domain.start) * k;

  // Lane stripes.
  ctx.fillStyle = colors.stripe;
  for (let i = 1; i < lanes.length; i += 2) ctx.fillRect(0, axisH + i * laneH, width, laneH);

  // Calendar grid and labels.
  ctx.font = '12px system-ui, sans-serif';
  ctx.textBaseline = 'alphabetic';
  ctx.strokeStyle = colors.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  const tks = ticks(domain, width);
  for (const tick of tks) {
    const px = Math.round(x(tick.t)) + 0.5;
    ctx.moveTo(px, axisH - 6);
    ctx.lineTo(px, height);
  }
  ctx.stroke();
  for (const tick of tks) {
    const px = x(tick.t);
    if (px > width - 40) continue;
    ctx.fillStyle = tick.major ? colors.text : colors.muted;
    ctx.fillText(tick.label, px + 4, axisH - 12);
  }
  ctx.beginPath();
  ctx.moveTo(0, axisH - 0.5);
  ctx.lineTo(width, axisH - 0.5);
  ctx.strokeStyle = colors.muted;
  ctx.stroke();

  // Level of detail: in a dense overview (more items in view than ~3 per 10 px of lane),
  // points are drawn as small squares, which rasterise far faster than thousands of arcs
  // and look the same at that density; zoomed in they are circles again.
  let inView = 0;
  for (const lane of lanes) {
    const [from, to] = visibleWindow(lane, domain.start, domain.end);
    inView += to - from;
  }
  const dense = inView > (lanes.length * width) / 3.3;
  let drawn = 0;
  let visible = 0;
  const labels: Label[] = [];
  const points: Box[] = [];
  // Four batches: filled points, hollow (expected) points, filled spans, hollow spans.
  const pts = new Path2D();
  let claimPts = new Path2D();
  const hollowPts = new Path2D();
  const spans = new Path2D();
  let claimSpans = new Path2D();
  // A lane with a colour of its own (a theme's) fills its claims in that colour.
  const own: { color: string; pts: Path2D; spans: Path2D }[] = [];
  const hollowSpans = new Path2D();
  for (let li = 0; li < lanes.length; li++) {
    const lane = lanes[li]!;
    const cy = axisH + li * laneH + laneH / 2;
    const sharedPts = claimPts;
    const sharedSpans = claimSpans;
    if (lane.color) {
      const mine = { color: lane.color, pts: new Path2D(), spans: new Path2D() };
      own.push(mine);
      claimPts = mine.pts;
      claimSpans = mine.spans;
    }
    const [from, to] = visibleWindow(lane, domain.start, domain.end);
    const lastPt = [-Infinity, -Infinity, -Infinity];
    const lastSpan = [-Infinity, -Infinity, -Infinity];
    // The label waiting, per row, for the next point of its row to say where it must stop.
    const waiting: (Label | null)[] = [null, null, null];
    for (let i = from; i < to; i++) {
      const a = x(lane.t0[i]!);
      const b = x(lane.t1[i]!);
      if (b < -8 || a > width + 8) continue;
      visible++;
      const f = lane.flags[i]!;
      const r0 = lane.row[i]!;
      let ly: number;
      if (f & SPAN) {
        if (a - lastSpan[r0]! < 1 && b - a < 2) continue;
        lastSpan[r0] = a;
        const w = Math.max(3, b - a);
        const top = cy + SPAN_ROW[r0]!;
        (f & EXPECTED ? hollowSpans : f & CLAIM ? claimSpans : spans).rect(a, top, w, 7);
        ly = top + 7;
      } else {
        const px = (a + b) / 2;
        if (px - lastPt[r0]! < 2) continue;
        lastPt[r0] = px;
        const r = f & CLAIM ? 5 : 4;
        const y = cy + POINT_ROW[r0]!;
        const path = f & EXPECTED ? hollowPts : f & CLAIM ? claimPts : pts;
        if (dense) path.rect(px - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
        else {
          path.moveTo(px + r, y);
          path.arc(px, y, r, 0, Math.PI * 2);
        }
        if (points.length < MAX_BOXES) points.push({ x: px - r, y: y - r, w: 2 * r, h: 2 * r });
        const before = waiting[r0];
        if (before) {
          before.stop = px - r;
          waiting[r0] = null;
        }
        ly = y + 4;
      }
      drawn++;
      if (showAmounts && f & AMOUNT) {
        const amount = lane.items[i]!.amount;
        if (amount) {
          const label = { x: f & SPAN ? b + 4 : (a + b) / 2 + 8, y: ly, text: formatAmount(amount), stop: Infinity };
          labels.push(label);
          // A point's label sits on its row; a span's sits under the span, clear of points.
          if (!(f & SPAN)) waiting[r0] = label;
        }
      }
    }
    claimPts = sharedPts;
    claimSpans = sharedSpans;
  }
  ctx.fillStyle = colors.published;
  ctx.fill(pts);
  ctx.fill(spans);
  ctx.fillStyle = colors.claim;
  ctx.fill(claimPts);
  ctx.fill(claimSpans);
  for (const o of own) {
    ctx.fillStyle = o.color;
    ctx.fill(o.pts);
    ctx.fill(o.spans);
  }
  ctx.setLineDash([3, 2]);
  ctx.strokeStyle = colors.claim;
  ctx.lineWidth = 1.5;
  ctx.stroke(hollowPts);
  ctx.stroke(hollowSpans);
  ctx.setLineDash([]);
  const placed: Box[] = [];
  if (labels.length <= MAX_LABELS) {
    ctx.fillStyle = colors.text;
    ctx.font = '11px system-ui, sans-serif';
    // The right end of the last label drawn on each baseline (rows of several lanes
    // interleave in `labels`).
    const lastRight = new Map<number, number>();
    for (const l of labels) {
      const w = ctx.measureText(l.text).width;
      if (l.x < (lastRight.get(l.y) ?? -Infinity) + LABEL_GAP + 1) continue;
      if (l.x + w > l.stop - LABEL_GAP) continue;
      // A label either edge of the chart would cut ("$25" of "$25B") is left out.
      if (l.x < 0 || l.x + w > width - 2) continue;
      ctx.fillText(l.text, l.x, l.y);
      lastRight.set(l.y, l.x + w);
      placed.push({ x: l.x, y: l.y - LABEL_H, w, h: LABEL_H });
    }
  }
  return { drawn, visible, ms: performance.now() - started, labels: placed, points };
}

/** The item under the pointer at (px, py), if any (within 6 px). */
export function hitTest(
  lanes: LaneData[],
  domain: Domain,
  g: Geometry,
  px: number,
  py: number,
): { lane: number; index: number } | null {
  const li = Math.floor((py - g.axisH) / g.laneH);
  const lane = lanes[li];
  if (!lane) return null;
  const k = g.width / (domain.end - domain.start);
  const t = domain.start + px / k;
  const slack = 6 / k;
  const [from, to] = visibleWindow(lane, t - slack, t + slack);
  const cy = g.axisH + li * g.laneH + g.laneH / 2;
  let best = -1;
  let bestD = Infinity;
  for (let i = from; i < to; i++) {
    const a = lane.t0[i]!;
    const b = lane.t1[i]!;
    const span = (lane.flags[i]! & SPAN) !== 0;
    const dx = (span ? (t < a ? a - t : t > b ? t - b : 0) : Math.abs((a + b) / 2 - t)) * k;
    const y = span ? cy + SPAN_ROW[lane.row[i]!]! + 3.5 : cy + POINT_ROW[lane.row[i]!]!;
    const d = Math.hypot(dx, py - y);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best >= 0 && bestD <= 8 ? { lane: li, index: best } : null;
}
