// Timeline paging benchmark (run on demand, not a test): the real timeline view in Chromium
// over `clipline serve` on a big notebook (`clipline dev generate --articles 100000`): the
// lanes by source (the view's default: every article's publication, 100,000 items), or the
// lane of ENTITY, arriving a page at a time. Prints how long the lanes take to arrive in
// full, and the main thread's long tasks meanwhile (the longest, and their sum): a page that
// freezes while the pages arrive shows here.
//
//   CLIPLINE_BIN=target/debug/clipline node tests/e2e/bench-timeline-pages.mjs NOTEBOOK.db [ENTITY]
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { launchBrowser, repoRoot } from './harness.mjs';

const [db, entity] = process.argv.slice(2);
if (!db) {
  console.error('usage: node tests/e2e/bench-timeline-pages.mjs NOTEBOOK.db [ENTITY]');
  process.exit(2);
}
const bin = resolve(repoRoot, process.env.CLIPLINE_BIN ?? 'target/debug/clipline');
const server = spawn(bin, ['--db', db, 'serve', '--port', '0', '--poll-feeds', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((ok, fail) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\w+/.exec(out);
    if (m) ok(m[0]);
  });
  server.on('exit', () => fail(new Error('clipline serve stopped')));
});
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => e.duration))).observe({ entryTypes: ['longtask'] });
  });
  const started = Date.now();
  const hash = entity ? `#/timeline?lanes=entity&entity=${encodeURIComponent(entity)}` : '#/timeline?lanes=source';
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.getByTestId('timeline-foot').waitFor({ timeout: 120_000 });
  const first = Date.now() - started;
  await page.getByTestId('timeline-loading-more').waitFor({ state: 'attached', timeout: 10_000 }).catch(() => {});
  await page.getByTestId('timeline-loading-more').waitFor({ state: 'detached', timeout: 600_000 });
  const all = Date.now() - started;
  const foot = await page.getByTestId('timeline-foot').innerText();
  const long = await page.evaluate(() => window.__long);
  const sum = long.reduce((a, b) => a + b, 0);
  console.log(`lanes: ${entity ? `the entity ${entity}` : 'by source'}`);
  console.log(`foot: ${foot.replace(/\s+Export as Markdown$/, '')}`);
  console.log(`first dots: ${first} ms; whole lane: ${all} ms`);
  console.log(`long tasks: ${long.length}, longest ${Math.max(0, ...long).toFixed(0)} ms, sum ${sum.toFixed(0)} ms`);
} finally {
  await browser.close();
  server.kill();
}
