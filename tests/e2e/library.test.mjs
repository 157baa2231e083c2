// The newcomer's path through the app, end to end against `clipline serve`: an empty
// library, a pasted page clipped, read, annotated, tagged, found again by search and on
// the timeline; plus the failure paths (an empty paste, hostile HTML, a missing token), and
// the sample notebook opened in one tab while another is open on the same server.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { e2e, articlePage, artifactsDir, clip, eventually, openSample, repoRoot } from './harness.mjs';

/** What active content the reader's DOM still holds: all three lists should be empty. */
function activeContent(reader) {
  return reader.evaluate((el) => ({
    dangerous: el.querySelectorAll('script, style, iframe, form, input, svg, math, object, embed').length,
    handlers: [...el.querySelectorAll('*')]
      .flatMap((n) => [...n.attributes].map((a) => a.name))
      .filter((n) => /^on/i.test(n) || n === 'style'),
    badLinks: [...el.querySelectorAll('[href], [src]')]
      .map((n) => n.getAttribute('href') ?? n.getAttribute('src'))
      .filter((v) => v && !/^(https?:|mailto:|#)/i.test(v)),
  }));
}

const TITLE = 'Meta raises its spending plans for AI data centres';
const PARAGRAPHS = [
  'Meta Platforms said on Wednesday it would spend between $64 billion and $72 billion on capital projects this year, raising its forecast as it races to build data centres for artificial intelligence.',
  'The company told investors that the higher range reflected additional data centre investments and a rise in the expected cost of infrastructure hardware, much of it bought from overseas suppliers.',
  'Chief executive Mark Zuckerberg said the company was committed to building the computing capacity it needs to train its next generation of large language models, even as analysts questioned the returns.',
  'Shares rose more than four percent in extended trading after the company also reported first-quarter revenue that beat Wall Street estimates, helped by strong advertising demand.',
  'Analysts at several brokerages said the spending plan signalled confidence in the advertising business, which pays for the research, although some warned that costs could climb again next year.',
];

e2e('an address with no page says so and leads back; #/library is the library', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  await page.goto(`${app.origin}/#/no-such-view`);
  const missing = page.getByTestId('not-found');
  await missing.waitFor();
  assert.match(await missing.innerText(), /no page at \/no-such-view/);
  await missing.getByRole('link', { name: 'Back to the library' }).click();
  await page.getByTestId('library-empty').waitFor();
  await page.goto(`${app.origin}/#/library`);
  await page.getByTestId('library-empty').waitFor();
  assert.equal(await page.getByTestId('not-found').count(), 0, '#/library is not a missing page');
});

e2e('clip a pasted page, read it, annotate it, and find it on the timeline', async (app) => {
  const { page } = app;
  await page.goto(app.url);

  // The token is taken from the address bar and kept out of it.
  await eventually(() => !page.url().includes('token='), { message: 'the token should be removed from the URL' });

  const empty = page.getByTestId('library-empty');
  await empty.waitFor();
  assert.match(await empty.innerText(), /Paste a link/, 'the empty library tells a newcomer what to do');

  await clip(page, articlePage({ title: TITLE, paragraphs: PARAGRAPHS }));

  const item = page.getByTestId('library-item').filter({ hasText: TITLE });
  await item.waitFor();
  assert.equal(await page.getByTestId('library-item').count(), 1, 'one page clipped gives one article');
  assert.equal(await empty.count(), 0, 'the empty state goes away once something is clipped');
  const source = (await item.getByTestId('library-item-source').count())
    ? (await item.getByTestId('library-item-source').innerText()).trim()
    : null;

  await item.click();
  await page.getByTestId('reader').waitFor();
  const articleId = /#\/article\/(\d+)/.exec(page.url())?.[1];
  assert.ok(articleId, `the reader has its own address (got ${page.url()})`);
  assert.equal((await page.getByTestId('reader-title').innerText()).trim(), TITLE);
  const body = await page.getByTestId('reader-body').innerText();
  assert.match(body, /between \$64 billion and \$72 billion/, 'the reader shows the article body');
  assert.doesNotMatch(body, /All rights reserved/, 'site chrome is not part of the article');

  // A note, written in Markdown, survives a reload.
  await page.getByTestId('note-input').fill('Capex guidance **raised** to $64–72bn.');
  await page.getByTestId('note-add').click();
  await page.getByTestId('note').filter({ hasText: 'Capex guidance' }).waitFor();
  assert.equal(await page.getByTestId('note').locator('strong').innerText(), 'raised', 'notes render Markdown bold');
  await page.reload();
  await page.getByTestId('reader').waitFor();
  const notes = page.getByTestId('note');
  await notes.first().waitFor();
  assert.equal(await notes.count(), 1, 'the note is stored once');
  assert.match(await notes.first().innerText(), /Capex guidance raised to \$64–72bn\./, 'the note is still there after a reload');

  // A link in a note opens outside the app (a new tab, no opener) and a long one wraps.
  const longUrl = `https://investor.example/press/2025/${'capital-expenditure-guidance-'.repeat(8)}update`;
  await page.getByTestId('note-input').fill(`Filing: [guidance](${longUrl}) and ${longUrl}`);
  await page.getByTestId('note-add').click();
  const link = page.getByTestId('note').locator('a', { hasText: 'guidance' });
  await link.waitFor();
  assert.equal(await link.getAttribute('target'), '_blank', 'a note link opens in a new tab');
  assert.match((await link.getAttribute('rel')) ?? '', /noopener/, 'and cannot reach back into the app');
  const overflow = await page.getByTestId('note').last().evaluate((n) => n.scrollWidth - n.clientWidth);
  assert.ok(overflow <= 0, `a long URL wraps inside its note (overflows by ${overflow}px)`);

  // A tag, added in the reader, is kept.
  await page.getByTestId('tag-input').fill('meta-ai');
  await page.getByTestId('tag-add').click();
  await page.getByTestId('tag').filter({ hasText: 'meta-ai' }).waitFor();
  await page.reload();
  await page.getByTestId('tag').filter({ hasText: 'meta-ai' }).waitFor();

  // `/` focuses the search box; results carry highlighted snippets.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input', '`/` focuses the search box');
  await page.keyboard.type('Zuckerberg');
  const hit = page.getByTestId('search-result').filter({ hasText: TITLE });
  await hit.waitFor();
  assert.ok((await hit.locator('mark').count()) > 0, 'the snippet marks the matched words');
  await page.keyboard.press('Escape');

  // The timeline shows the article in its source's lane; its dot opens the reader.
  await page.getByTestId('nav-timeline').click();
  const dot = page.locator(`[data-testid="timeline-dot"][data-article-id="${articleId}"]`);
  await dot.first().waitFor();
  const lane = page.getByTestId('timeline-lane').filter({ has: dot });
  assert.equal(await lane.count(), 1, 'the dot sits in exactly one lane');
  if (source) {
    assert.equal(await lane.getAttribute('data-lane-label'), source, 'lanes are by source by default');
  }
  assert.equal(await dot.first().getAttribute('data-date'), '2025-04-30', 'the dot is placed at the publication date');
  await dot.first().hover();
  assert.match(await page.getByTestId('timeline-tooltip').innerText(), /2025/, 'the tooltip gives the date');

  await page.getByTestId('lane-by-tag').check();
  await page.locator('[data-testid="timeline-lane"][data-lane-label="meta-ai"] [data-testid="timeline-dot"]').waitFor();
  await page.getByTestId('lane-by-source').check();

  await page.locator(`[data-testid="timeline-dot"][data-article-id="${articleId}"]`).first().click();
  await page.getByTestId('reader').waitFor();
  assert.ok(page.url().endsWith(`#/article/${articleId}`), `the dot opens its article (got ${page.url()})`);
  assert.equal((await page.getByTestId('reader-title').innerText()).trim(), TITLE);

  assert.deepEqual(app.pageErrors, [], 'the page threw no uncaught errors');
  // The browser asks for /favicon.ico on its own; a 404 there is not the app's doing.
  assert.deepEqual(
    app.badResponses.filter((r) => !r.endsWith('/favicon.ico')),
    [],
    'every request the app made succeeded',
  );
  assert.deepEqual(
    app.consoleErrors.filter((m) => !m.startsWith('Failed to load resource')),
    [],
    'the console shows no errors (CSP violations included)',
  );
});

e2e('an empty paste shows a dismissable error banner beside the clip box', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  await page.getByTestId('clip-button').click();
  const banner = page.getByTestId('error-banner');
  await banner.waitFor();
  assert.ok((await banner.innerText()).trim().length > 0, 'the banner says what went wrong');
  assert.equal(await banner.getAttribute('data-code'), 'invalid_input', 'an empty paste is invalid input');
  // It shows in the clip form, under its button, not at the top of the page.
  const form = page.getByRole('form', { name: 'Clip an article' });
  assert.equal(await form.getByTestId('error-banner').count(), 1, 'the banner is in the clip form');
  const [button, shown] = await Promise.all([
    page.getByTestId('clip-button').boundingBox(),
    banner.boundingBox(),
  ]);
  assert.ok(shown.y >= button.y + button.height, `the banner (y ${shown.y}) is under the Clip button (y ${button.y})`);
  // The same failure again is one banner that says it happened twice (a retry that failed
  // the same way once showed nothing new). A retry is a moment later: failures at once are
  // one (see the next test).
  await page.waitForTimeout(300);
  await page.getByTestId('clip-button').click();
  await page.getByTestId('error-times').filter({ hasText: '(2 times)' }).waitFor();
  assert.equal(await banner.count(), 1, 'one banner');
  await page.getByTestId('error-dismiss').click();
  await banner.waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('library-item').count(), 0, 'nothing was clipped');
  // A clip that works puts away the failure of the one before.
  await page.getByTestId('clip-button').click();
  await banner.waitFor();
  await page.getByTestId('clip-box').fill(
    'Ferry fares on the northern routes will rise by a tenth next month, the operator said on Monday, citing fuel costs and a shortage of crews.',
  );
  await page.getByTestId('clip-button').click();
  await page.getByTestId('library-item').first().waitFor();
  await banner.waitFor({ state: 'detached' });
  await page.getByTestId('clip-box').fill('');

  // Before the click, the box says what it reads: a mistyped address is not "text".
  const box = page.getByTestId('clip-box');
  const kind = page.getByTestId('clip-kind');
  for (const [typed, says] of [
    ['htp://bad.example/story', 'an address Clipline cannot fetch'],
    ['hello there', '2 words, too few to clip'],
    ['Ferry fares rise next month across the harbor', 'a short text of 8 words'],
    ['https://news.example/story', 'a link'],
    // Scheme-less addresses the engine fetches.
    ['news.example.com?id=3', 'a link'],
    ['example.com#story', 'a link'],
    ['localhost:8080', 'a link'],
  ]) {
    await box.fill(typed);
    await kind.filter({ hasText: says }).waitFor();
  }
});

e2e('failures met at once by several parts of the page are one banner, not counted as retries', async (app) => {
  const { page } = app;
  // The notebook cannot be read: the parts of the settings page ask at once on loading
  // (backups, tags, preferences...), and each is told the same.
  await page.route('**/api/rpc', (route) =>
    route.fulfill({ status: 500, json: { code: 'storage', message: 'The notebook file could not be read.' } }),
  );
  let asked = 0;
  page.on('request', (r) => (asked += r.url().endsWith('/api/rpc') ? 1 : 0));
  await page.goto(app.url + '#/settings');
  const banner = page.getByTestId('error-banner');
  await banner.filter({ hasText: 'The notebook file could not be read.' }).waitFor();
  // The page's loading asks are all answered within this.
  await page.waitForTimeout(500);
  assert.ok(asked >= 2, `the page asked ${asked} times`);
  assert.equal(await banner.count(), 1, 'one banner');
  assert.equal(await page.getByTestId('error-times').count(), 0, 'no "(N times)" for what failed once');
});

e2e('when the server cannot be reached the banner offers to try again, which loads the page anew', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  // The server is down: every request fails to connect, and the page cannot load.
  await page.route('**/api/rpc', (route) => route.abort('connectionrefused'));
  await page.route('**/', (route) =>
    route.request().method() === 'HEAD' ? route.abort('connectionrefused') : route.fallback(),
  );
  await page.getByTestId('nav-entities').click();
  const banner = page.getByTestId('error-banner').filter({ hasText: 'Cannot reach the Clipline server' });
  await banner.waitFor();
  // Still down: Try again says so, and the page stays.
  await banner.getByTestId('error-retry').click();
  await banner.getByTestId('error-retry').filter({ hasText: 'Still not reachable' }).waitFor();
  // It is back. (Wait for the reload itself: the old page's filter is there before it.)
  await page.unroute('**/api/rpc');
  await page.unroute('**/');
  const reloaded = page.waitForEvent('load');
  await banner.getByTestId('error-retry').click();
  await reloaded;
  await page.getByTestId('entity-filter').waitFor();
  await eventually(async () => (await page.getByTestId('error-banner').count()) === 0, {
    message: 'the page works again, without the banner',
  });
  // Beside the clip box a failure offers no reload, which would lose what was pasted.
  await page.route('**/api/rpc', (route) => route.abort('connectionrefused'));
  await page.getByTestId('nav-library').click();
  await page.getByTestId('clip-box').fill('Ferry fares on the northern routes will rise by a tenth next month, the operator said.');
  await page.getByTestId('clip-button').click();
  const form = page.getByRole('form', { name: 'Clip an article' });
  await form.getByTestId('error-banner').waitFor();
  assert.equal(await form.getByTestId('error-retry').count(), 0);
});

e2e("the empty library points a newcomer with another tool's export to the import card", async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  await page.getByTestId('empty-import').click();
  await page.getByTestId('import-from').waitFor();
  assert.match(page.url(), /#\/settings$/);
});

e2e('opening the sample notebook in one tab starts the other tabs over on it, and back', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  const other = await page.context().newPage();
  await other.goto(app.url);
  await other.getByTestId('library-empty').waitFor();

  await page.getByTestId('open-sample').click();
  await page.getByTestId('sample-banner').waitFor();
  // The other tab shows the notebook its clips now go to, not the empty one it was opened on.
  await other.getByTestId('sample-banner').waitFor();
  await other.getByTestId('library-item').first().waitFor();

  await other.getByTestId('close-sample').click();
  await other.getByTestId('library-empty').waitFor();
  await page.getByTestId('library-empty').waitFor();
  assert.equal(await page.getByTestId('sample-banner').count(), 0, 'the first tab is back on the own notebook too');
});

e2e('scripts inside a clipped page never run', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  const title = 'Regulators weigh new child safety rules for apps';
  const hostile = articlePage({
    title,
    url: 'https://ledger.example/policy/2025/05/02/child-safety',
    published: '2025-05-02T08:00:00Z',
    paragraphs: [
      'European regulators are weighing new rules that would require app stores to verify the ages of their users before allowing downloads of social media apps.',
      'The proposal <img src=x onerror="window.__pwned=1"> would apply to the largest platforms first, officials said.',
      '<script>window.__pwned=1</script>Consumer groups welcomed the plan, while industry associations warned that age checks could collect more personal data than necessary.',
      'A <a href="javascript:window.__pwned=1" id="bad-link">consultation</a> runs until the end of the summer, and a final text is expected next year <svg onload="window.__pwned=1"><circle r="2"/></svg>.',
      '<span onmouseover="window.__pwned=1" style="position:fixed;inset:0">Officials declined to say</span> how the rules would be enforced across borders.',
      '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe><form action="https://evil.example"><input name="q"><button>Go</button></form>More detail will follow.',
    ],
    extraBody: '<script>window.__pwned=1</script><img src="javascript:window.__pwned=1"><object data="x"></object>',
  });
  await clip(page, hostile);
  const item = page.getByTestId('library-item').filter({ hasText: title });
  await item.waitFor();
  await item.click();
  const reader = page.getByTestId('reader-body');
  await reader.waitFor();
  await page.getByText('European regulators').waitFor();
  await reader.hover();
  await page.mouse.move(10, 10);
  await page.waitForTimeout(300);

  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from the page ran');
  assert.deepEqual(
    await activeContent(reader),
    { dangerous: 0, handlers: [], badLinks: [] },
    'the reader DOM holds no active content',
  );
});

e2e('the hostile fixture page stays inert in the reader', async (app) => {
  const { page } = app;
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  const html = await readFile(join(repoRoot, 'tests/fixtures/pages/hostile.html'), 'utf8');
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  await clip(page, html);
  const item = page.getByTestId('library-item').filter({ hasText: 'hosepipe ban' });
  await item.waitFor();
  await item.click();
  const reader = page.getByTestId('reader-body');
  await page.getByText('Reservoir levels stand at 61%').waitFor();
  await reader.hover();
  await page.getByText('Reservoir levels stand at 61%').click();
  await page.waitForTimeout(300);

  assert.deepEqual(dialogs, [], 'no alert() from the page ran');
  assert.equal(await page.evaluate(() => window.steal), undefined, 'no inline script from the page ran');
  assert.equal(await page.getByText('injected by script').count(), 0, 'document.write never ran');
  assert.deepEqual(
    await activeContent(reader),
    { dangerous: 0, handlers: [], badLinks: [] },
    'the reader DOM holds no active content',
  );
});

e2e('without the notebook token the app says how to get in', async (app) => {
  const { page } = app;
  await page.goto(`${app.origin}/`);
  const banner = page.getByTestId('error-banner');
  await banner.waitFor();
  assert.equal(await banner.getAttribute('data-code'), 'unauthorized', 'a request without the token is refused');
});

e2e('a link of the app opened in a new tab works without the token in its address', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  assert.ok(!page.url().includes('token='), 'the token leaves the address bar');
  const tab = await page.context().newPage();
  await tab.goto(`${app.origin}/#/library`);
  await tab.getByTestId('library-empty').waitFor(); // the notebook answered
  assert.equal(await tab.getByTestId('error-banner').count(), 0, 'no "not signed in" in the second tab');
  await tab.close();
});

e2e('at a phone or small window width the header keeps every page and the search box in view', async (app) => {
  const { page } = app;
  await page.setViewportSize({ width: 390, height: 844 });
  await openSample(app);
  await page.getByTestId('library-item').first().waitFor();
  // 800 px once squeezed the search box to 30 px beside the pages' links.
  for (const [window, room] of [[390, 150], [800, 300], [1000, 300], [1280, 300]]) {
    await page.setViewportSize({ width: window, height: 844 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= window, `the page is no wider than the window: ${width} at ${window}`);
    for (const id of ['nav-library', 'nav-settings', 'search-input']) {
      const box = await page.getByTestId(id).boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= window + 1, `${id} is in view at ${window}: ${JSON.stringify(box)}`);
    }
    const search = await page.getByTestId('search-input').boundingBox();
    assert.ok(search.width >= room, `the search box has room to type at ${window}: ${search.width}`);
    await page.screenshot({ path: join(artifactsDir, `header-${window}.png`) });
  }
});
