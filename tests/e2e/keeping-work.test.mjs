// What the reader typed or chose is not lost, and the page does what the screen shows: a
// note's draft survives leaving the article; a memo deleted while being edited leaves an
// editor that still saves; a theme renamed and then refused keeps working; Enter in the
// search box answers the query typed, not the results of an earlier one; shortcuts still
// work after a click on a checkbox.
import assert from 'node:assert/strict';
import { e2e, eventually, openSample, rpc } from './harness.mjs';

const ARTICLE = 'Zuckerberg says Meta will spend up to $65 billion';

async function openArticle(page) {
  await page.getByTestId('library-item').filter({ hasText: ARTICLE }).click();
  await page.getByTestId('reader').waitFor();
}

e2e("a note's draft survives leaving the article and coming back", async (app) => {
  const { page } = app;
  await openSample(app);
  await openArticle(page);
  await page.getByTestId('note-input').fill('Half a thought about the capex range');
  await page.keyboard.press('Escape');
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-item').first().waitFor();
  await openArticle(page);
  assert.equal(await page.getByTestId('note-input').inputValue(), 'Half a thought about the capex range');
  await page.getByTestId('note-add').click();
  await page.getByTestId('note').filter({ hasText: 'Half a thought' }).waitFor();
  assert.equal(await page.getByTestId('note-input').inputValue(), '', 'a saved note leaves no draft');
  await page.reload();
  await page.getByTestId('reader').waitFor();
  assert.equal(await page.getByTestId('note-input').inputValue(), '');
});

e2e('a memo deleted while it is edited leaves an editor that saves a new memo', async (app) => {
  const { page } = app;
  await openSample(app);
  await openArticle(page);
  await page.getByTestId('memo-body').fill('First take on the story.');
  await page.getByTestId('memo-save').click();
  const memo = page.getByTestId('memo').filter({ hasText: 'First take' });
  await memo.waitFor();
  await memo.getByRole('button', { name: 'Edit' }).click();
  assert.equal(await page.getByTestId('memo-body').inputValue(), 'First take on the story.');
  await memo.getByRole('button', { name: 'Delete' }).click();
  await memo.waitFor({ state: 'detached' });
  await page.getByTestId('memo-body').fill('Second take, after all.');
  await page.getByTestId('memo-save').click();
  await page.getByTestId('memo').filter({ hasText: 'Second take' }).waitFor();
  assert.equal(await page.getByTestId('error-banner').count(), 0, 'no "there is no memo" error');
  // Cancel leaves an edit without saving it.
  await page.getByTestId('memo').getByRole('button', { name: 'Edit' }).click();
  await page.getByTestId('memo-body').fill('Changed my mind');
  await page.getByTestId('memo-cancel').click();
  assert.equal(await page.getByTestId('memo-body').inputValue(), '');
  assert.equal(await page.getByTestId('memo').filter({ hasText: 'Second take' }).count(), 1);
});

e2e('a theme renamed, then refused for its query, saves once the query is fixed', async (app) => {
  const { page } = app;
  await openSample(app);
  await page.getByTestId('nav-themes').click();
  await page.getByTestId('theme-name').fill('Alphabet spending');
  await page.getByTestId('theme-query').fill('entity:Alphabet');
  await page.getByTestId('theme-save').click();
  await page.getByTestId('theme-item').filter({ hasText: 'Alphabet spending' }).waitFor();

  await page.getByTestId('theme-item').locator('button', { hasText: 'Alphabet spending' }).click();
  await page.getByTestId('theme-name').fill('Alphabet capex');
  // A theme may not name another theme: the engine refuses the save after the rename.
  await page.getByTestId('theme-query').fill('entity:Alphabet theme:Other');
  await page.getByTestId('theme-save').click();
  await page.getByTestId('error-banner').waitFor();
  await page.getByTestId('theme-item').filter({ hasText: 'Alphabet capex' }).waitFor();
  await page.getByTestId('error-dismiss').click();

  await page.getByTestId('theme-query').fill('entity:Alphabet capex');
  await page.getByTestId('theme-save').click();
  await eventually(async () => {
    const theme = (await rpc(app, 'ThemeList')).find((t) => t.name === 'Alphabet capex');
    return theme?.query === 'entity:Alphabet capex';
  }, { message: 'the second save reaches the renamed theme' });
  assert.equal(await page.getByTestId('error-banner').count(), 0, 'no "no theme called" error');
  assert.equal(await page.getByTestId('theme-item').filter({ hasText: 'Alphabet spending' }).count(), 0);
});

e2e('Enter in the search box answers the query typed, not an earlier one', async (app) => {
  const { page } = app;
  await openSample(app);
  const box = page.getByTestId('search-input');
  await box.fill('Alphabet');
  await page.getByTestId('search-result').first().waitFor();
  const before = page.url();
  // Enter at once, before the new query's results come: nothing of "Alphabet" opens.
  await box.fill('Alphabet zzqqxxnothing');
  await box.press('Enter');
  await page.getByTestId('search-result').first().waitFor({ state: 'detached' });
  assert.equal(page.url(), before, 'no article of the earlier results opened');
});

e2e('shortcuts still work after a click on a row checkbox', async (app) => {
  const { page } = app;
  await openSample(app);
  await page.getByTestId('library-select').first().click();
  await page.getByTestId('bulk-count').filter({ hasText: '1 selected' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('bulk-count').waitFor({ state: 'detached' });
  await page.keyboard.press('?');
  await page.getByText('Keyboard shortcuts').waitFor();
});

e2e('a theme deleted just before the tab closes is deleted, as its Undo said', async (app) => {
  const { page } = app;
  await openSample(app);
  await page.getByTestId('nav-themes').click();
  const first = page.getByTestId('theme-item').first();
  await first.waitFor();
  const name = (await rpc(app, 'ThemeList'))[0].name;
  await page.getByTestId('theme-item').filter({ hasText: name }).getByTestId('theme-delete').click();
  await page.getByTestId('theme-deleted').waitFor();
  assert.ok((await rpc(app, 'ThemeList')).some((t) => t.name === name), 'held back while its Undo shows');
  await page.close({ runBeforeUnload: true });
  await eventually(async () => !(await rpc(app, 'ThemeList')).some((t) => t.name === name), {
    message: 'closing the tab carries the delete out',
  });
});

e2e('articles deleted from the library just before the tab closes are deleted, as their Undo said', async (app) => {
  const { page } = app;
  await openSample(app);
  const before = (await rpc(app, 'NotebookInfo')).articles;
  await page.getByTestId('library-select').first().click();
  await page.getByTestId('bulk-delete').click();
  await page.getByTestId('bulk-deleted').waitFor();
  assert.equal((await rpc(app, 'NotebookInfo')).articles, before, 'held back while its Undo shows');
  await page.close({ runBeforeUnload: true });
  await eventually(async () => (await rpc(app, 'NotebookInfo')).articles === before - 1, {
    message: 'closing the tab carries the delete out',
  });
});

e2e('the note box keeps the caret after a save, and Escape closes the citation picker', async (app) => {
  const { page } = app;
  await openSample(app);
  await openArticle(page);
  await page.getByTestId('note-input').fill('First note');
  await page.getByTestId('note-input').press('Control+Enter');
  await page.getByTestId('note').filter({ hasText: 'First note' }).waitFor();
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    'note-input',
    'the next note can be typed at once',
  );
  await page.keyboard.type('Second note');
  assert.equal(await page.getByTestId('note-input').inputValue(), 'Second note');

  // The citation picker takes the focus when it opens and gives it back to its button.
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  await page.getByTestId('memo-cite').click();
  await page.getByTestId('cite-query').waitFor();
  await eventually(async () => (await focused()) === 'cite-query', { message: 'the picker takes the focus' });
  await page.keyboard.press('Escape');
  await page.getByTestId('citation-picker').waitFor({ state: 'detached' });
  assert.equal(await focused(), 'memo-cite', 'the focus is back on its button');
});
