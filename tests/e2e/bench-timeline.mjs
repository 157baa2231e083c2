// Timeline benchmark (run on demand, not a test): 10,000 generated events in 20 lanes,
// handed to the real timeline view in Chromium; prints the initial render time and the
// per-frame cost of panning and zooming. Targets: render <= 300 ms, <= 16 ms a frame.
//
//   CLIPLINE_BIN=target/debug/clipline node tests/e2e/bench-timeline.mjs
//
// The data goes in through `window.__clipline_timeline_load`, the hook the timeline view
// exposes for this script, so the figures measure the renderer, not the engine's query.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser, repoRoot } from './harness.mjs';

const LANES = 20;
const EVENTS = 10_000;
const bin = resolve(repoRoot, process.env.CLIPLINE_BIN ?? 'target/debug/clipline');

/** A deterministic pseudo-random generator (mulberry32), so every run draws the same data. */
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate() {
  const rand = rng(42);
  const start = Date.UTC(2023, 0, 1);
  const span = 3 * 365 * 86_400_000;
  const precisions = ['day', 'day', 'day', 'day', 'month', 'quarter', 'year'];
  const lanes = [];
  for (let l = 0; l < LANES; l++) {
    const items = [];
    for (let i = 0; i < EVENTS / LANES; i++) {
      const precision = precisions[Math.floor(rand() * precisions.length)];
      const d = new Date(start + rand() * span);
      const y = d.getUTCFullYear();
      const m = d.getUTCMonth();
      const date =
        precision === 'day'
          ? d.toISOString().slice(0, 10)
          : precision === 'month'
            ? `${y}-${String(m + 1).padStart(2, '0')}-01`
            : precision === 'quarter'
              ? `${y}-${String(m - (m % 3) + 1).padStart(2, '0')}-01`
              : `${y}-01-01`;
      const amount = rand() < 0.2 ? { value: Math.round(rand() * 90) * 1e9, value_max: null, currency: 'USD', unit: null } : undefined;
      items.push({
        date,
        precision,
        tense: rand() < 0.25 ? 'expected' : 'happened',
        kind: rand() < 0.7 ? 'dated_claim' : 'published',
        text: `Company ${l + 1} event ${i + 1}`,
        article_id: l * 1000 + i + 1,
        source: 'Bench',
        ...(amount ? { amount } : {}),
        siblings: 0,
        span_start: 0,
        span_end: 10,
      });
    }
    items.sort((a, b) => (a.date < b.date ? -1 : 1));
    lanes.push({ key: `bench:${l}`, label: `Company ${l + 1}`, items });
  }
  return { lanes, undated: 0 };
}

async function startServer(dir) {
  const child = spawn(bin, ['--db', join(dir, 'notebook.db'), 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((ok, fail) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const m = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(chunk);
      if (m) ok(m[0]);
    });
    child.once('exit', (code) => fail(new Error(`clipline serve exited (${code})`)));
  });
  child.stdout.resume();
  return { child, url };
}

const stat = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { mean: mean.toFixed(2), p95: s[Math.floor(s.length * 0.95)].toFixed(2), max: s[s.length - 1].toFixed(2) };
};

const dir = await mkdtemp(join(tmpdir(), 'clipline-bench-'));
const { child, url } = await startServer(dir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(url);
  await page.goto(`${new URL(url).origin}/#/timeline`);
  await page.getByTestId('timeline-empty').waitFor();
  const data = generate();

  const render = await page.evaluate(async (tl) => {
    const stats = () => window.__clipline_timeline;
    const t0 = performance.now();
    window.__clipline_timeline_load(tl);
    await Promise.resolve();
    const mounted = performance.now() - t0;
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      if (stats()?.frames > 0) break;
    }
    return { ms: performance.now() - t0, mounted, draw: stats().last.ms, drawn: stats().last.drawn, visible: stats().last.visible };
  }, data);

  const frames = await page.evaluate(async () => {
    const plot = document.querySelector('[data-testid="timeline-canvas"]').parentElement;
    const box = plot.getBoundingClientRect();
    const stats = window.__clipline_timeline;
    const out = { pan: [], zoom: [], panDraw: [], zoomDraw: [], interval: [] };
    async function step(kind, event) {
      const before = stats.frames;
      const t0 = performance.now();
      plot.dispatchEvent(event);
      await Promise.resolve(); // Svelte flushes its effects in a microtask queued by the event
      const handled = performance.now() - t0;
      const tFrame = performance.now();
      while (stats.frames === before) await new Promise((r) => requestAnimationFrame(r));
      out.interval.push(performance.now() - tFrame);
      out[kind].push(handled + stats.last.ms);
      out[`${kind}Draw`].push(stats.last.ms);
    }
    const y = box.top + 100;
    let x = box.left + box.width / 2;
    plot.dispatchEvent(new PointerEvent('pointerdown', { clientX: x, clientY: y, button: 0, pointerId: 1, bubbles: true }));
    for (let i = 0; i < 60; i++) {
      x += i < 30 ? 9 : -9;
      await step('pan', new PointerEvent('pointermove', { clientX: x, clientY: y, pointerId: 1, bubbles: true }));
    }
    plot.dispatchEvent(new PointerEvent('pointerup', { clientX: x, clientY: y, pointerId: 1, bubbles: true }));
    for (let i = 0; i < 60; i++) {
      const deltaY = i < 30 ? -60 : 60;
      await step('zoom', new WheelEvent('wheel', { clientX: box.left + box.width * 0.6, clientY: y, deltaY, bubbles: true, cancelable: true }));
    }
    return out;
  });

  console.log(`timeline benchmark: ${EVENTS} events in ${LANES} lanes, Chromium ${browser.version()}`);
  console.log(`initial render: ${render.ms.toFixed(1)} ms to the first drawn frame (layout and mount ${render.mounted.toFixed(1)} ms, canvas draw ${render.draw.toFixed(1)} ms, ${render.drawn} marks for ${render.visible} visible items)`);
  const pan = stat(frames.pan);
  const zoom = stat(frames.zoom);
  console.log(`pan:  ${pan.mean} ms/frame mean, ${pan.p95} p95, ${pan.max} max (event + effects + draw); draw alone ${stat(frames.panDraw).mean} ms mean`);
  console.log(`zoom: ${zoom.mean} ms/frame mean, ${zoom.p95} p95, ${zoom.max} max (event + effects + draw); draw alone ${stat(frames.zoomDraw).mean} ms mean`);
  console.log(`frame pacing while panning and zooming: ${stat(frames.interval).mean} ms between input and drawn frame (includes waiting for vsync)`);
} finally {
  await browser.close();
  child.kill('SIGTERM');
  await rm(dir, { recursive: true, force: true });
}
