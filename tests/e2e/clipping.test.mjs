// Clipping without the clip box: a saved page dropped on the window, and Ctrl+V (a paste
// event) outside a text field; a paste inside a text field stays ordinary typing.
import assert from 'node:assert/strict';
import { e2e, articlePage, eventually, rpc } from './harness.mjs';

const page1 = articlePage({
  title: 'Reservoir operator plans new pipeline to ease summer shortages',
  url: 'https://ledger.example/uk/2025/06/02/pipeline',
  published: '2025-06-02T07:00:00Z',
  paragraphs: [
    'The regional water company said on Monday it would build a forty-mile pipeline linking two reservoirs, after a dry spring left levels well below average.',
    'Engineers expect construction to start in 2026 and to finish within three years, at a cost of about £400 million.',
    'Customers will not see higher bills before the project is complete, the company said.',
  ],
});

const page2 = articlePage({
  title: 'City council approves late-night bus routes for shift workers',
  url: 'https://ledger.example/local/2025/06/03/night-buses',
  published: '2025-06-03T18:00:00Z',
  paragraphs: [
    'The city council approved four late-night bus routes on Tuesday, aimed at hospital and warehouse staff who finish work after midnight.',
    'The routes will run for a twelve-month trial starting in September, and the council will publish ridership figures every quarter.',
    'Unions welcomed the decision but said the trial should include weekends.',
  ],
});

e2e('a saved page dropped on the window is clipped and opened', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  const dt = await page.evaluateHandle((html) => {
    const data = new DataTransfer();
    data.items.add(new File([html], 'pipeline.html', { type: 'text/html' }));
    return data;
  }, page1);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: dt });
  await page.getByTestId('drop-overlay').waitFor();
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
  await page.getByTestId('reader-title').filter({ hasText: 'Reservoir operator plans new pipeline' }).waitFor();
  await page.getByTestId('drop-overlay').waitFor({ state: 'detached' });
  assert.match(await page.getByTestId('reader-body').innerText(), /forty-mile pipeline/);
});

e2e('text dragged within the reader is not taken for a drop to clip', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  await page.getByTestId('clip-box').fill(page1);
  await page.getByTestId('clip-button').click();
  await page.getByTestId('library-item').first().click();
  await page.getByTestId('reader-body').waitFor();
  // What Chromium sends when selected words are dragged a little: dragstart on the text,
  // dragover and drop on the page, dragend; the data is the selection itself.
  const dt = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'forty-mile pipeline linking two reservoirs');
    data.setData('text/html', '<span>forty-mile pipeline linking two reservoirs</span>');
    return data;
  });
  await page.dispatchEvent('[data-testid="reader-body"] p', 'dragstart', { dataTransfer: dt });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: dt });
  assert.equal(await page.getByTestId('drop-overlay').count(), 0, 'no "Drop to clip" for a drag begun in the page');
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
  await page.dispatchEvent('[data-testid="reader-body"] p', 'dragend', { dataTransfer: dt });
  assert.equal(await page.getByTestId('clip-status').innerText(), '', 'nothing was clipped');
  assert.equal((await rpc(app, 'NotebookInfo')).articles, 1, 'still one article');

  // A drop from outside the page after it is clipped as before.
  const file = await page.evaluateHandle((html) => {
    const data = new DataTransfer();
    data.items.add(new File([html], 'buses.html', { type: 'text/html' }));
    return data;
  }, page2);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: file });
  await page.getByTestId('drop-overlay').waitFor();
  await page.dispatchEvent('main', 'drop', { dataTransfer: file });
  await page.getByTestId('reader-title').filter({ hasText: 'late-night bus routes' }).waitFor();
});

e2e('Ctrl+V outside a text field clips the clipboard; inside one it pastes', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();

  // Inside the clip box a paste is just typing: nothing is clipped.
  await page.getByTestId('clip-box').focus();
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, page2);
  assert.equal(await page.getByTestId('clip-status').innerText(), '', 'a paste into a text field is not a clip');

  await page.locator('h1').click();
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, page2);
  await page.getByTestId('reader-title').filter({ hasText: 'late-night bus routes' }).waitFor();
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-item').first().waitFor();
  assert.equal(await page.getByTestId('library-item').count(), 1, 'one paste, one article');

  // A paste made by mistake is taken back with the Undo it shows.
  await page.getByTestId('clip-made').filter({ hasText: 'late-night bus routes' }).waitFor();
  await page.getByTestId('clip-made-undo').click();
  await page.getByTestId('library-empty').waitFor();
  assert.equal((await rpc(app, 'NotebookInfo')).articles, 0, 'the pasted article is deleted');
});

e2e('a copied selection of a news page is split into its stories by its text', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  // What a browser puts on the clipboard for a selection: an HTML fragment and its text.
  const stories = [
    ['Harbour authority reopens northern shipping lane', 'Reuters', '2 hours ago',
      'The port authority said on Tuesday that the northern lane would reopen to cargo traffic from Wednesday morning, after divers cleared the debris left by the storm.'],
    ['Central bank holds rates steady as inflation eases', 'Bloomberg', '4 hours ago',
      'The central bank kept its benchmark rate unchanged for a third meeting, saying price pressures had eased but remained above its target.'],
  ];
  const text = stories.map((s) => s.join('\n')).join('\n\n');
  const html = `<meta charset="utf-8"><div class="feed">${stories
    .map(([h, o, t, p]) => `<article><h3>${h}</h3><span>${o}</span> <time>${t}</time><p>${p}</p></article>`)
    .join('')}</div>`;
  await page.locator('h1').click();
  await page.evaluate(([html, text]) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [html, text]);
  await page.getByTestId('reader-title').filter({ hasText: 'Harbour authority' }).waitFor();
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-item').nth(1).waitFor();
  const items = await page.getByTestId('library-item').allInnerTexts();
  assert.equal(items.length, 2, `one article per story: ${items.join(' | ')}`);
  assert.ok(items.some((t) => /Central bank holds rates/.test(t) && /Bloomberg/.test(t)), items.join(' | '));
  assert.ok(items.some((t) => /Harbour authority/.test(t) && /Reuters/.test(t)), items.join(' | '));
});

e2e("a pasted page's standfirst shows under the Reader's title, apart from the text", async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  const dek = 'The works will close the old quay for eight months while the deck is rebuilt';
  const text = [
    'News',
    'Local',
    'Harbour board approves repairs to the old quay after storm damage',
    dek,
    'Iris Penhallow',
    '14 July 2025 08:30',
    'The harbour board has approved a £3 million repair of the old quay, whose timber deck was split by the storm in March.',
    '',
    'Fishing crews that use the quay will move to the east pontoon during the works, the board said.',
  ].join('\n');
  await page.locator('h1').click();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await page.getByTestId('reader-title').filter({ hasText: 'Harbour board approves repairs' }).waitFor();
  assert.equal(await page.getByTestId('reader-dek').innerText(), dek);
  const body = await page.getByTestId('reader-body').innerText();
  assert.match(body, /^The harbour board has approved/);
  assert.ok(!body.includes('close the old quay for eight months'), body);
});

e2e('tags typed beside a clip go on its article, and not on the next clip', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  await page.getByTestId('clip-box').fill(page1);
  await page.getByTestId('clip-tags').fill('water, Infrastructure');
  await page.getByTestId('clip-button').click();
  const items = page.getByTestId('library-item');
  await items.first().waitFor();
  assert.deepEqual(
    (await items.first().locator('.tag').allInnerTexts()).map((t) => t.trim()).sort(),
    ['Infrastructure', 'water'],
    'the clip carries its tags',
  );
  assert.equal(await page.getByTestId('clip-tags').inputValue(), '', 'the tags field is empty for the next clip');
  await page.getByTestId('clip-box').fill(page2);
  await page.getByTestId('clip-button').click();
  await eventually(async () => (await items.count()) === 2);
  const second = items.filter({ hasText: 'late-night bus routes' });
  assert.equal(await second.locator('.tag').count(), 0, 'the next clip carries no tags of the first');
});
