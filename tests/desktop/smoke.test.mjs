// The real desktop window, driven through tauri-driver + WebKitWebDriver (run.sh starts
// them under Xvfb): the window opens on an empty notebook and shows the library, and a
// text clipped through the clip box goes through Tauri's `rpc` command into the notebook
// and appears in the list; then the sample notebook opens in the same window (the engine
// builds it through the real clip pipeline), its timeline draws, and the way back leads to
// the user's own notebook again. Then the global clip shortcut: text put on the X
// clipboard (xclip) is clipped into the notebook when Ctrl+Shift+L is pressed (xdotool's
// XTEST events reach the XGrabKey hotkey), with no click in the window. And long work:
// Settings → Analyse again re-analyses the notebook, and its progress reaches the window
// as Tauri events (the panel counts the articles). An export's download link saves the file
// in the Downloads folder (WebKitGTK ignored it before), and the notebook's JSON export is
// streamed there by the app's second command. The browser extension's request clips into
// the window's notebook through the app's loopback server. Last, closing the window from
// its title bar carries out a delete still waiting for its Undo.
import { test, before, after } from 'node:test';
import { execFileSync, spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebDriver } from './webdriver.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const base = `http://127.0.0.1:${process.env.TAURI_DRIVER_PORT ?? '4444'}/`;
let driver;

before(async () => {
  assert.ok(process.env.DESKTOP_BIN, 'DESKTOP_BIN names the desktop binary (run.sh sets it)');
  driver = await WebDriver.start(base, process.env.DESKTOP_BIN);
});

after(async () => {
  await driver?.quit().catch(() => {});
});

/** Keep a picture of the window when something fails. */
async function screenshot(name) {
  const dir = join(here, 'artifacts');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${name}.png`), await driver.screenshot(), 'base64');
}

test('the window opens on the library and clips through the real engine', async (t) => {
  try {
    const empty = await driver.waitFor('[data-testid="library-empty"]', 30_000, 'the library');
    assert.match(await driver.text(empty), /notebook is empty/i, 'a new notebook says what to do');
    assert.match(await driver.title(), /Clipline/);

    const box = await driver.waitFor('[data-testid="clip-box"]', 5_000, 'the clip box');
    await driver.type(
      box,
      // WebKitWebDriver types "\n" as nothing; U+E006 is the Return key.
      'Ferry operator orders two electric vessels\uE006\uE006' +
        'The harbour ferry operator ordered two battery-electric vessels on Thursday, ' +
        'to enter service in 2027 on the busiest crossing.',
    );
    await driver.click(await driver.waitFor('[data-testid="clip-button"]', 5_000, 'the clip button'));
    const title = await driver.waitFor(
      '[data-testid="library-item-title"]',
      20_000,
      'the clipped article in the library',
    );
    assert.equal(await driver.text(title), 'Ferry operator orders two electric vessels');
  } catch (err) {
    await screenshot(t.name.replace(/\W+/g, '-')).catch(() => {});
    throw err;
  }
});

test('the sample notebook opens in the window, its timeline draws, and the way back works', async (t) => {
  try {
    await driver.click(await driver.waitFor('[data-testid="open-sample-link"]', 30_000, 'the sample notebook link'));
    await driver.waitFor('[data-testid="sample-banner"]', 60_000, 'the sample notebook banner');
    await driver.click(await driver.waitFor('[data-testid="nav-timeline"]', 5_000, 'the timeline link'));
    await driver.waitFor('[data-testid="timeline-canvas"]', 20_000, 'the timeline canvas');
    await driver.waitFor('[data-testid="timeline-dot"]', 20_000, 'items on the sample timeline');

    // An article's original link opens in the system browser, not in the window.
    await driver.click(await driver.waitFor('[data-testid="nav-library"]', 5_000, 'the library link'));
    await driver.click(await driver.waitFor('[data-testid="library-item"]', 30_000, 'a sample article'));
    await driver.click(await driver.waitFor('[data-testid="reader-original"]', 30_000, "the article's original link"));
    const deadline = Date.now() + 30_000;
    let opened = '';
    while (Date.now() < deadline && !opened.includes('https://')) {
      opened = await readFile(process.env.OPENED_LOG, 'utf8').catch(() => '');
      if (!opened) await new Promise((r) => setTimeout(r, 200));
    }
    assert.match(opened, /^https:\/\/[a-z]+\.example\//m, 'the link went to the browser (xdg-open)');
    await driver.waitFor('[data-testid="reader"]', 5_000, 'the window still shows the reader');
    await driver.click(await driver.waitFor('[data-testid="close-sample"]', 5_000, 'the way back'));
    const title = await driver.waitFor('[data-testid="library-item-title"]', 20_000, "the user's own library");
    assert.equal(await driver.text(title), 'Ferry operator orders two electric vessels', 'back in the notebook clipped into earlier');
  } catch (err) {
    await screenshot(t.name.replace(/\W+/g, '-')).catch(() => {});
    throw err;
  }
});

/** Own the X clipboard with `text` (xclip forks a process that serves it, then exits). */
async function setClipboard(text) {
  const child = spawn('xclip', ['-selection', 'clipboard'], { stdio: ['pipe', 'ignore', 'ignore'] });
  child.stdin.end(text);
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`xclip exited with ${code}`))));
    child.once('error', reject);
  });
  const held = execFileSync('xclip', ['-selection', 'clipboard', '-o'], { encoding: 'utf8' });
  assert.equal(held, text, 'the clipboard holds the text');
}

test('the global shortcut clips the clipboard from outside the window', async (t) => {
  try {
    const title = 'Tram line to the airport opens in May';
    await setClipboard(
      `${title}\n\nThe city's new tram line to the airport will open in May 2026, the transport ` +
        'authority said on Tuesday, after two years of building work.',
    );
    execFileSync('xdotool', ['key', '--clearmodifiers', 'ctrl+shift+l']);
    // The window is not touched: the library shows the article once it reads the notebook again.
    const deadline = Date.now() + 30_000;
    let titles = [];
    while (Date.now() < deadline) {
      await driver.click(await driver.waitFor('[data-testid="nav-timeline"]', 5_000, 'the timeline link'));
      await driver.click(await driver.waitFor('[data-testid="nav-library"]', 5_000, 'the library link'));
      await driver.waitFor('[data-testid="library-item-title"]', 10_000, 'the library');
      titles = await driver.texts('[data-testid="library-item-title"]');
      if (titles.includes(title)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    assert.ok(titles.includes(title), `the clipboard's text was stored by the shortcut (library: ${titles.join(' | ')})`);
  } catch (err) {
    await screenshot(t.name.replace(/\W+/g, '-')).catch(() => {});
    throw err;
  }
});

test('analysing again shows its progress in the window, carried by Tauri events', async (t) => {
  try {
    await driver.click(await driver.waitFor('[data-testid="nav-settings"]', 5_000, 'the settings link'));
    await driver.click(await driver.waitFor('[data-testid="reanalyze"]', 10_000, 'the Analyse again button'));
    const status = await driver.waitFor('[data-testid="maintenance-status"]', 5_000, 'the status line');
    // The status says what the work did; the panel ends on "n of n" for a few seconds.
    const deadline = Date.now() + 60_000;
    let said = '';
    let counted = '';
    const ended = () => said !== '' && /^(\d+) of \1$/.test(counted);
    while (Date.now() < deadline && !ended()) {
      said = await driver.text(status);
      counted = (await driver.texts('[data-testid="job-count"]')).join('');
      if (!ended()) await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(said, /^Analysed 2 articles: /, 'the work answered for both clips of this notebook');
    assert.equal(counted, '2 of 2', 'the panel heard the progress events to the end');
  } catch (err) {
    await screenshot(t.name.replace(/\W+/g, '-')).catch(() => {});
    throw err;
  }
});

test('an export offered for download is saved in the Downloads folder', async (t) => {
  try {
    const downloads = process.env.DOWNLOADS_DIR;
    assert.ok(downloads, 'run.sh names the Downloads folder');
    await driver.click(await driver.waitFor('[data-testid="nav-settings"]', 5_000, 'the settings link'));
    // A table of the articles: made by the command table, offered as a blob download.
    const select = await driver.waitFor('[data-testid="export-format"]', 10_000, 'the export format');
    await driver.select(select, 'csv');
    await driver.click(await driver.waitFor('[data-testid="export-prepare"]', 10_000, 'the export Prepare button'));
    await driver.click(await driver.waitFor('[data-testid="export-download"]', 30_000, 'the download link'));
    const table = await waitForFile(join(downloads, 'articles.csv'), (text) => text.includes('Ferry operator orders two electric vessels'));
    assert.ok(table, 'the CSV download reached the Downloads folder whole');

    // The whole notebook as JSON: streamed by the app into the folder, and the card says where.
    await driver.select(select, 'json');
    const save = await driver.waitFor('[data-testid="export-prepare"]', 10_000, 'the export button');
    assert.equal(await driver.text(save), 'Save in Downloads', 'the button says where the JSON goes');
    await driver.click(save);
    const said = await driver.text(await driver.waitFor('[data-testid="export-saved"]', 30_000, 'the saved export'));
    const file = join(downloads, 'notebook.json');
    assert.ok(said.includes(file), `the card names ${file}: ${said}`);
    const dump = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(dump.format, 'clipline-notebook', 'the file is the notebook export');
    assert.match(JSON.stringify(dump.tables.articles), /Ferry operator orders two electric vessels/, 'the whole notebook is in the file');
    const left = (await readdir(downloads)).filter((name) => name.endsWith('.partial'));
    assert.deepEqual(left, [], 'no partial file is left beside it');
  } catch (err) {
    await screenshot(t.name.replace(/\W+/g, '-')).catch(() => {});
    throw err;
  }
});

/** The text of `file` once `whole` holds for it (a download is written while the test reads). */
async function waitForFile(file, whole, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text !== null && whole(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

test("the browser extension clips into the window's notebook through the app's loopback server, and the open library shows it", async (t) => {
  try {
    await driver.click(await driver.waitFor('[data-testid="nav-settings"]', 5_000, 'the settings link'));
    const field = await driver.waitFor('[data-testid="pairing-address"]', 10_000, 'the address to pair with');
    const address = new URL(await driver.property(field, 'value'));
    assert.equal(address.port, process.env.CLIPLINE_PORT, 'the app serves on the port it was given');
    const token = address.searchParams.get('token');
    assert.match(token ?? '', /^[0-9a-f]{48}$/, 'the address carries the token');

    // What the extension sends when a page is clipped.
    const clip = (withToken) =>
      fetch(new URL('/api/rpc', address), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(withToken ? { 'x-clipline-token': token } : {}) },
        body: JSON.stringify({
          cmd: 'ArticleClip',
          args: {
            source: {
              kind: 'html',
              url: 'https://harbour.example/tugs',
              html: '<html><head><title>Harbour tug crews vote to strike</title></head><body><article><h1>Harbour tug crews vote to strike</h1><p>Tug crews at the harbour voted on Monday to strike for two days next month over rosters, the union said.</p><p>The port authority said ships would be moved with the help of crews from the neighbouring port.</p></article></body></html>',
            },
          },
        }),
      });
    // The library is open when the clip comes, and shows it without being left and reopened.
    await driver.click(await driver.waitFor('[data-testid="nav-library"]', 5_000, 'the library link'));
    // The list, or the empty library's welcome: this step needs no earlier test's clips.
    await driver.waitFor('[data-testid="library-item-title"], [data-testid="library-empty"]', 10_000, "the library's list");
    assert.equal((await clip(false)).status, 403, 'no token, no clip');
    const answer = await clip(true);
    assert.equal(answer.status, 200, await answer.text());
    const deadline = Date.now() + 20_000;
    let titles = [];
    while (!titles.includes('Harbour tug crews vote to strike') && Date.now() < deadline) {
      titles = await driver.texts('[data-testid="library-item-title"]');
      if (!titles.includes('Harbour tug crews vote to strike')) await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(titles.includes('Harbour tug crews vote to strike'), `the clip showed in the open library: ${titles}`);
  } catch (err) {
    await screenshot(t.name.replace(/\W+/g, '-')).catch(() => {});
    throw err;
  }
});

/** The articles left in the window's notebook (read beside the app, as SQLite allows). */
function articlesInNotebook() {
  const script = 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from articles").fetchone()[0])';
  return Number(execFileSync('/usr/bin/python3', ['-c', script, process.env.CLIPLINE_DB], { encoding: 'utf8' }).trim());
}

/** Whether a window named Clipline is still on the display. */
function windowOpen() {
  try {
    execFileSync('xdotool', ['search', '--name', '^Clipline$'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// Last, since it closes the window: a delete waiting for its Undo is carried out when the
// window is closed from its title bar (the WM_DELETE_WINDOW a window manager sends), long
// before its Undo would have expired. Before, the webview went without sending it.
test('closing the window carries out a delete still waiting for its Undo', async (t) => {
  try {
    await driver.click(await driver.waitFor('[data-testid="nav-library"]', 5_000, 'the library link'));
    const before = articlesInNotebook();
    assert.ok(before >= 2, `the earlier tests' clips are in the notebook (${before})`);
    await driver.click(await driver.waitFor('[data-testid="library-select"]', 10_000, "an article's box"));
    await driver.click(await driver.waitFor('[data-testid="bulk-delete"]', 5_000, 'the Delete button'));
    await driver.waitFor('[data-testid="bulk-delete-undo"]', 5_000, 'the Undo of the delete');
    assert.equal(articlesInNotebook(), before, 'the delete is held back while its Undo shows');
    const asked = Date.now();
    execFileSync(join(here, 'close-window.py'), ['Clipline']);
    // The Undo would carry the delete out by itself after 10 s: the window must be gone,
    // with the delete done, well before that.
    while (windowOpen() && Date.now() - asked < 8_000) await new Promise((r) => setTimeout(r, 100));
    assert.ok(!windowOpen(), 'the window closed when asked');
    assert.ok(Date.now() - asked < 8_000, 'it closed before the Undo ran out');
    assert.equal(articlesInNotebook(), before - 1, 'the held-back delete was carried out on close');
  } catch (err) {
    await screenshot(t.name.replace(/\W+/g, '-')).catch(() => {});
    throw err;
  }
});
