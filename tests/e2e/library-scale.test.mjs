// The library at 100,000 articles: the list is virtualised (only the rows on screen are in
// the DOM) and fed by keyset pages of ArticleList (`after` = the last article shown, never
// an offset) as the reader scrolls; j/k and x keep working on rows that were not rendered
// when the list opened. The notebook is filled straight through SQLite (python3's sqlite3,
// as the clip pipeline would take minutes for 100,000 articles); the server reads it as is.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { e2e, eventually } from './harness.mjs';

const ARTICLES = 100_000;

/** Insert `n` articles (one source, clip times one minute apart) into the notebook at `db`. */
function fill(db, n) {
  const script = `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=30)
db.execute("INSERT INTO sources (name, domain) VALUES ('Scale Gazette', 'scale.example')")
src = db.execute("SELECT id FROM sources WHERE name = 'Scale Gazette'").fetchone()[0]
db.execute("""
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
  INSERT INTO articles (title, source_id, published_at, clipped_at, via, content_text,
                        word_count, excerpt, content_hash)
  SELECT 'Scale article ' || i, ?, NULL,
         strftime('%Y-%m-%dT%H:%M:%SZ', '2020-01-01', '+' || i || ' minutes'), 'text',
         'Body ' || i, 2, 'Body ' || i, 'hash-' || i
  FROM n""", (int(sys.argv[2]), src))
db.execute("INSERT INTO article_html (article_id, html) SELECT id, '<p>' || content_text || '</p>' FROM articles")
db.commit()
`;
  execFileSync('python3', ['-c', script, db, String(n)], { stdio: ['ignore', 'ignore', 'pipe'] });
}

e2e(
  '100,000 articles: keyset pages on scroll, only visible rows rendered, j/k and x work',
  async (app) => {
    const { page } = app;
    const started = Date.now();
    fill(app.server.db, ARTICLES);
    const filled = Date.now() - started;

    const asks = [];
    page.on('request', (req) => {
      if (!req.url().endsWith('/api/rpc')) return;
      const body = JSON.parse(req.postData() ?? '{}');
      if (body.cmd === 'ArticleList') asks.push(body.args ?? {});
    });
    const t0 = Date.now();
    await page.goto(app.url);
    const items = page.getByTestId('library-item');
    await items.first().waitFor();
    const firstPaint = Date.now() - t0;
    assert.equal(await page.getByTestId('library-item-title').first().innerText(), `Scale article ${ARTICLES}`, 'newest clip first');
    assert.match(await page.locator('.stats').innerText(), /100,?000 articles/);
    const rendered = await items.count();
    assert.ok(rendered > 5 && rendered <= 40, `only the rows on screen and a margin are in the DOM (${rendered})`);

    // Scroll to the end of what is loaded, three times: each time the next page comes by key.
    const list = page.getByTestId('library-list');
    for (const want of [200, 300, 400]) {
      await eventually(
        async () => {
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          return Number(await list.getAttribute('data-total')) >= want;
        },
        { message: `scrolling loads page ${want / 100}` },
      );
    }
    assert.ok(asks.length >= 4, `pages were asked for (${asks.length})`);
    assert.ok(asks.every((a) => !('offset' in a)), 'no page is asked by offset');
    const later = asks.filter((a) => a.after !== undefined);
    assert.ok(later.length >= 3, 'later pages name the article they follow');
    assert.deepEqual(
      later.slice(0, 3).map((a) => a.after),
      [ARTICLES - 99, ARTICLES - 199, ARTICLES - 299],
      'each page starts after the last article of the one before',
    );
    // Far down, the rows in the DOM are the right ones for where the list is scrolled,
    // in order, and still only a screenful. They follow the scroll event, which comes with a
    // later frame: wait until a row is drawn in the middle of the screen.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await eventually(
      () => page.evaluate(() => !!document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('[data-row]')),
      { message: 'the rows scrolled to are drawn' },
    );
    const rows = await page.locator('[data-row]').evaluateAll((els) =>
      els.map((e) => [Number(e.getAttribute('data-row')), e.querySelector('[data-testid="library-item-title"]')?.textContent]),
    );
    assert.ok(rows.length <= 40, `still only visible rows after hundreds are loaded (${rows.length})`);
    assert.ok(rows[0][0] >= 350, `the rows drawn are those scrolled to (first: row ${rows[0][0]})`);
    for (const [row, title] of rows) assert.equal(title, `Scale article ${ARTICLES - row}`, `row ${row} shows its article`);
    // Back to the top; j moves through rows, x selects the current one.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('h1').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('j');
    await eventually(async () => (await page.evaluate(() => document.activeElement?.getAttribute('data-article-id'))) === String(ARTICLES - 2), {
      message: 'three presses of j reach the third article',
    });
    await page.keyboard.press('x');
    await page.getByTestId('bulk-count').filter({ hasText: '1 selected' }).waitFor();
    // Far down the list: j keeps going past the rows first rendered (they are made on the way).
    for (let i = 0; i < 30; i++) await page.keyboard.press('j');
    await eventually(async () => (await page.evaluate(() => document.activeElement?.getAttribute('data-article-id'))) === String(ARTICLES - 32), {
      message: 'j walks into rows that were not in the DOM',
    });
    console.log(`# library at ${ARTICLES}: filled in ${filled} ms, first rows in ${firstPaint} ms, ${rendered} rows in the DOM`);
  },
  { timeout: 180_000 },
);

// A selection past what the engine changes at once (10,000 articles) is refused before it
// is let go, with a sentence, and kept for the user to narrow; before, it was hidden, held
// for its Undo and then refused by the engine, the selection lost.
e2e(
  'a bulk delete of more than 10,000 articles is refused up front and the selection kept',
  async (app) => {
    const { page } = app;
    const total = 10_050;
    fill(app.server.db, total);
    const deletes = [];
    page.on('request', (req) => {
      if (req.url().endsWith('/api/rpc') && JSON.parse(req.postData() ?? '{}').cmd === 'ArticleDelete') deletes.push(req);
    });
    await page.goto(app.url);
    const list = page.getByTestId('library-list');
    await page.getByTestId('library-item').first().waitFor();
    await eventually(
      async () => {
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        return Number(await list.getAttribute('data-total')) >= total;
      },
      { message: 'every page loaded', timeout: 120_000 },
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByTestId('library-select').first().click();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const last = page.locator(`[data-row="${total - 1}"] [data-testid="library-item"]`);
    await last.click({ modifiers: ['Shift'] });
    await page.getByTestId('bulk-count').filter({ hasText: `${total} selected` }).waitFor();
    await page.getByTestId('bulk-delete').click();
    const said = page.getByTestId('error-message');
    await said.waitFor();
    assert.match(await said.innerText(), /at most 10,000 can be changed at once/);
    assert.equal(await page.getByTestId('bulk-count').innerText(), `${total} selected`, 'the selection is kept');
    assert.equal(await page.getByTestId('bulk-deleted').count(), 0, 'nothing is held back for deleting');
    assert.equal(deletes.length, 0, 'no delete was sent');
  },
  { timeout: 240_000 },
);
