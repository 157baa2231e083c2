// The reader as a researcher uses it: highlight a passage in a colour with a note, find it
// again after a reload exactly where it was, see the article's entities and the other
// outlets that reported the same story, and tag with autocomplete. A link to a passage
// (`?at=`) brings it on screen, in the article already open too.
import assert from 'node:assert/strict';
import { e2e, articlePage, clip, eventually, openSample, rpc } from './harness.mjs';

const TITLE = 'Meta raises its spending plans for AI data centres';
const PARAGRAPHS = [
  'Meta Platforms said on Wednesday it would spend between $64 billion and $72 billion on capital projects this year, raising its forecast as it races to build data centres for artificial intelligence.',
  'The company told investors that the <em>higher range</em> reflected additional data centre investments and a rise in the expected cost of infrastructure hardware.',
  'Chief executive Mark Zuckerberg said the company was committed to building the computing capacity it needs, even as analysts questioned the returns.',
  'Shares rose more than four percent in extended trading after the company reported first-quarter revenue that beat estimates.',
];

/** Select `phrase` inside the reader body (across element boundaries if need be). */
async function selectPhrase(page, phrase) {
  const ok = await page.evaluate((phrase) => {
    const root = document.querySelector('[data-testid="reader-body"]');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n, at: text.length });
      text += n.data;
    }
    const start = text.indexOf(phrase);
    if (start < 0) return false;
    const end = start + phrase.length;
    const find = (pos) => {
      const hit = nodes.findLast((x) => x.at <= pos);
      return [hit.node, pos - hit.at];
    };
    const range = document.createRange();
    range.setStart(...find(start));
    const [endNode, endOff] = find(end - 1);
    range.setEnd(endNode, endOff + 1);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    return true;
  }, phrase);
  assert.ok(ok, `the phrase "${phrase}" is in the reader`);
}

/** Clip the test article into a fresh notebook and open it in the reader. */
async function openClipped(app) {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  await clip(page, articlePage({ title: TITLE, paragraphs: PARAGRAPHS }));
  await page.getByTestId('library-item').filter({ hasText: TITLE }).click();
  await page.getByTestId('reader').waitFor();
}

e2e('a highlight made from a selection keeps its colour, note and place', async (app) => {
  const { page } = app;
  await openClipped(app);

  // A phrase that crosses an <em>: the mapping walks text nodes, not one paragraph string.
  const phrase = 'the higher range reflected additional data centre investments';
  await selectPhrase(page, phrase);
  await page.keyboard.press('h');
  const toolbar = page.getByTestId('highlight-toolbar');
  await toolbar.waitFor();
  // It stays under its selection as the page scrolls (it once floated over the notes).
  const mark = async () => (await toolbar.boundingBox()).y - (await page.evaluate(() => window.getSelection().getRangeAt(0).getBoundingClientRect().bottom));
  const under = await mark();
  await page.mouse.wheel(0, 150);
  await eventually(async () => (await page.evaluate(() => window.scrollY)) > 0, { message: 'the page scrolled' });
  await eventually(async () => Math.abs((await mark()) - under) < 2, { message: 'the toolbar follows its selection' });
  await page.evaluate(() => window.scrollTo(0, 0));
  // The colours are one radio group: the chosen one has the focus, the arrows choose.
  const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  await eventually(async () => (await focusedId()) === 'highlight-color-yellow', { message: 'the first colour has the focus' });
  await page.keyboard.press('ArrowRight');
  assert.notEqual(await focusedId(), 'highlight-color-yellow', 'the arrow moves to the next colour');
  assert.equal(await page.locator(`[data-testid="${await focusedId()}"]`).getAttribute('aria-checked'), 'true', 'and chooses it');
  await page.getByTestId('highlight-color-green').click();
  // Letters typed with a colour focused write the note: none of them is a page shortcut
  // (`t` once opened the tag box and the rest became a tag).
  await page.keyboard.type('Why the range went up');
  assert.equal(await focusedId(), 'highlight-note-input', 'typing moved to the note');
  assert.equal(await page.getByTestId('highlight-note-input').inputValue(), 'Why the range went up');
  await page.getByTestId('highlight-save').click();
  await toolbar.waitFor({ state: 'detached' });
  // The toolbar that had the focus is gone: the new highlight in the side list has it.
  await eventually(
    () => page.evaluate(() => !!document.activeElement?.closest('[data-testid="highlight-item"]')),
    { message: 'the new highlight in the list has the focus' },
  );

  const marks = page.getByTestId('highlight-mark');
  await marks.first().waitFor();
  const marked = async () => (await marks.allInnerTexts()).join('');
  assert.equal(await marked(), phrase, 'the marks cover exactly the selected words');
  assert.ok(await marks.first().evaluate((m) => m.classList.contains('hl-green')), 'the mark has the chosen colour');
  const item = page.getByTestId('highlight-item');
  await item.waitFor();
  assert.match(await item.innerText(), /higher range/);
  assert.equal((await item.getByTestId('highlight-note').innerText()).trim(), 'Why the range went up');

  // A second highlight, by mouse selection this time (mouseup opens the toolbar). A press
  // elsewhere puts it away, and near the window's bottom it opens above the selection
  // (it once sat over the selection's start).
  await selectPhrase(page, 'beat estimates');
  await page.getByTestId('reader-body').dispatchEvent('mouseup');
  await toolbar.waitFor();
  await page.locator('h1').click();
  await toolbar.waitFor({ state: 'detached' });
  await selectPhrase(page, 'beat estimates');
  const viewport = page.viewportSize();
  const selected = await page.evaluate(() => window.getSelection().getRangeAt(0).getBoundingClientRect().top);
  assert.ok(selected > 300, `room above the selection for the test: ${selected}`);
  // Room under the selection for most of the toolbar but not all: the old placement then
  // pulled it up over the selection.
  await page.setViewportSize({ width: 1280, height: Math.round(selected) + 150 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByTestId('reader-body').dispatchEvent('mouseup');
  await toolbar.waitFor();
  const box = await toolbar.boundingBox();
  const sel = await page.evaluate(() => window.getSelection().getRangeAt(0).getBoundingClientRect().toJSON());
  assert.ok(box.y + box.height <= sel.top, `the toolbar is above the selection: ${JSON.stringify({ box, sel })}`);
  await page.setViewportSize(viewport);
  await page.getByTestId('highlight-save').click();
  await page.getByTestId('highlight-item').nth(1).waitFor();

  await page.reload();
  await page.getByTestId('reader').waitFor();
  await page.getByTestId('highlight-item').nth(1).waitFor();
  const texts = await page.getByTestId('highlight-mark').allInnerTexts();
  assert.ok(texts.join('|').includes('beat estimates'), 'the second highlight is drawn after a reload');
  assert.equal(
    (await page.locator('mark.hl-green').allInnerTexts()).join(''),
    phrase,
    'after a reload the first highlight sits on the same words, in the same colour',
  );

  // A click on a mark brings its entry in the side list into focus.
  await page.locator('mark.hl-green').first().click();
  assert.match(
    await page.evaluate(() => document.activeElement?.getAttribute('data-testid') + ' ' + document.activeElement?.textContent),
    /^highlight-item .*Why the range went up/s,
    "clicking a highlight focuses its entry, note included",
  );

  // Deleting it removes the mark and the list entry.
  await page.getByTestId('highlight-item').filter({ hasText: 'beat estimates' }).getByTestId('highlight-delete').click();
  await page.getByTestId('highlight-item').nth(1).waitFor({ state: 'detached' });
  assert.equal(await page.locator('mark.hl-yellow').count(), 0, 'the deleted highlight is gone from the text');

  // Undo brings it back on the same words; deleting the green one, with its note, and
  // undoing that keeps its colour and note.
  await page.getByTestId('highlight-delete-undo').click();
  await page.getByTestId('highlight-item').nth(1).waitFor();
  assert.equal((await page.locator('mark.hl-yellow').allInnerTexts()).join(''), 'beat estimates', 'back on its words');
  await page.getByTestId('highlight-item').filter({ hasText: 'higher range' }).getByTestId('highlight-delete').click();
  await page.getByTestId('highlight-item').nth(1).waitFor({ state: 'detached' });
  await page.getByTestId('highlight-delete-undo').click();
  await page.getByTestId('highlight-item').nth(1).waitFor();
  await page.getByTestId('highlight-deleted').waitFor({ state: 'detached' });
  assert.equal((await page.locator('mark.hl-green').allInnerTexts()).join(''), phrase, 'same words, same colour');
  await page.reload();
  await page.getByTestId('highlight-note').filter({ hasText: 'Why the range went up' }).waitFor();
  assert.equal(await page.getByTestId('highlight-item').count(), 2, 'both kept in the notebook');

  // A deleted note comes back word for word with Undo, in its own place (first of two).
  await page.getByTestId('note-input').fill('Check the **Q3** call transcript.');
  await page.getByTestId('note-add').click();
  await page.getByTestId('note').waitFor();
  await page.getByTestId('note-input').fill('Then compare with the guidance.');
  await page.getByTestId('note-add').click();
  await page.getByTestId('note').nth(1).waitFor();
  await page.getByTestId('note').first().getByTestId('note-delete').click();
  await page.getByTestId('note').nth(1).waitFor({ state: 'detached' });
  // The pressed Delete went away with its note: the focus is on the Undo, not lost.
  await page.keyboard.press('Enter');
  await page.getByTestId('note').locator('strong', { hasText: 'Q3' }).waitFor();
  const order = async () => (await page.getByTestId('note').allInnerTexts()).map((t) => t.split('\n')[0]);
  assert.deepEqual(
    await order(),
    ['Check the Q3 call transcript.', 'Then compare with the guidance.'],
    'the note is back in its place, not added at the end',
  );
  await page.reload();
  await page.getByTestId('note').nth(1).waitFor();
  assert.deepEqual(
    await order(),
    ['Check the Q3 call transcript.', 'Then compare with the guidance.'],
    'the note is in the notebook again, in its place',
  );
  assert.deepEqual(app.pageErrors, []);
  assert.deepEqual(
    app.consoleErrors.filter((m) => !m.startsWith('Failed to load resource')),
    [],
    'no console errors: the toolbar is placed through CSSOM, which the CSP allows',
  );
});

e2e('a highlight after a long line the text leaves out sits on its words', async (app) => {
  // A disclosure the engine drops from its text (small print) stays in the article's HTML
  // when no one element holds it (a bold label, then the rest of the line, then a <br> and the
  // story): longer than the aligner's near reach, it must not put the rest of the page out of
  // step. Alone in its paragraph, such a line leaves the HTML as it left the text, and the
  // reader does not show it.
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  const disclosure =
    'This post may contain affiliate links. If you buy something through our links, we may earn a commission at no extra cost to you, which helps pay for our reporting.';
  const alone = 'Advertisement - Page continues below';
  const title = 'Meta lifts its data centre budget again';
  const paragraphs = [PARAGRAPHS[0], alone, `<b>Disclosure:</b> ${disclosure}<br>${PARAGRAPHS[1]}`, ...PARAGRAPHS.slice(2)];
  await clip(page, articlePage({ title, paragraphs }));
  await page.getByTestId('library-item').filter({ hasText: title }).click();
  await page.getByTestId('reader').waitFor();
  const body = page.getByTestId('reader-body');
  await body.getByText('This post may contain affiliate links').waitFor();
  assert.equal(await body.getByText(alone).count(), 0, 'the chrome line alone in its paragraph is not shown');

  await selectPhrase(page, 'reflected additional data centre investments');
  await page.keyboard.press('h');
  await page.getByTestId('highlight-save').click();
  const item = page.getByTestId('highlight-item');
  await item.waitFor();
  assert.match(await item.innerText(), /reflected additional data centre investments/, 'the quote is the selected words');
  await page.reload();
  await page.getByTestId('highlight-mark').first().waitFor();
  assert.equal(
    (await page.getByTestId('highlight-mark').allInnerTexts()).join(''),
    'reflected additional data centre investments',
    'after a reload the mark covers exactly the selected words',
  );
  assert.deepEqual(app.pageErrors, []);
});

e2e('a highlight whose quote is no longer in the text stays listed, unmarked', async (app) => {
  const { page } = app;
  await openClipped(app);
  // The engine marks a highlight orphaned when re-extraction changes the text and the quote
  // cannot be found again (src/anchor.rs); here the answer says so, as it would then.
  await page.route('**/api/rpc', async (route) => {
    if (route.request().postDataJSON()?.cmd !== 'ArticleGet') return route.continue();
    const response = await route.fetch();
    const json = await response.json();
    json.data.highlights.push({
      id: 999, article_id: json.data.id, exact: 'a sentence the new text no longer has', prefix: '', suffix: '',
      start: 10, end: 48, color: 'blue', note: 'kept anyway', orphaned: true, created_at: '2025-05-01T00:00:00Z',
    });
    return route.fulfill({ response, json });
  });
  await page.reload();
  const orphan = page.getByTestId('highlight-item').filter({ has: page.getByTestId('highlight-orphaned') });
  await orphan.waitFor();
  assert.match(await orphan.innerText(), /a sentence the new text no longer has/);
  assert.match(await orphan.innerText(), /kept anyway/);
  assert.equal(await page.getByTestId('highlight-mark').count(), 0, 'an orphaned highlight draws no mark at its old offsets');
});

e2e('the reader shows entities, the other outlet of a story, and suggests tags', async (app) => {
  const { page } = app;
  await openSample(app);
  const item = page.getByTestId('library-item').filter({ hasText: 'Zuckerberg says Meta will spend up to $65 billion' });
  await item.click();
  await page.getByTestId('reader').waitFor();

  const chips = page.getByTestId('entity-chip');
  await chips.first().waitFor();
  assert.ok((await chips.allInnerTexts()).includes('Meta'), 'Meta is among the entity chips');

  const sibling = page.getByTestId('story-sibling');
  await sibling.waitFor();
  assert.equal((await sibling.innerText()).trim(), 'Tech Courier', 'the other outlet that reported it is listed');
  // A memo on the story, written from one report, is there on the other outlet's report too.
  await page.getByTestId('memo-body').fill('Both outlets lead with the **$60–65bn** range.');
  await page.getByTestId('memo-save').click();
  await page.getByTestId('memo').waitFor();
  await sibling.click();
  await page.getByTestId('reader-title').filter({ hasText: 'Meta to spend as much as $65 billion' }).waitFor();
  await page.getByTestId('memo').filter({ hasText: 'Both outlets lead with the $60–65bn range.' }).waitFor();
  assert.equal(await page.getByTestId('memo').locator('strong').innerText(), '$60–65bn', 'memos render Markdown');

  // Tag autocomplete offers the notebook's tags once typed, but not the article's own (every
  // sample article has the sample's "sample" tag). The tags come apart from the article:
  // the one offered shows they have, and only then can the list be read.
  await page.getByTestId('tag-input').fill('meta-capex');
  await page.getByTestId('tag-add').click();
  await page.getByTestId('tag').filter({ hasText: 'meta-capex' }).waitFor();
  await page.goBack();
  await page.getByTestId('reader-title').filter({ hasText: 'Zuckerberg says' }).waitFor();
  const offered = page.getByTestId('tag-suggestions').locator('option');
  await offered.and(page.locator('[value="meta-capex"]')).waitFor({ state: 'attached' });
  assert.deepEqual(await offered.evaluateAll((os) => os.map((o) => o.value)), ['meta-capex'], 'a tag the article already has is not suggested');

  // A tag typed twice, or in another case, is one tag, named as the notebook knows it.
  await page.getByTestId('tag-input').fill('Meta-Capex, x, x, X');
  await page.getByTestId('tag-add').click();
  const names = page.getByTestId('tag').locator('span');
  await names.filter({ hasText: /^x$/ }).waitFor();
  const shown = await names.allInnerTexts();
  assert.deepEqual(shown.filter((t) => /^(x|meta-capex)$/i.test(t)).sort(), ['meta-capex', 'x'], `each tag once: ${shown}`);
  assert.deepEqual(app.pageErrors, [], 'no page errors (a repeated key once broke the list)');

  // Removing a tag from the keyboard: the focus goes to the next tag's ×, not the page.
  const x = page.getByTestId('tag').filter({ has: page.locator('span', { hasText: /^x$/ }) });
  await x.getByTestId('tag-remove').focus();
  await page.keyboard.press('Enter');
  await x.waitFor({ state: 'detached' });
  await eventually(
    () => page.evaluate(() => ['tag-remove', 'tag-input'].includes(document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id)),
    { message: 'the focus stays in the tags' },
  );

  // `n` goes to the note box, `t` to the tag box.
  await page.locator('h1').click();
  await page.keyboard.press('n');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'note-input');
  await page.locator('h1').click();
  await page.keyboard.press('t');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tag-input');
});

e2e('a second link to a passage of the open article scrolls to it, as the first did', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  // A long article: its last paragraph is far below the first screen.
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) => `Paragraph ${i + 1} of the port report: the authority reviewed crane capacity, berth depth and the rail link again this quarter.`,
  );
  paragraphs[1] = 'The harbour master opened the review with the dredging schedule for the outer basin.';
  paragraphs[38] = 'The board closed the review by approving a second rail spur for the container terminal.';
  await clip(page, articlePage({ title: 'Port authority reviews its terminal', paragraphs }));
  await page.getByTestId('library-item').first().waitFor();
  const [{ id }] = await rpc(app, 'ArticleList', {});
  const { content_text: text } = await rpc(app, 'ArticleGet', { id });
  const at = (phrase) => {
    const start = [...text.slice(0, text.indexOf(phrase))].length;
    return `${start}-${start + [...phrase].length}`;
  };
  const first = 'opened the review with the dredging schedule';
  const second = 'approving a second rail spur';

  const flash = page.getByTestId('reader-flash');
  const onScreen = () =>
    flash.first().evaluate((m) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
  await page.goto(`${app.origin}/#/article/${id}?at=${at(first)}`);
  await flash.filter({ hasText: first }).waitFor();
  assert.ok(await onScreen(), 'the first passage is on screen');

  // Another passage of the same article (a citation in a note or a memo, Back, Forward).
  await page.evaluate((hash) => (window.location.hash = hash), `#/article/${id}?at=${at(second)}`);
  await flash.filter({ hasText: second }).waitFor();
  await eventually(onScreen, { message: 'the reader scrolls to the second passage' });
  assert.equal(await flash.count(), 1, 'only the passage linked to now flashes');
});

e2e('opening an article reads it; u marks it unread again, as the library and is:unread show', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  await clip(page, articlePage({ title: TITLE, paragraphs: PARAGRAPHS }));
  const item = page.getByTestId('library-item').filter({ hasText: TITLE });
  await item.getByTestId('library-unread').waitFor();
  const unread = async () => (await rpc(app, 'Search', { query: 'is:unread Meta' })).length;
  assert.equal(await unread(), 1, 'a new clip is unread');

  await item.click();
  await page.getByTestId('reader').waitFor();
  await page.getByTestId('reader-read-toggle').filter({ hasText: 'Mark unread' }).waitFor();
  await eventually(async () => (await unread()) === 0, { message: 'opening it marks it read' });

  await page.locator('h1').first().click();
  await page.keyboard.press('u');
  await page.getByTestId('reader-read-toggle').filter({ hasText: 'Mark read' }).waitFor();
  await eventually(async () => (await unread()) === 1, { message: 'u marks it unread' });

  await page.getByTestId('nav-library').click();
  await item.getByTestId('library-unread').waitFor();
});

e2e('an article opened again comes back where it was left, and shows how much is read', async (app) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  const long = Array.from(
    { length: 60 },
    (_, i) =>
      `Paragraph ${i + 1}: the harbour authority said the dredging of berth ${i + 1} would take another season, as the contractors waited for the tides and the permits that the port had asked for in the spring.`,
  );
  await clip(page, articlePage({ title: 'Harbour dredging runs into another season', paragraphs: long }));
  const item = page.getByTestId('library-item').filter({ hasText: 'Harbour dredging' });
  await item.click();
  const body = page.getByTestId('reader-body');
  await body.waitFor();
  const progress = page.getByTestId('reading-progress');
  assert.ok(Number(await progress.getAttribute('aria-valuenow')) < 50, 'at the top, little is read');
  assert.equal(await page.getByTestId('reading-resumed').count(), 0, 'a first opening starts at the top');

  // Read down to paragraph 40, then leave for the library and come back.
  await body.locator('p', { hasText: 'Paragraph 40:' }).evaluate((p) => p.scrollIntoView({ block: 'start' }));
  await eventually(async () => Number(await progress.getAttribute('aria-valuenow')) > 60, {
    message: 'the bar follows the scrolling',
  });
  const top = async () =>
    body.locator('p', { hasText: 'Paragraph 40:' }).evaluate((p) => Math.round(p.getBoundingClientRect().top));
  assert.ok(Math.abs(await top()) < 40, `paragraph 40 is at the top (${await top()})`);
  await page.getByTestId('nav-library').click();
  await item.waitFor();
  await item.click();
  await page.getByTestId('reading-resumed').waitFor();
  await eventually(async () => Math.abs(await top()) < 60, { message: 'paragraph 40 is at the top again' });

  // A finished article opens at its top next time; "Back to the top" goes there now.
  await page.getByTestId('reading-resumed').getByRole('button', { name: 'Back to the top' }).click();
  await eventually(async () => (await page.evaluate(() => window.scrollY)) === 0, { message: 'back at the top' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await eventually(async () => Number(await progress.getAttribute('aria-valuenow')) === 100, { message: 'all read' });
  await page.getByTestId('nav-library').click();
  await item.click();
  await body.waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'a finished article opens at its top');
  assert.equal(await page.getByTestId('reading-resumed').count(), 0);
});

e2e('a very long article shows its first part at once and the rest on request', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  // About 230,000 characters: past what the reader draws at once (reader/long.ts).
  const paragraphs = Array.from(
    { length: 1600 },
    (_, i) => `Section ${i + 1} of the archive: the council minutes record the vote on the harbour levy, the objections of the traders and the reply of the treasurer.`,
  );
  await clip(page, articlePage({ title: 'The council archive, every session', paragraphs }));
  await page.getByTestId('library-item').filter({ hasText: 'The council archive' }).click();
  const long = page.getByTestId('reader-long');
  await long.waitFor();
  assert.match(await long.innerText(), /its first [\d,]+ words are shown/);
  const body = page.getByTestId('reader-body');
  assert.equal(await body.getByText('Section 1 of the archive', { exact: false }).count(), 1);
  assert.equal(await body.getByText('Section 1600 of the archive', { exact: false }).count(), 0, 'the end waits');
  await page.getByTestId('reader-long-all').click();
  await body.getByText('Section 1600 of the archive', { exact: false }).waitFor();
  assert.equal(await long.count(), 0, 'all of it is drawn');

  // A passage past the cut, asked for by a link (a search hit, a timeline point), is drawn
  // and marked at once.
  const id = Number(page.url().match(/article\/(\d+)/)[1]);
  const text = (await rpc(app, 'ArticleGet', { id })).content_text;
  const start = text.indexOf('Section 1590 of the archive');
  assert.ok(start > 200_000, `the passage lies past the cut (${start})`);
  await page.goto(`${app.origin}/#/`);
  await page.goto(`${app.origin}/#/article/${id}?at=${start}-${start + 12}`);
  await page.getByTestId('reader-flash').filter({ hasText: 'Section 1590' }).waitFor();
  assert.equal(await long.count(), 0);
});

e2e('a copy that joined an article can be split off as an article of its own', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  const paragraphs = [
    'The river authority said on Thursday that the new flood barrier would close for the first time this winter, after two years of building work.',
    'Engineers tested the gates in October and found them ready, the authority said, though a second pump station will not open until 2027.',
    'Residents of the low-lying streets near the harbour had asked for the barrier after the floods of 2023 damaged more than two hundred homes.',
  ];
  const original = articlePage({ title: 'Flood barrier to close for the first time this winter', url: 'https://riverside.example/2025/11/barrier', paragraphs });
  const syndicated = articlePage({
    title: 'Flood barrier to close for the first time this winter',
    site: 'The Valley Post',
    url: 'https://valleypost.example/news/barrier-winter',
    paragraphs,
  });
  const first = await rpc(app, 'ArticleClip', { source: { kind: 'html', html: original } });
  const second = await rpc(app, 'ArticleClip', { source: { kind: 'html', html: syndicated } });
  const id = first.articles[0].id;
  assert.equal(second.articles[0].id, id, 'the syndicated copy joins the article');

  await page.goto(`${app.origin}/#/article/${id}`);
  await page.getByTestId('copies').waitFor();
  // Deleting it would take the copy along: the question says so.
  await page.getByTestId('reader-delete').click();
  assert.match(
    await page.locator('.confirm').innerText(),
    /and the copy it lists as “Also at” \(split a copy out first to keep it\)\?/,
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByTestId('copy-split').click();
  await page.getByTestId('copy-split-done').waitFor();
  assert.equal(await page.getByTestId('copies').count(), 0, 'no copy is listed any more');
  assert.equal((await rpc(app, 'NotebookInfo')).articles, 2, 'the copy is an article of its own');
  await page.getByTestId('copy-split-done').locator('a').click();
  await page.getByTestId('reader-title').filter({ hasText: 'Flood barrier' }).waitFor();
  assert.ok(!page.url().endsWith(`/article/${id}`), 'the link opens the new article');
});

e2e('an article can be deleted from the reader, after a question', async (app) => {
  const { page } = app;
  await openClipped(app);
  await page.getByTestId('reader-delete').click();
  // The question takes the focus on Cancel; Cancel keeps the article.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel');
  await page.keyboard.press('Enter');
  await page.getByTestId('reader-delete').waitFor();
  assert.equal((await rpc(app, 'ArticleList', {})).length, 1, 'still there');
  await page.getByTestId('reader-delete').click();
  await page.getByTestId('reader-delete-confirm').click();
  // The library hides it at once and offers the Undo its own deletes have.
  await page.getByTestId('bulk-deleted').filter({ hasText: 'Deleted 1 article.' }).waitFor();
  assert.equal(await page.getByTestId('library-item').count(), 0, 'hidden at once');
  assert.equal((await rpc(app, 'ArticleList', {})).length, 1, 'not deleted while its Undo shows');
  await page.getByTestId('bulk-delete-undo').click();
  await page.getByTestId('library-item').waitFor();
  assert.equal((await rpc(app, 'ArticleList', {})).length, 1, 'the Undo keeps it');
  // Deleted again and the library left: the delete is carried out.
  await page.getByTestId('library-item').click();
  await page.getByTestId('reader-delete').click();
  await page.getByTestId('reader-delete-confirm').click();
  await page.getByTestId('bulk-deleted').waitFor();
  await page.getByTestId('nav-timeline').click();
  await eventually(async () => (await rpc(app, 'ArticleList', {})).length === 0, { message: 'deleted on leaving the library' });
});
