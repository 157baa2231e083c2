// Search on the sample notebook: the query language's fields are suggested while typing
// (and entity names after `entity:`, tags made since the page opened included), results
// carry marked snippets, and a search can be saved and run again from the empty box. The
// memo citation picker finds articles and their highlights the same way, and a citation of a
// highlight still opens it after a re-extraction moved it. A Chinese or Japanese word is
// found inside the sentence it is written in without spaces.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { articlePage, e2e, eventually, holdNext, openSample, rpc, rpcQuiet, trackRpc } from './harness.mjs';

e2e('field suggestions, highlighted results and saved searches', async (app) => {
  const { page } = app;
  await openSample(app);
  await page.getByTestId('library-item').first().waitFor();

  const box = page.getByTestId('search-input');
  // A query ending in a word that starts a field's name: Escape closes the suggestion, and
  // Tab then moves on instead of turning "the" into `theme:`. One letter suggests nothing.
  await page.keyboard.press('/');
  await page.keyboard.type('rules of the');
  const sug = page.getByTestId('search-suggestion');
  await sug.first().waitFor();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  assert.equal(await box.inputValue(), 'rules of the', 'Tab after Escape leaves the query');
  assert.equal(await box.evaluate((el) => el === document.activeElement), false, 'and moves on');
  await box.fill('');
  await box.focus();
  await page.keyboard.type('a');
  await page.waitForTimeout(100);
  assert.equal(await sug.count(), 0, '"a" suggests no field');
  await box.fill('');
  await page.keyboard.type('ent');
  await sug.first().waitFor();
  assert.deepEqual((await sug.allInnerTexts()).map((t) => t.replace(/\s*Tab$/, '')), ['entity:'], 'typing "ent" suggests the entity: field');
  await page.keyboard.press('Tab');
  assert.equal(await box.inputValue(), 'entity:', 'Tab accepts the suggestion');
  await page.keyboard.type('Alph');
  await sug.filter({ hasText: 'entity:Alphabet' }).first().waitFor();
  await sug.filter({ hasText: 'entity:Alphabet' }).first().click();
  assert.equal(await box.inputValue(), 'entity:Alphabet ');
  await page.keyboard.type('spending');
  const results = page.getByTestId('search-result');
  await results.first().waitFor();
  await eventually(async () => (await results.allInnerTexts()).every((t) => /Alphabet/i.test(t)), {
    message: 'every result is about Alphabet',
  });
  // The count is spoken (a status outside the panel), and the arrows keep the chosen
  // result in view.
  await eventually(async () => /^\d+\+? results?$/.test(await page.getByTestId('search-announced').innerText()), {
    message: 'the number of results is announced',
  });
  await page.keyboard.press('ArrowDown');
  assert.equal(await results.first().getAttribute('aria-selected'), 'true');
  assert.ok((await results.first().locator('mark').count()) > 0, 'snippets mark the matched words');

  await page.getByTestId('search-save').click();
  await page.getByTestId('search-saved').waitFor();

  // Empty the box: the saved search is offered and runs again when picked.
  await box.fill('');
  await page.getByTestId('saved-search').filter({ hasText: 'entity:Alphabet spending' }).click();
  assert.equal(await box.inputValue(), 'entity:Alphabet spending');
  await results.first().waitFor();

  await page.reload();
  await box.focus();
  await page.getByTestId('saved-search').filter({ hasText: 'entity:Alphabet spending' }).waitFor();
});

e2e('a search result opens its article at the match its snippet shows, marked', async (app) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  const paragraphs = Array.from(
    { length: 50 },
    (_, i) => `Paragraph ${i + 1}: the ferry operator said the timetable for the winter would follow the one of last year, with no change to the crossings.`,
  );
  paragraphs[41] = 'Paragraph 42: the operator also said a hovercraft trial would start on the northern route in March.';
  await page.getByTestId('clip-box').fill(articlePage({ title: 'Ferry timetable stays as it was', paragraphs }));
  await page.getByTestId('clip-button').click();
  await page.getByTestId('library-item').first().waitFor();

  const box = page.getByTestId('search-input');
  await box.fill('hovercraft');
  const results = page.getByTestId('search-result');
  await results.first().locator('mark').filter({ hasText: 'hovercraft' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const flash = page.getByTestId('reader-flash');
  await flash.waitFor();
  assert.equal(await flash.innerText(), 'hovercraft', 'the match is marked');
  assert.match(page.url(), /\?at=\d+-\d+/);
  await eventually(
    async () => {
      const box = await flash.boundingBox();
      return box && box.y > 0 && box.y + box.height < 800;
    },
    { message: 'the match is on screen, far down the article' },
  );
  assert.ok((await page.evaluate(() => window.scrollY)) > 1000, 'the page scrolled to it');
});

e2e('a memo on a company cites a highlight and opens it in the reader', async (app) => {
  const { page } = app;
  await openSample(app);

  // A highlight to cite, made through the API the reader uses.
  const target = await page.evaluate(async () => {
    const token = localStorage.getItem('clipline.token');
    const rpc = async (request) =>
      (await fetch('/api/rpc', { method: 'POST', headers: { 'content-type': 'application/json', 'x-clipline-token': token }, body: JSON.stringify(request) })).json();
    const hits = await rpc({ cmd: 'Search', args: { query: '"72 billion" raises' } });
    const id = hits.data[0].article.id;
    const art = await rpc({ cmd: 'ArticleGet', args: { id } });
    const text = [...art.data.content_text];
    const phrase = 'citing more data centre investment and higher hardware costs';
    const at = art.data.content_text.indexOf(phrase);
    const start = [...art.data.content_text.slice(0, at)].length;
    await rpc({ cmd: 'HighlightAdd', args: { article_id: id, start, end: start + [...phrase].length } });
    return { id, title: art.data.title, phrase, n: text.length };
  });

  // An older extraction had a paragraph more at the top, so the highlight stood further
  // on when the memo cited it; a re-extraction (below) moves it back.
  const sampleDb = join(dirname(app.server.db), 'sample.db');
  const shift = `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=30)
lead = 'An earlier extractor kept this paragraph of site chrome.\\n\\n'
db.execute('UPDATE articles SET content_text = ? || content_text WHERE id = ?', (lead, int(sys.argv[2])))
db.execute('UPDATE highlights SET start = start + ?, "end" = "end" + ? WHERE article_id = ?', (len(lead), len(lead), int(sys.argv[2])))
db.commit()
`;
  execFileSync('python3', ['-c', shift, sampleDb, String(target.id)]);

  await page.goto(`${app.origin}/#/timeline?entity=Meta`);
  await page.getByTestId('memo-panel').waitFor();
  await page.getByTestId('memo-title').fill('Meta AI spending');
  await page.getByTestId('memo-body').fill('Guidance keeps rising. ');
  await page.getByTestId('memo-cite').click();
  await page.getByTestId('cite-query').fill('"72 billion" raises');
  await page.getByTestId('cite-open-highlights').first().click();
  await page.getByTestId('cite-highlight').first().click();
  assert.match(await page.getByTestId('memo-body').inputValue(), /“citing more data centre investment and higher hardware costs” — \[Northwind Business Daily, .*\]\(#\/article\/\d+\?highlight=\d+\)/);
  await page.getByTestId('memo-save').click();
  // The text is extracted again from its capture: the highlight moves back to where the
  // phrase stands now, and the citation must follow it.
  const reextracted = await rpc(app, 'NotebookReextract');
  assert.ok(reextracted.highlights_moved >= 1, `the highlight moved (${JSON.stringify(reextracted)})`);

  const memo = page.getByTestId('memo');
  await memo.waitFor();
  assert.equal((await memo.locator('h3').innerText()).trim(), 'Meta AI spending');
  await page.reload();
  await memo.waitFor();
  await memo.locator('a.cite').click();
  await page.getByTestId('reader-flash').first().waitFor();
  assert.equal((await page.getByTestId('reader-flash').allInnerTexts()).join(''), target.phrase, 'the citation opens the cited passage');

  // The memo is exported with its timeline.
  await page.goBack();
  await page.getByTestId('timeline-export').click();
  const md = await page.getByTestId('timeline-export-text').inputValue();
  assert.match(md, /^# Timeline: Meta\n\n## Memos\n\n### Meta AI spending\n\nGuidance keeps rising\./, 'the memo leads the export');
  assert.match(md, /\n## Meta\n\n- \*\*\d{4}-\d{2}-\d{2}/, "then Meta's lane, item by item");
  assert.match(md, /- \*\*2025-04-30\*\* \[\$64B–\$72B\] Meta raised its 2025 capital expenditure forecast/, 'items carry their amounts');
  assert.match(md, / — [^\n]+: \[[^\]\n]+\]\(https?:\/\/[^)\s]+\) \(article \d+\)\n/, 'and link the title of their article to its address');
  // Copy says what it did: copied, or (without the clipboard) the text selected for Ctrl+C.
  await page.getByTestId('timeline-export-copy').click();
  const said = page.getByTestId('timeline-export-copied');
  await eventually(async () => (await said.innerText()) !== '', { message: 'Copy says what it did' });
  if (!(await said.innerText()).startsWith('Copied')) {
    assert.match(await said.innerText(), /press Ctrl\+C/);
    const selected = await page.evaluate(() => {
      const area = document.getElementById('export-text');
      return document.activeElement === area && area.selectionEnd - area.selectionStart === area.value.length;
    });
    assert.ok(selected, 'the whole export is selected, with the focus on it');
  }
});

e2e('a tag made after the page opened is suggested after tag: on the next focus', async (app) => {
  const { page } = app;
  await openSample(app);
  await page.getByTestId('library-item').first().waitFor();

  // The first focus reads the names: the sample's tag is offered.
  const box = page.getByTestId('search-input');
  const sug = page.getByTestId('search-suggestion');
  await page.keyboard.press('/');
  await page.keyboard.type('tag:sam');
  await sug.filter({ hasText: 'tag:sample' }).waitFor();
  await box.fill('');
  await page.locator('h1').click();

  // A new tag, added in the reader while the page stays open.
  await page.getByTestId('library-item').first().click();
  await page.getByTestId('tag-input').fill('fresh-lead');
  await page.getByTestId('tag-add').click();
  await page.getByTestId('tag').filter({ hasText: 'fresh-lead' }).waitFor();

  await page.locator('h1').click();
  await page.keyboard.press('/');
  await page.keyboard.type('tag:fre');
  await sug.filter({ hasText: 'tag:fresh-lead' }).waitFor();
  assert.deepEqual(
    (await sug.allInnerTexts()).map((t) => t.replace(/\s*Tab$/, '')),
    ['tag:fresh-lead'],
    'focusing the box again reads the names afresh, so the new tag is offered',
  );
});

e2e('a saved-search list read before a save, answering after it, does not take the save back', async (app) => {
  const { page } = app;
  await trackRpc(page);
  await openSample(app);
  await page.getByTestId('library-item').first().waitFor();

  // Focusing the box reads the saved searches (none yet); that answer is held back. (`/`
  // is pressed again until the box has the focus: on a loaded machine the key may come
  // before the box listens for it.)
  const stale = await holdNext(page, 'SavedSearchList');
  const box = page.getByTestId('search-input');
  await eventually(async () => {
    await page.keyboard.press('/');
    return box.evaluate((el) => el === document.activeElement);
  }, { message: 'the search box never took the focus' });
  await stale.asked;

  await page.keyboard.type('spending');
  await page.getByTestId('search-result').first().waitFor();
  await page.getByTestId('search-save').click();
  await page.getByTestId('search-saved').waitFor();

  // The older list (without the save) now arrives.
  await stale.release();
  await rpcQuiet(page);
  assert.equal(await page.getByTestId('search-saved').count(), 1, 'the search still shows as saved');
  assert.equal(await page.getByTestId('search-save').count(), 0, 'no "Save this search" for a saved search');
  await page.getByTestId('search-input').fill('');
  assert.deepEqual(await page.getByTestId('saved-search').allInnerTexts(), ['spending'], 'the empty box offers the saved search');
});

e2e('the citation picker shows the highlights last asked for, and says when they cannot be read', async (app) => {
  const { page } = app;
  await trackRpc(page);
  await openSample(app);
  await page.goto(`${app.origin}/#/timeline?entity=Meta`);
  await page.getByTestId('memo-panel').waitFor();
  await page.getByTestId('memo-cite').click();
  await page.getByTestId('cite-query').fill('Meta');
  const articles = page.getByTestId('cite-article');
  await articles.nth(1).waitFor();
  const titles = await articles.locator('strong').allInnerTexts();
  assert.notEqual(titles[0], titles[1]);

  // The first article's highlights are slow; the second's, asked for next, come first.
  const slow = await holdNext(page, 'ArticleGet');
  const open = page.getByTestId('cite-open-highlights');
  await open.nth(0).click();
  await slow.asked;
  await open.nth(1).click();
  const heading = page.getByTestId('citation-picker').locator('p.small strong');
  await heading.filter({ hasText: titles[1] }).waitFor();
  await slow.release();
  await rpcQuiet(page);
  assert.equal(await heading.innerText(), titles[1], 'the older answer does not replace the article last asked for');

  // A failure to read the article shows in the error banner, not as an unhandled rejection.
  await page.route('**/api/rpc', (route) =>
    route.request().postDataJSON()?.cmd === 'ArticleGet'
      ? route.fulfill({ status: 500, json: { code: 'storage', message: 'The notebook file could not be read.' } })
      : route.fallback(),
  );
  await page.getByRole('button', { name: '← results' }).click();
  await open.nth(0).click();
  await page.getByTestId('error-banner').filter({ hasText: 'The notebook file could not be read.' }).waitFor();
  assert.deepEqual(app.pageErrors, [], 'no uncaught error or rejection');
});

e2e('a search that finds nothing names the unknown entity and offers the one meant', async (app) => {
  const { page } = app;
  await openSample(app);
  await page.getByTestId('library-item').first().waitFor();

  const box = page.getByTestId('search-input');
  await box.fill('entity:Alpha spending');
  const unknown = page.getByTestId('search-unknown');
  await unknown.waitFor();
  assert.match(await unknown.innerText(), /No entity is called Alpha: did you mean\s+entity:Alphabet\s*\?/);
  await page.getByTestId('search-unknown-suggestion').filter({ hasText: 'entity:Alphabet' }).click();
  assert.equal(await box.inputValue(), 'entity:Alphabet spending', 'the suggestion takes the unknown name\'s place');
  await page.getByTestId('search-result').first().waitFor();
  assert.equal(await unknown.count(), 0, 'a search with results names nothing');

  // A query still being typed (`after:2` on the way to a date) is said in the panel, not
  // raised as a banner, and the results of the query before it are not left standing.
  await page.keyboard.type(' after:2', { delay: 60 });
  const problem = page.getByTestId('search-problem');
  await problem.filter({ hasText: 'is not a date' }).waitFor();
  assert.equal(await page.getByTestId('search-result').count(), 0, 'no results of the earlier query');
  await page.keyboard.type('025-01-01');
  await page.getByTestId('search-result').first().waitFor();
  assert.equal(await problem.count(), 0, 'a query that reads drops the note');
  assert.equal(await page.getByTestId('error-banner').count(), 0, 'no banner for a query being typed');

  // A misspelt word is offered the word the articles hold, put in its place.
  await box.fill('spendng (Alphabet OR Google)');
  await unknown.filter({ hasText: 'spendng' }).waitFor();
  assert.match(await unknown.innerText(), /No article holds the word spendng: did you mean\s+spending\s*\?/);
  await page.getByTestId('search-unknown-suggestion').filter({ hasText: 'spending' }).click();
  assert.equal(await box.inputValue(), 'spending (Alphabet OR Google)');
  await page.getByTestId('search-result').first().waitFor();
  // A field the language lacks is named, with the words alone offered: they are looked
  // for in titles already (it used to say only that nothing matched).
  await box.fill('title:spendng');
  await unknown.filter({ hasText: 'title:' }).waitFor();
  // The words alone would find nothing either: what they may mean is offered.
  assert.match(await unknown.innerText(), /There is no field title:, so title:spendng was looked for as words: did you mean\s+spending\s*\?/);
  await page.getByTestId('search-unknown-suggestion').filter({ hasText: 'spending' }).click();
  assert.equal(await box.inputValue(), 'spending');
  await page.getByTestId('search-result').first().waitFor();
});

e2e('a search with more than a page of results offers the rest', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  // 25 articles that all mention turbines, each in words of its own (so none is taken for
  // a copy of another): a fixed shuffle of a small vocabulary.
  const words = ('harbour council ferry orchard quarry glacier meadow tannery foundry vineyard ' +
    'lighthouse aqueduct granary brewery canal viaduct pier mill forge kiln dairy abbey ' +
    'market bridge tunnel reservoir windmill wharf depot station').split(' ');
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < 25; i++) {
    const pick = Array.from({ length: 24 }, () => words[next() % words.length]);
    const html = articlePage({
      title: `Turbine report ${i + 1}: the ${pick[0]} and the ${pick[1]}`,
      url: `https://wind.example/reports/${i + 1}`,
      paragraphs: [`The turbine near the ${pick.slice(0, 12).join(' and the ')} was inspected in week ${i + 1}.`, `Inspectors also visited the ${pick.slice(12).join(', the ')}.`],
    });
    await rpc(app, 'ArticleClip', { source: { kind: 'html', html } });
  }
  assert.equal((await rpc(app, 'NotebookInfo')).articles, 25, 'every report is its own article');

  await page.getByTestId('search-input').fill('turbine');
  const results = page.getByTestId('search-result');
  await eventually(async () => (await results.count()) === 20, { message: 'the first page of results' });
  assert.match(await page.getByTestId('search-results').innerText(), /20\+ results/);
  await page.getByTestId('search-more').click();
  await eventually(async () => (await results.count()) === 25, { message: 'More results shows the rest' });
  assert.match(await page.getByTestId('search-results').innerText(), /25 results/);
  assert.equal(await page.getByTestId('search-more').count(), 0, 'nothing more to offer');
});

// Chinese and Japanese are written without spaces between words: a word inside a sentence
// is found from the search box, with the word marked in the snippet.
e2e('a Chinese or Japanese word inside its sentence is found and marked', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  for (const text of [
    '港口扩建计划获批\n\n市政府周一表示，港口扩建计划已经获批，预计明年开工，总投资约为十亿元。',
    '新しい港湾計画\n\n市は月曜日、港湾の拡張計画が承認されたと発表した。工事は来年始まる。',
  ]) {
    await rpc(app, 'ArticleClip', { source: { kind: 'text', text, url: null } });
  }
  const box = page.getByTestId('search-input');
  const results = page.getByTestId('search-result');
  for (const [word, title] of [
    ['明年开工', '港口扩建计划获批'],
    ['拡張計画', '新しい港湾計画'],
  ]) {
    await box.fill(word);
    await results.filter({ hasText: title }).waitFor();
    assert.equal(await results.count(), 1, `${word} finds its article only`);
    assert.deepEqual(await results.first().locator('mark').allInnerTexts(), [word], `${word} is marked whole`);
  }
});
