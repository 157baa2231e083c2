// Shared setup for the browser tests: a fresh notebook in a temp dir, `clipline serve`
// on a free loopback port, and Debian Chromium driven by playwright-core.
//
//   CLIPLINE_BIN  the binary under test (default: target/debug/clipline at the repo root)
//   E2E_HEADED=1  show the browser window
//
// Every test gets its own server, notebook and browser; all three are torn down whatever
// happens, and a failing test leaves a screenshot in tests/e2e/artifacts/.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');
export const artifactsDir = join(here, 'artifacts');
const bin = resolve(repoRoot, process.env.CLIPLINE_BIN ?? 'target/debug/clipline');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const URL_LINE = /http:\/\/127\.0\.0\.1:\d+\/\S*/;

/** Start `clipline --db TMP/notebook.db serve --port 0`; resolve with the URL it prints. */
export async function startServer(dir) {
  if (!existsSync(bin)) throw new Error(`no clipline binary at ${bin}: run \`cargo build\` or set CLIPLINE_BIN`);
  const db = join(dir, 'notebook.db');
  const child = spawn(bin, ['--db', db, 'serve', '--port', '0'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? 'warn' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-8000);
  });
  const url = await new Promise((resolveUrl, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`clipline serve printed no URL within 30s\n${stderr}`)), 30_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      for (const line of buffer.split('\n')) {
        const match = line.includes('http://127.0.0.1:') && URL_LINE.exec(line);
        if (match) {
          clearTimeout(timer);
          resolveUrl(match[0]);
          return;
        }
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`clipline serve exited (${code ?? signal}) before printing its URL\n${stderr}`));
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
  // Keep draining stdout so the server never blocks on a full pipe.
  child.stdout.resume();
  return { child, url, db, stderr: () => stderr };
}

export async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: !process.env.E2E_HEADED,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

function slug(name) {
  return name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 80);
}

/**
 * Everything a test drives: the page, the URL the server printed (with its token), the
 * server's origin, and the problems the page reported (uncaught errors, console errors,
 * HTTP responses >= 400 as "STATUS URL").
 */
async function open() {
  const dir = await mkdtemp(join(tmpdir(), 'clipline-e2e-'));
  const app = { dir, server: null, browser: null, page: null, url: '', origin: '', pageErrors: [], consoleErrors: [], badResponses: [] };
  try {
    app.server = await startServer(dir);
    app.url = app.server.url;
    app.origin = new URL(app.url).origin;
    app.browser = await launchBrowser();
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    app.page = await context.newPage();
    app.page.on('pageerror', (err) => app.pageErrors.push(String(err)));
    app.page.on('console', (msg) => {
      if (msg.type() === 'error') app.consoleErrors.push(msg.text());
    });
    app.page.on('response', (res) => {
      if (res.status() >= 400) app.badResponses.push(`${res.status()} ${res.url()}`);
    });
  } catch (err) {
    await close(app);
    throw err;
  }
  return app;
}

async function close(app) {
  await app.browser?.close().catch(() => {});
  if (app.server) await stopServer(app.server.child).catch(() => {});
  await rm(app.dir, { recursive: true, force: true }).catch(() => {});
}

/**
 * `e2e('name', async (app) => {...})`: a node:test test with a fresh server, notebook
 * and browser. On failure the page is saved to tests/e2e/artifacts/<name>.png and the
 * server's recent stderr is attached to the error. A test that runs out of time stops
 * waiting and closes its browser and server too (node:test aborts `t.signal` but lets the
 * body run on, which would keep the run alive for ever).
 */
export function e2e(name, fn, options = {}) {
  test(name, { timeout: 90_000, ...options }, async (t) => {
    const app = await open();
    const outOfTime = new Promise((_, reject) =>
      t.signal.addEventListener('abort', () => reject(new Error(`${name}: ran out of time`)), { once: true }),
    );
    try {
      await Promise.race([fn(app, t), outOfTime]);
    } catch (err) {
      try {
        await mkdir(artifactsDir, { recursive: true });
        await app.page?.screenshot({ path: join(artifactsDir, `${slug(name)}.png`), fullPage: true });
      } catch {
        // A screenshot is a courtesy; the original failure matters.
      }
      const log = app.server?.stderr().trim();
      if (log && err instanceof Error) err.message += `\n--- clipline serve stderr ---\n${log}`;
      if (app.pageErrors.length && err instanceof Error) err.message += `\n--- page errors ---\n${app.pageErrors.join('\n')}`;
      throw err;
    } finally {
      await close(app);
    }
  });
}

/** A news article as a saved HTML page, with the metadata an extractor looks for. */
export function articlePage({
  title,
  site = 'The Daily Ledger',
  author = 'Asha Raman',
  published = '2025-04-30T09:15:00Z',
  url = 'https://ledger.example/tech/2025/04/30/article',
  paragraphs,
  extraBody = '',
}) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: published,
    author: { '@type': 'Person', name: author },
    publisher: { '@type': 'Organization', name: site },
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)} | ${esc(site)}</title>
<link rel="canonical" href="${esc(url)}">
<meta property="og:title" content="${esc(title)}">
<meta property="og:site_name" content="${esc(site)}">
<meta property="og:url" content="${esc(url)}">
<meta property="article:published_time" content="${esc(published)}">
<meta name="author" content="${esc(author)}">
<script type="application/ld+json">${ld}</script>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/world">World</a></nav></header>
<main>
<article>
<h1>${esc(title)}</h1>
<p class="byline">By <span class="author">${esc(author)}</span> · <time datetime="${esc(published)}">${esc(published.slice(0, 10))}</time></p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
${extraBody}
</article>
</main>
<footer><p>© ${esc(site)}. All rights reserved.</p></footer>
</body>
</html>`;
}

/** Open the app and switch it to the sample notebook (the banner says it is open). */
export async function openSample(app) {
  await app.page.goto(app.url);
  await app.page.getByTestId('open-sample').click();
  await app.page.getByTestId('sample-banner').waitFor();
}

/** Put a whole page into the clip box and press Clip. */
export async function clip(page, content) {
  await page.getByTestId('clip-box').fill(content);
  await page.getByTestId('clip-button').click();
}

/** Poll `fn` until it returns a truthy value or the time runs out. */
export async function eventually(fn, { timeout = 10_000, interval = 100, message = 'condition never held' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`${message} (last: ${last})`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * Keep count, in the page, of its calls to the engine still unanswered. A call counts until
 * its answer has been read and everything the app does with it at once (its promise
 * callbacks and the redraw they cause, all microtasks) has run, so `rpcQuiet` is a point
 * where no answer is still on its way into the UI. `window.__rpcAnswered[cmd]` counts the
 * answers handled, by command. Call before the page is opened.
 */
export async function trackRpc(page) {
  await page.addInitScript(() => {
    window.__rpcPending = 0;
    window.__rpcAnswered = {};
    const send = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const cmd = typeof init?.body === 'string' ? JSON.parse(init.body).cmd : null;
      if (!cmd) return send(input, init);
      window.__rpcPending += 1;
      // A task, so it runs after the microtasks that hand the answer to the app.
      const done = () =>
        setTimeout(() => {
          window.__rpcPending -= 1;
          window.__rpcAnswered[cmd] = (window.__rpcAnswered[cmd] ?? 0) + 1;
        });
      let res;
      try {
        res = await send(input, init);
        // `holdNext`: the first answer to the held command, read whole, waits for release.
        const hold = window.__rpcHold;
        if (hold && !hold.taken && hold.cmd === cmd && hold.skip > 0) {
          hold.skip -= 1;
        } else if (hold && !hold.taken && hold.cmd === cmd) {
          hold.taken = true;
          await res.clone().arrayBuffer();
          hold.asked = true;
          await hold.gate;
        }
      } catch (err) {
        done();
        throw err;
      }
      const read = res.json.bind(res);
      res.json = async () => {
        try {
          return await read();
        } finally {
          done();
        }
      };
      return res;
    };
  });
}

/** Wait until every call the page made has been answered and handled (see `trackRpc`). */
export async function rpcQuiet(page) {
  await page.waitForFunction(() => window.__rpcPending === 0);
}

/** How many answers to `cmd` the page has handled (see `trackRpc`). */
export async function rpcAnswered(page, cmd) {
  return page.evaluate((cmd) => window.__rpcAnswered?.[cmd] ?? 0, cmd);
}

/**
 * Hold the next answer to `cmd` (past the first `skip` of them): the engine is asked at once (so the answer is the state of
 * the notebook now) but the page gets it only when `release()` is called. `asked` resolves
 * once the engine has answered, and fails when the page has not asked within `within` ms.
 * Later calls of `cmd` go through untouched. The hold lives in the page's own `fetch` (see
 * `trackRpc`, which must have been called), not in a network route: a route has to read
 * the command out of the request's body, which Chromium does not always hand over to the
 * driver; a request whose body it missed would go through unheld. (With a route, `asked`
 * failed in two CI runs though the page had the focus that asks; that is the likely why.)
 */
export async function holdNext(page, cmd, { within = 15_000, skip = 0 } = {}) {
  await page.evaluate(
    ([cmd, skip]) => {
      let release;
      const gate = new Promise((r) => (release = r));
      window.__rpcHold = { cmd, skip, taken: false, asked: false, gate, release };
    },
    [cmd, skip],
  );
  const asked = page
    .waitForFunction(() => window.__rpcHold?.asked === true, null, { timeout: within })
    .then(
      () => {},
      () => {
        throw new Error(`the page never asked for ${cmd}`);
      },
    );
  // Keep an early failure from counting as unhandled before the test awaits `asked`.
  asked.catch(() => {});
  return { asked, release: () => page.evaluate(() => window.__rpcHold?.release()) };
}

/** Send one command to the running server's command table, as the UI does; resolves with the data. */
export async function rpc(app, cmd, args) {
  const { origin, searchParams } = new URL(app.url);
  const res = await fetch(`${origin}/api/rpc`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-clipline-token': searchParams.get('token') },
    body: JSON.stringify(args ? { cmd, args } : { cmd }),
  });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`${cmd}: ${res.status} ${body.message ?? ''}`);
  return body.data;
}
