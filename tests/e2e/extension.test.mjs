// The browser extension, loaded into Debian Chromium: pair it through its popup with the
// address `clipline serve` printed, clip a page whose article is written by script (the
// live DOM, not the served HTML), clip a selection, and see the plain messages for a
// refused token and for a Clipline that is not running.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { articlePage, e2e, eventually, repoRoot, startServer, stopServer } from './harness.mjs';

const extensionDir = join(repoRoot, 'extension');

const PARAGRAPHS = [
  'The European Commission opened an investigation on Thursday into whether a large social network did enough to protect minors, officials in Brussels said.',
  'The inquiry will examine age verification and the design of recommendation systems, and could lead to fines of up to six percent of global turnover under the Digital Services Act.',
  'The company said it had introduced new safety tools for teenagers last year and would cooperate fully with the Commission as the investigation proceeds.',
  'Child safety campaigners welcomed the move but said enforcement had been slow, and urged regulators to set firm deadlines for changes to the platform.',
];

/** A news site on 127.0.0.1 whose article body is written into the page by script. */
function newsSite() {
  const live = articlePage({ title: 'EU opens child safety inquiry into social network', paragraphs: ['Loading…'], url: 'https://eu-desk.example/2025/child-safety' })
    .replace('</body>', `<script src="/app.js"></script></body>`);
  const plain = articlePage({ title: 'Ports brace for new shipping rules', paragraphs: PARAGRAPHS.map((p) => p.replace('European Commission', 'port authority')), url: 'https://eu-desk.example/2025/ports' });
  const app = `document.querySelector('article p:last-of-type').remove();
for (const text of ${JSON.stringify(PARAGRAPHS)}) {
  const p = document.createElement('p'); p.textContent = text; document.querySelector('article').append(p);
}`;
  const server = createServer((req, res) => {
    const routes = { '/live': ['text/html', live], '/ports': ['text/html', plain], '/app.js': ['text/javascript', app] };
    const [type, body] = routes[req.url] ?? ['text/plain', 'not found'];
    res.writeHead(routes[req.url] ? 200 : 404, { 'content-type': `${type}; charset=utf-8` });
    res.end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function rpc(url, cmd, args) {
  const { origin, searchParams } = new URL(url);
  const res = await fetch(`${origin}/api/rpc`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-clipline-token': searchParams.get('token') },
    body: JSON.stringify(args ? { cmd, args } : { cmd }),
  });
  assert.equal(res.status, 200, `${cmd} answers 200`);
  return (await res.json()).data;
}

test('the extension clips the live page and the selection into the running Clipline', { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'clipline-ext-'));
  const site = await newsSite();
  const siteOrigin = `http://127.0.0.1:${site.address().port}`;
  let server = null;
  let context = null;
  try {
    server = await startServer(dir);
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: !process.env.E2E_HEADED,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    });
    context.setDefaultTimeout(15_000);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;

    // Pairing through the popup: a bad address is explained, the printed one is kept.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.fill('#pair-url', 'https://example.com/?token=abc');
    const status = (re) =>
      popup.waitForFunction((source) => new RegExp(source).test(document.getElementById('status').textContent), re.source);
    await popup.click('#pair-save');
    await status(/only listens on http:\/\/127\.0\.0\.1/);
    await popup.fill('#pair-url', server.url);
    await popup.click('#pair-save');
    await status(/^Paired/);
    // The popup says so before it has read the pairing back and swapped the forms.
    await eventually(() => popup.isVisible('#clip-now'), { message: 'the clip form replaces the pairing form' });

    // Clip from the popup: the page's article exists only in its live DOM.
    const news = await context.newPage();
    await news.goto(`${siteOrigin}/live`);
    await news.waitForFunction(() => document.querySelectorAll('article p').length >= 4);
    await news.bringToFront();
    await popup.fill('#tags', 'eu, child safety');
    await popup.evaluate(() => document.getElementById('clip-now').click());
    await status(/Clipped|Already|Clipline/);
    assert.match(await popup.textContent('#status'), /^Clipped: EU opens child safety inquiry/);

    const list = await rpc(server.url, 'ArticleList', {});
    assert.equal(list.length, 1);
    assert.deepEqual(list[0].tags, ['child safety', 'eu']);
    const article = await rpc(server.url, 'ArticleGet', { id: list[0].id });
    assert.equal(article.via, 'extension');
    assert.match(article.content_text, /Digital Services Act/, 'the text the script wrote is in the notebook');
    assert.doesNotMatch(article.content_text, /Loading…/);

    // The selection alone, through the same code the context menu runs.
    const ports = await context.newPage();
    await ports.goto(`${siteOrigin}/ports`);
    await ports.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) => el.textContent.includes('cooperate fully'));
      getSelection().selectAllChildren(p);
    });
    const portsUrl = `${siteOrigin}/ports`;
    const result = await worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return globalThis.clipTab(tab.id, { selectionOnly: true, tags: ['ports'] });
    }, portsUrl);
    assert.equal(result.ok, true, result.message);
    const selected = await rpc(server.url, 'ArticleGet', { id: result.article.id });
    assert.match(selected.content_text, /cooperate fully/, 'the selected paragraph is clipped');
    assert.equal(selected.title, 'Ports brace for new shipping rules', "the page's headline titles the selection");
    assert.doesNotMatch(selected.content_text, /age verification/, 'and nothing outside the selection');

    // A wrong token is refused with a message that says what to do.
    await worker.evaluate(() => chrome.storage.local.get('pairing').then(({ pairing }) =>
      chrome.storage.local.set({ pairing: { ...pairing, token: '0123456789abcdef0123456789abcdef' } })));
    const refused = await worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return globalThis.clipTab(tab.id);
    }, portsUrl);
    assert.equal(refused.ok, false);
    assert.match(refused.message, /refused this extension: pair it again/);

    // Clipline stopped: the extension says so plainly.
    await stopServer(server.child);
    const stopped = await worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return globalThis.clipTab(tab.id);
    }, portsUrl);
    assert.equal(stopped.ok, false);
    assert.match(stopped.message, /^Clipline is not running/);
  } finally {
    await context?.close().catch(() => {});
    if (server) await stopServer(server.child).catch(() => {});
    site.close();
    await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
});

e2e('the bookmarklet page pairs once and clips the address it is given', async (app) => {
  const site = await newsSite();
  try {
    const pageUrl = `http://127.0.0.1:${site.address().port}/ports`;
    const status = () => app.page.textContent('#status');
    await app.page.goto(`${app.origin}/bookmarklet.html#${encodeURIComponent(pageUrl)}`);
    await eventually(async () => /^Pair first/.test(await status()), { message: 'an unpaired page asks to pair' });
    await app.page.fill('#pair-url', 'http://127.0.0.1:1/?token=abc');
    await app.page.click('#pair-save');
    await eventually(async () => /Paste the address this Clipline printed/.test(await status()), {
      message: "another server's address is refused",
    });
    await app.page.fill('#pair-url', app.url);
    await app.page.click('#pair-save');
    await eventually(async () => /^Clipped: Ports brace/.test(await status()), { message: 'the page reports the clip' });
    assert.equal((await rpc(app.url, 'ArticleList', {}))[0].url, pageUrl);

    // Paired: the next use shows the address and clips it only when the reader presses
    // Clip (any web page can open this page with an address of its choosing).
    const again = await app.page.context().newPage();
    const live = `http://127.0.0.1:${site.address().port}/live`;
    await again.goto(`${app.origin}/bookmarklet.html#${encodeURIComponent(live)}`);
    await again.locator('#clip-go').waitFor();
    assert.equal(await again.textContent('#target'), live, 'the page shows what it will clip');
    assert.ok(await again.locator('#clip-go').isDisabled(), 'the button wakes only after a moment');
    await again.waitForTimeout(1000);
    assert.equal((await rpc(app.url, 'ArticleList', {})).length, 1, 'nothing is clipped before the click');
    await again.click('#clip-go');
    await eventually(async () => /^Clipped: EU opens child safety inquiry/.test(await again.textContent('#status')), {
      message: 'the saved pairing is used',
    });
    assert.equal((await rpc(app.url, 'ArticleList', {})).length, 2);
  } finally {
    site.close();
  }
});
