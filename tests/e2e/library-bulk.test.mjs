// Working on several articles at once: Ctrl/Shift+click and `x` select; a delete hides the
// articles at once with an Undo, and is carried out when the library is left (or the undo
// expires). Then batches of clips with their progress: several files dropped on the window,
// several links pasted in the clip box, one failing while the rest go on. A list read
// before a bulk change never brings back what it changed. And the settings page, where the
// desktop's global clip shortcut is changed, the address to pair a browser with is shown,
// the notebook is exported and backed up,
// another tool's export is imported, and every article is analysed and extracted again
// with the work's progress on show.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { e2e, eventually, articlePage, rpc, openSample, holdNext, rpcAnswered, rpcQuiet, trackRpc } from './harness.mjs';

e2e('select with Ctrl/Shift+click and x, delete with undo, delete for good on leaving', async (app) => {
  const { page } = app;
  await openSample(app);
  const items = page.getByTestId('library-item');
  await items.nth(14).waitFor();
  assert.equal(await items.count(), 15);
  const ids = await items.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-article-id'))));

  // Ctrl+click one, Shift+click a run up to the third: three selected, no article opened.
  await items.nth(0).click({ modifiers: ['Control'] });
  await items.nth(2).click({ modifiers: ['Shift'] });
  await page.getByTestId('bulk-count').filter({ hasText: '3 selected' }).waitFor();
  assert.equal(await page.getByTestId('reader').count(), 0, 'a modified click selects, it does not open');

  await page.getByTestId('bulk-delete').click();
  await page.getByTestId('bulk-deleted').filter({ hasText: 'Deleted 3 articles' }).waitFor();
  await eventually(async () => (await items.count()) === 12, { message: 'the deleted articles leave the list at once' });
  await page.getByTestId('bulk-delete-undo').click();
  await eventually(async () => (await items.count()) === 15, { message: 'undo brings them back' });
  await eventually(async () => (await page.evaluate(() => document.activeElement?.tagName)) === 'H1', {
    message: 'the focus goes to the page heading as the pressed Undo goes, not to the document',
  });
  assert.equal((await rpc(app, 'NotebookInfo')).articles, 15, 'nothing was deleted in the notebook');

  // Keyboard: j, x, j, x: two selected (the rows focus lands on); delete; leave the library.
  const focused = async () => Number(await page.evaluate(() => document.activeElement?.getAttribute('data-article-id')));
  const picked = [];
  await page.locator('h1').click();
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  picked.push(await focused());
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  picked.push(await focused());
  assert.ok(picked.every((id) => ids.includes(id)) && picked[0] !== picked[1], `j moved focus along the list (${picked})`);
  await page.getByTestId('bulk-count').filter({ hasText: '2 selected' }).waitFor();
  await page.getByTestId('bulk-delete').click();
  await page.getByTestId('bulk-deleted').waitFor();
  assert.equal((await rpc(app, 'NotebookInfo')).articles, 15, 'the delete waits while its undo shows');
  await page.getByTestId('nav-timeline').click();
  await eventually(async () => (await rpc(app, 'NotebookInfo')).articles === 13, {
    message: 'leaving the library carries the delete out',
  });
  for (const id of picked) {
    await assert.rejects(rpc(app, 'ArticleGet', { id }), /404|not/i, `article ${id} is gone`);
  }
  const kept = ids.find((id) => !picked.includes(id));
  await rpc(app, 'ArticleGet', { id: kept });
  await page.getByTestId('nav-library').click();
  await eventually(async () => (await items.count()) === 13);

  // A selection does not outlive its list: a filter clears it, so a Delete then reaches
  // nothing the list no longer shows.
  await items.nth(0).click({ modifiers: ['Control'] });
  await page.getByTestId('bulk-count').filter({ hasText: '1 selected' }).waitFor();
  await page.getByTestId('filter-unread').check();
  await page.getByTestId('bulk-count').waitFor({ state: 'detached' });
  await page.getByTestId('filter-unread').uncheck();
  await eventually(async () => (await items.count()) === 13);
  assert.equal(await page.getByTestId('bulk-count').count(), 0, 'the selection stays cleared');
});

e2e('selected articles are marked read or unread at once, and the Undo marks back only those it changed', async (app) => {
  const { page } = app;
  await openSample(app);
  const items = page.getByTestId('library-item');
  await items.nth(2).waitFor();
  const ids = await items.evaluateAll((els) => els.slice(0, 3).map((e) => Number(e.getAttribute('data-article-id'))));
  // The first is read already: the marking changes the other two.
  await rpc(app, 'ArticleMarkRead', { ids: [ids[0]], read: true });
  await page.reload();
  await items.nth(2).waitFor();
  const unread = async () => {
    const list = await rpc(app, 'ArticleList', { limit: 100 });
    return ids.filter((id) => !list.find((a) => a.id === id).read);
  };
  assert.deepEqual(await unread(), ids.slice(1));

  await items.nth(0).click({ modifiers: ['Control'] });
  await items.nth(2).click({ modifiers: ['Shift'] });
  await page.getByTestId('bulk-count').filter({ hasText: '3 selected' }).waitFor();
  await page.getByTestId('bulk-read').click();
  await page.getByTestId('bulk-marked').filter({ hasText: 'Marked 2 articles read. 1 was read already.' }).waitFor();
  assert.deepEqual(await unread(), [], 'all three are read');
  for (const i of [0, 1, 2]) assert.equal(await items.nth(i).getByTestId('library-unread').count(), 0, `row ${i} shows read`);

  await page.getByTestId('bulk-mark-undo').click();
  await eventually(async () => JSON.stringify(await unread()) === JSON.stringify(ids.slice(1)), {
    message: 'the Undo marks unread only the two it marked read',
  });
  await items.nth(1).getByTestId('library-unread').waitFor();
  assert.equal(await items.nth(0).getByTestId('library-unread').count(), 0, 'the one read before stays read');

  // Marking what is read already changes nothing: it says so, with nothing to undo (an
  // Undo of nothing once asked the engine to mark an empty list).
  await items.nth(0).click({ modifiers: ['Control'] });
  await page.getByTestId('bulk-read').click();
  await page.getByTestId('bulk-marked').filter({ hasText: '1 was read already.' }).waitFor();
  assert.equal(await page.getByTestId('bulk-mark-undo').count(), 0, 'no Undo of nothing');
  assert.equal(await page.getByTestId('error-banner').count(), 0);
});

e2e('a list read before a bulk tag or delete, answering after it, does not undo it', async (app) => {
  const { page } = app;
  await trackRpc(page);
  await openSample(app);
  const items = page.getByTestId('library-item');
  await items.nth(14).waitFor();
  const ids = await items.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-article-id'))));
  const row = (id) => page.locator(`[data-testid="library-item"][data-article-id="${id}"]`);
  // Coming back to the window reads the list again; that read is answered now, handed over late.
  const readListLate = async () => {
    const stale = await holdNext(page, 'ArticleList');
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await stale.asked;
    return stale;
  };

  // A tag added while the older list is on its way stays on the row.
  let stale = await readListLate();
  await items.nth(0).click({ modifiers: ['Control'] });
  await page.getByTestId('bulk-tag').fill('follow-up');
  await page.getByTestId('bulk-tag-apply').click();
  await page.getByTestId('bulk-done').waitFor();
  await row(ids[0]).locator('.tag', { hasText: 'follow-up' }).waitFor();
  await stale.release();
  await rpcQuiet(page);
  assert.equal(await row(ids[0]).locator('.tag', { hasText: 'follow-up' }).count(), 1, 'the older list does not take the tag off the row');

  // A delete carried out while the older list is on its way (a second delete carries out
  // the first) stays carried out.
  await items.nth(1).click({ modifiers: ['Control'] });
  await page.getByTestId('bulk-delete').click();
  await page.getByTestId('bulk-deleted').waitFor();
  stale = await readListLate();
  await row(ids[2]).click({ modifiers: ['Control'] });
  await page.getByTestId('bulk-delete').click();
  await eventually(async () => (await rpcAnswered(page, 'ArticleDelete')) === 1, { message: 'the first delete is carried out' });
  assert.equal((await rpc(app, 'NotebookInfo')).articles, 14);
  await stale.release();
  await rpcQuiet(page);
  assert.equal(await row(ids[1]).count(), 0, 'the deleted article does not come back');
  assert.equal(await row(ids[2]).count(), 0, 'the article waiting for its delete stays hidden');
  assert.equal(await items.count(), 13);
});

const pages = {
  '/one': articlePage({
    title: 'Port authority doubles crane capacity at the container terminal',
    url: 'http://news.example/one',
    paragraphs: ['The port authority said on Wednesday it would double crane capacity by 2027, at a cost of €90 million.'],
  }),
  '/two': articlePage({
    title: 'Rail freight operator orders forty hydrogen locomotives',
    url: 'http://news.example/two',
    paragraphs: ['The operator ordered forty hydrogen locomotives on Friday, with deliveries from the spring of 2026.'],
  }),
};

/** A site on 127.0.0.1 serving `pages` (anything else is a 404); close it with `site.close()`. */
async function servePages() {
  const site = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    if (!body) {
      res.writeHead(404).end('not here');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((done) => site.listen(0, '127.0.0.1', done));
  return { site, base: `http://127.0.0.1:${site.address().port}` };
}

e2e('several links in the clip box and several files dropped: progress, failures listed, the rest go on', async (app) => {
  const { page } = app;
  const { site, base } = await servePages();
  try {
    await page.goto(app.url);
    await page.getByTestId('library-empty').waitFor();
    await page.getByTestId('clip-box').fill([`${base}/one`, `${base}/missing`, `${base}/two`].join('\n'));
    await page.getByTestId('clip-button').click();
    const panel = page.getByTestId('batch-progress');
    await panel.waitFor();
    await page.getByTestId('batch-summary').filter({ hasText: 'Done: 2 of 3 clipped, 1 failed' }).waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId('batch-failure').innerText(), /\/missing/, 'the failing link is named');
    assert.equal(await panel.locator('progress').getAttribute('value'), '3');
    await eventually(async () => (await page.getByTestId('library-item').count()) === 2, { message: 'both pages are in the library' });
    await page.getByTestId('batch-close').click();
    await panel.waitFor({ state: 'detached' });

    // Three files dropped on the window: two pages and an empty text file.
    const dt = await page.evaluateHandle(
      ([a, b]) => {
        const data = new DataTransfer();
        data.items.add(new File([a], 'cranes.html', { type: 'text/html' }));
        data.items.add(new File(['   '], 'empty.txt', { type: 'text/plain' }));
        data.items.add(new File([b], 'ferries.html', { type: 'text/html' }));
        return data;
      },
      [
        articlePage({ title: 'Ferry company adds a night crossing', url: 'http://news.example/ferry', paragraphs: ['The ferry company added a night crossing from June 2025.'] }),
        articlePage({ title: 'Airport opens a second runway', url: 'http://news.example/runway', paragraphs: ['The airport opened its second runway on Monday after four years of work.'] }),
      ],
    );
    await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
    await page.getByTestId('batch-summary').filter({ hasText: 'Done: 2 of 3 clipped, 1 failed' }).waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId('batch-failure').innerText(), /empty\.txt/, 'the empty file is named with its reason');
    await eventually(async () => (await page.getByTestId('library-item').count()) === 4, { message: 'the library shows the dropped pages' });
    assert.equal(await page.getByTestId('reader').count(), 0, 'a batch does not open an article');
  } finally {
    site.close();
  }
});

e2e('the settings page changes the global clip shortcut and refuses a bad one', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('nav-settings').click();
  // The browser extension is paired with the address the server printed, token and all.
  await eventually(async () => (await page.getByTestId('pairing-address').inputValue()) === app.url, {
    message: 'the settings show the address to pair a browser with',
  });
  const input = page.getByTestId('shortcut-input');
  await eventually(async () => (await input.inputValue()) === 'Ctrl+Shift+L', { message: 'the default shows' });
  await input.fill('shift + alt + k');
  await page.getByTestId('shortcut-save').click();
  await page.getByTestId('shortcut-status').filter({ hasText: 'Saved: Alt+Shift+K' }).waitFor();
  assert.equal(await input.inputValue(), 'Alt+Shift+K', 'shown as stored');
  assert.equal(await rpc(app, 'PreferenceGet', { key: 'clip_shortcut' }), 'Alt+Shift+K');

  await input.fill('L');
  await page.getByTestId('shortcut-save').click();
  await page.getByTestId('error-banner').filter({ hasText: 'needs Ctrl, Alt or Super' }).waitFor();
  assert.equal(await rpc(app, 'PreferenceGet', { key: 'clip_shortcut' }), 'Alt+Shift+K', 'a bad shortcut is not stored');

  await page.reload();
  await eventually(async () => (await page.getByTestId('shortcut-input').inputValue()) === 'Alt+Shift+K', { message: 'it persists' });
});

e2e('the settings page backs the notebook up into a folder beside it, lists the backups and restores one', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await rpc(app, 'ArticleClip', {
    source: { kind: 'text', text: 'Harbour board approves a ferry terminal\n\nThe harbour board approved a new ferry terminal on Tuesday after a two-year consultation with residents.', url: null },
  });
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('backup-now').click();
  const status = page.getByTestId('backup-status');
  await status.filter({ hasText: 'Backed up' }).waitFor();
  const shown = /to (\S+\.db)$/.exec(await status.innerText())?.[1];
  assert.equal(dirname(shown), join(app.dir, 'backups'), 'the copy is beside the notebook');
  const head = (await readFile(shown)).subarray(0, 16).toString('latin1');
  assert.equal(head, 'SQLite format 3\0', 'the copy is a database file');
  const listed = page.getByTestId('backup-item');
  await eventually(async () => (await listed.count()) === 1, { message: 'the backup is listed' });
  assert.equal(await listed.getAttribute('data-name'), basename(shown));

  // Clip another article, then restore the backup: the notebook is as it was at the backup.
  await rpc(app, 'ArticleClip', {
    source: { kind: 'text', text: 'Rail workers strike in the north\n\nRail workers walked out on Tuesday over pay and staffing levels, the union said.', url: null },
  });
  assert.equal((await rpc(app, 'NotebookInfo')).articles, 2);
  await listed.getByTestId('backup-restore').click();
  await page.getByTestId('backup-restore-confirm').click();
  await status.filter({ hasText: 'Restored the backup of' }).waitFor();
  assert.match(await status.innerText(), /The notebook as it was is kept as \S+\.db\.$/);
  assert.equal((await rpc(app, 'NotebookInfo')).articles, 1, 'the article clipped after the backup is gone');
  await eventually(async () => (await listed.count()) === 2, { message: 'the copy made before the restore is listed too' });
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-item-title').filter({ hasText: 'Harbour board approves a ferry terminal' }).waitFor();
  assert.equal(await page.getByTestId('library-item').count(), 1);
});

e2e("another tool's export imports from the settings page: fetched items, a failure named, highlights kept", async (app) => {
  const { page } = app;
  const { site, base } = await servePages();
  try {
    await page.goto(app.url);
    await page.getByTestId('nav-settings').click();
    // Pocket keeps only addresses: the engine fetches each; one is gone.
    const csv = `title,url,time_added,tags,status\nCranes,${base}/one,1700000000,ports,unread\nGone,${base}/missing,1700000001,,unread\nTrains,${base}/two,1700000002,rail|ports,archive\n`;
    await page.getByTestId('import-from').selectOption('pocket');
    await page.getByTestId('import-file').setInputFiles({ name: 'part_000000.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-tag').fill('from-pocket');
    await page.getByTestId('import-run').click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 30_000 });
    assert.match(await summary.innerText(), /^Imported 3 items: 2 new, 0 already in the notebook; 0 highlights, 0 notes; 1 failed\.$/);
    assert.match(await page.getByTestId('import-problem').innerText(), /^Gone \(failed\): .*404/, 'the failed item is named with its reason');

    // Wallabag keeps the text and the highlights.
    const wallabag = [
      {
        id: 7,
        title: 'Harbour board approves a ferry terminal',
        url: 'https://ledger.example/ferry',
        is_archived: 0,
        tags: ['ferries'],
        content: '<p>The harbour board approved a new ferry terminal on Tuesday after a two-year consultation.</p><p>Building starts in the spring.</p>',
        annotations: [{ text: 'finally', quote: 'approved a new ferry terminal', ranges: [] }],
      },
    ];
    await page.getByTestId('import-from').selectOption('wallabag');
    await page.getByTestId('import-file').setInputFiles({ name: 'wallabag.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wallabag)) });
    await page.getByTestId('import-run').click();
    await summary.filter({ hasText: 'Imported 1 item: 1 new' }).waitFor({ timeout: 30_000 });
    assert.match(await summary.innerText(), /1 highlights/);
    const tagged = await rpc(app, 'ArticleList', { tag: 'from-pocket' });
    assert.equal(tagged.length, 3, 'the tag went on every article of both imports');

    // A file that is not the export it is said to be: a plain error, nothing stored.
    await page.getByTestId('import-from').selectOption('zotero');
    await page.getByTestId('import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"not": "a list"}') });
    await page.getByTestId('import-run').click();
    await page.getByTestId('error-message').filter({ hasText: 'not a CSL-JSON export' }).waitFor();
    assert.equal((await rpc(app, 'NotebookInfo')).articles, 3);

    // Past the engine's limit (which the card reads from the bindings): pointed to the CLI.
    await page.getByTestId('import-from').selectOption('pocket');
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 'a');
    await page.getByTestId('import-file').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: big });
    await page.getByTestId('import-run').click();
    const tooBig = page.getByTestId('error-message').filter({ hasText: 'huge.csv is larger than 20 MB' });
    await tooBig.waitFor();
    assert.match(await tooBig.innerText(), /clipline import --from pocket FILE/);
  } finally {
    site.close();
  }
});

e2e('a long import can be stopped from its progress panel, and the same file again goes on', async (app) => {
  const { page } = app;
  // Each page takes 300 ms to arrive: twelve make an import of several seconds.
  const site = createServer((req, res) => {
    const n = /^\/slow-(\d+)$/.exec(req.url ?? '')?.[1];
    if (!n) return void res.writeHead(404).end();
    const body = articlePage({
      title: `Canal lock ${n} reopens after repairs`,
      url: `http://news.example/slow-${n}`,
      paragraphs: [`Canal lock number ${n} reopened to barges on Monday after four months of repairs, the waterways agency said.`],
    });
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body), 300);
  });
  await new Promise((done) => site.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${site.address().port}`;
  try {
    await page.goto(app.url);
    await page.getByTestId('nav-settings').click();
    const rows = Array.from({ length: 12 }, (_, i) => `Lock ${i},${base}/slow-${i},${1700000000 + i},,unread`);
    const csv = Buffer.from(`title,url,time_added,tags,status\n${rows.join('\n')}\n`);
    const choose = async () => {
      await page.getByTestId('import-from').selectOption('pocket');
      await page.getByTestId('import-file').setInputFiles({ name: 'part_000000.csv', mimeType: 'text/csv', buffer: csv });
    };
    await choose();
    await page.getByTestId('import-run').click();
    const panel = page.getByTestId('job-progress');
    await panel.filter({ hasText: 'Importing' }).waitFor();
    // The panel names the item last fetched (a hanging fetch is seen for what it is).
    await page.getByTestId('job-item').filter({ hasText: /^Lock \d+$/ }).waitFor();
    await page.getByTestId('job-stop').click();
    const summary = page.getByTestId('import-summary');
    await summary.filter({ hasText: 'Stopped after' }).waitFor({ timeout: 30_000 });
    const done = Number(/Stopped after (\d+) of 12 items/.exec(await summary.innerText())?.[1]);
    assert.ok(done >= 0 && done < 12, `stopped before the end: ${await summary.innerText()}`);
    await panel.filter({ hasText: 'Stopped' }).waitFor();
    assert.equal((await rpc(app, 'NotebookInfo')).articles, done, 'what was imported before the stop stays');

    await choose();
    await page.getByTestId('import-run').click();
    await summary.filter({ hasText: 'Imported 12 items' }).waitFor({ timeout: 60_000 });
    assert.match(await summary.innerText(), new RegExp(`^Imported 12 items: ${12 - done} new, ${done} already in the notebook`));
  } finally {
    site.close();
  }
});

e2e('analysing and extracting every article again shows its progress, then what it did', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  // Enough articles for the work to last past several progress reports (one per 100 ms).
  const firms = ['Northwind Energy', 'Harbor Logistics', 'Quillon Labs', 'Meridian Foods'];
  for (let i = 0; i < 200; i++) {
    const firm = firms[i % firms.length];
    const text = `${firm} opens depot number ${i}\n\n${firm} opened depot number ${i} on March ${(i % 27) + 1}, 2025, and said it would hire ${i + 10} people by June 2026. The company expects the depot to handle ${i + 2} million parcels a year.`;
    await rpc(app, 'ArticleClip', { source: { kind: 'text', text, url: `https://ledger.example/depot-${i}` } });
  }
  await page.getByTestId('nav-settings').click();
  // Record every count the progress panel shows (the work may pass faster than a poll).
  await page.evaluate(() => {
    window.__jobSeen = [];
    new MutationObserver(() => {
      const count = document.querySelector('[data-testid="job-count"]');
      if (count) window.__jobSeen.push(count.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('reanalyze').click();
  const status = page.getByTestId('maintenance-status');
  await status.filter({ hasText: 'Analysed 200 articles' }).waitFor({ timeout: 60_000 });
  const seen = await page.evaluate(() => window.__jobSeen);
  assert.ok(seen.some((s) => !s.startsWith('200 ')), `the panel showed the work under way: ${seen}`);
  assert.ok(seen.every((s) => / of 200$/.test(s)), `it counts the notebook's articles: ${seen}`);
  const panel = page.getByTestId('job-progress');
  await panel.filter({ hasText: 'Analysed the articles again: 200 of 200 articles' }).waitFor();
  await panel.waitFor({ state: 'detached', timeout: 10_000 }); // it says so for a few seconds, then goes
  assert.match(await status.innerText(), /entity mentions, [\d,]+ dated claims\.$/);

  await page.getByTestId('reextract').click();
  await status.filter({ hasText: 'Extracted 200 pages again' }).waitFor({ timeout: 60_000 });
  assert.match(await status.innerText(), /0 changed, 200 unchanged/, 'the same extractor finds the same text');
});

e2e('the settings page exports the notebook as a download: citations and the whole notebook', async (app) => {
  const { page } = app;
  await openSample(app);
  await page.getByTestId('nav-settings').click();
  const download = async (format) => {
    await page.getByTestId('export-format').selectOption(format);
    await page.getByTestId('export-prepare').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  };
  const csl = await download('csl_json');
  const items = JSON.parse(csl.text);
  assert.equal(items.length, 15, 'one citation per article of the sample');
  assert.ok(items.every((i) => i.title && i.type), 'each with a title and a type');
  const bib = await download('bibtex');
  assert.equal((bib.text.match(/^@\w+\{/gm) ?? []).length, 15, 'one BibTeX entry per article');
  const whole = await download('json');
  assert.match(whole.name, /\.json$/);
  const dump = JSON.parse(whole.text);
  assert.equal(dump.format, 'clipline-notebook');
  assert.equal(dump.tables.articles.rows.length, 15, 'the whole notebook, every article');
});
