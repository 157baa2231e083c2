// The library on the sample notebook: filters written as a query (source, entity, theme,
// date range, unread), sorting by published date, and tagging several articles at once
// with an undo; with many tags, the most used offered and the others found by name; and a
// tag renamed in the settings (with its undo), or merged into another after a warning.
import assert from 'node:assert/strict';
import { e2e, eventually, openSample, rpc } from './harness.mjs';

e2e('filter, sort and tag several articles with undo', async (app) => {
  const { page } = app;
  await openSample(app);
  const items = page.getByTestId('library-item');
  await items.nth(14).waitFor();
  const all = await items.count();
  assert.equal(all, 15, 'the sample holds fifteen articles');

  // Sort by publication date: newest first.
  await page.getByTestId('library-sort').selectOption('published');
  await eventually(async () => /2026 spending/.test(await items.first().innerText()), {
    message: 'the newest article (30 Oct 2025) comes first',
  });

  // Source + date range narrow the list; clearing brings everything back.
  await page.getByTestId('filter-source').selectOption('Tech Courier');
  await eventually(async () => (await items.count()) < all, { message: 'a source filter narrows the list' });
  const sources = await page.getByTestId('library-item-source').allInnerTexts();
  assert.ok(sources.every((s) => s === 'Tech Courier'), `only Tech Courier remains (${sources})`);
  await page.getByTestId('filter-from').fill('2025-01-01');
  await eventually(async () => (await items.count()) === 2, { message: 'Tech Courier in 2025: two articles' });
  await page.getByTestId('filter-clear').click();
  await eventually(async () => (await items.count()) === all, { message: 'clearing the filters shows everything' });

  await page.getByTestId('filter-entity').fill('Alphabet');
  await eventually(async () => (await items.count()) > 0 && (await items.count()) < all, { message: 'an entity filter narrows' });
  await page.getByTestId('filter-clear').click();
  await page.getByTestId('filter-theme').selectOption('EU child safety rules');
  await eventually(async () => (await items.allInnerTexts()).every((t) => /age|minors|child/i.test(t)) && (await items.count()) >= 2, {
    message: 'the theme filter keeps the EU child-safety articles',
  });
  await page.getByTestId('filter-clear').click();
  await eventually(async () => (await items.count()) === all);

  // Select two, tag them, undo.
  const checks = page.getByTestId('library-select');
  await checks.nth(0).check();
  await checks.nth(1).check();
  await page.getByTestId('bulk-tag').fill('to-review');
  await page.getByTestId('bulk-tag-apply').click();
  await page.getByTestId('bulk-done').waitFor();
  await eventually(async () => (await page.locator('[data-testid="library-item"] .tag', { hasText: 'to-review' }).count()) === 2, {
    message: 'both selected articles carry the tag',
  });
  await page.getByTestId('bulk-undo').click();
  await eventually(async () => (await page.locator('[data-testid="library-item"] .tag', { hasText: 'to-review' }).count()) === 0, {
    message: 'undo takes the tag off again',
  });
});

e2e('the filters and order are as they were left after reading an article', async (app) => {
  const { page } = app;
  await openSample(app);
  const items = page.getByTestId('library-item');
  await items.nth(14).waitFor();
  await page.getByTestId('library-sort').selectOption('published');
  await page.getByTestId('filter-source').selectOption('Tech Courier');
  await page.getByTestId('filter-from').fill('2025-01-01');
  await eventually(async () => (await items.count()) === 2, { message: 'Tech Courier in 2025: two articles' });
  const shown = await items.allInnerTexts();

  await items.first().click();
  await page.getByTestId('reader').waitFor();
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-item').first().waitFor();
  assert.equal(await page.getByTestId('filter-source').inputValue(), 'Tech Courier');
  assert.equal(await page.getByTestId('filter-from').inputValue(), '2025-01-01');
  assert.equal(await page.getByTestId('library-sort').inputValue(), 'published');
  await eventually(async () => JSON.stringify(await items.allInnerTexts()) === JSON.stringify(shown), {
    message: 'the same two articles, in the same order',
  });
});

// Thousands of tags would push the list off the first screen: the library offers the 24
// most used as filters and a box that finds any other by name; so does Settings → Tags.
e2e('a notebook of many tags offers the most used and finds the others by name', async (app) => {
  const { page } = app;
  await openSample(app);
  const ids = (await rpc(app, 'ArticleList', { limit: 15 })).map((a) => a.id);
  // "watch" on every article (the most used), then 39 tags on one article each.
  await rpc(app, 'TagAddMany', { article_ids: ids, tag: 'watch' });
  for (let i = 1; i < 40; i++) await rpc(app, 'TagAddMany', { article_ids: [ids[i % ids.length]], tag: `topic-${String(i).padStart(2, '0')}` });
  await page.reload();
  const options = page.getByTestId('tag-filter-option');
  await options.first().waitFor();
  assert.equal(await options.count(), 24, 'the 24 most used tags are offered');
  const offered = await options.allInnerTexts();
  assert.ok(offered.slice(0, 2).some((t) => t.startsWith('watch')), `the most used come first (${offered.slice(0, 3)})`);
  await page.getByTestId('tag-find').fill('topic-3');
  await eventually(async () => (await options.count()) === 10, { message: 'typing finds the tags by name' });
  await options.filter({ hasText: 'topic-37' }).click();
  await eventually(async () => (await page.getByTestId('library-item').count()) === 1, { message: 'a found tag filters the list' });
  await page.getByTestId('tag-find').fill('');
  assert.ok((await options.allInnerTexts()).some((t) => t.startsWith('topic-37')), 'the tag filtered by stays offered');

  // Settings → Tags finds them by name too.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('tags-find').fill('TOPIC-3');
  await eventually(async () => (await page.getByTestId('tags-row').count()) === 10, { message: 'the tags card finds the tags by name' });
});

// Settings → Tags: a rename reaches the articles, the library's filter and the theme that
// asked for the tag; its Undo (until the page is left) renames it back; a name another tag
// has merges the two, after a warning that it cannot be undone; Escape leaves a rename
// unmade; a delete takes the tag off every article, and its Undo puts it back; a tag's name
// leads to its articles in the library.
e2e('a tag is renamed everywhere from the settings, undone, merged after a warning, deleted and put back', async (app) => {
  const { page } = app;
  await openSample(app);
  const ids = (await rpc(app, 'ArticleList', { limit: 15 })).map((a) => a.id);
  await rpc(app, 'TagAddMany', { article_ids: ids.slice(0, 3), tag: 'to-check' });
  await rpc(app, 'TagAddMany', { article_ids: ids.slice(2, 4), tag: 'Follow up' });
  await rpc(app, 'ThemeSave', { name: 'Checks', query: 'tag:to-check OR tag:nothing' });
  await page.getByTestId('nav-settings').click();
  const row = (name) => page.getByTestId('tags-row').filter({ has: page.getByTestId('tags-name').getByText(name, { exact: true }) });
  const status = page.getByTestId('tags-status');
  // The sample's own tag ("sample", on every article) aside.
  const tagsNow = async () =>
    (await rpc(app, 'TagList'))
      .filter((t) => t.name !== 'sample')
      .map((t) => `${t.name} ${t.count}`)
      .sort();

  await row('to-check').getByTestId('tag-rename').click();
  await page.getByTestId('tag-rename-input').press('Escape');
  await row('to-check').getByTestId('tag-rename').waitFor();

  await row('to-check').getByTestId('tag-rename').click();
  await page.getByTestId('tag-rename-input').fill('Checked');
  await page.getByTestId('tag-rename-input').press('Enter');
  await status.filter({ hasText: 'Renamed “to-check” to “Checked” on 3 articles.' }).waitFor();
  assert.match(await status.innerText(), /Themes now asking for it by its new name: Checks/);
  assert.deepEqual(await tagsNow(), ['Checked 3', 'Follow up 2']);
  const theme = (await rpc(app, 'ThemeList')).find((t) => t.name === 'Checks');
  assert.equal(theme.query, 'tag:Checked OR tag:nothing');
  assert.equal(theme.articles, 3, 'the theme holds the renamed tag\'s articles');
  await row('Checked').waitFor();

  // The undo is there until the page is left.
  await page.getByTestId('tags-undo').click();
  await status.filter({ hasText: 'Renamed “Checked” back to “to-check”.' }).waitFor();
  assert.deepEqual(await tagsNow(), ['Follow up 2', 'to-check 3']);
  assert.equal((await rpc(app, 'ThemeList')).find((t) => t.name === 'Checks').query, 'tag:to-check OR tag:nothing');

  await row('to-check').getByTestId('tag-rename').click();
  await page.getByTestId('tag-rename-input').fill('Checked');
  await page.getByTestId('tag-rename-save').click();
  await status.filter({ hasText: 'Renamed “to-check” to “Checked”' }).waitFor();
  await page.getByTestId('nav-library').click();
  await page.getByTestId('tag-filter-option').filter({ hasText: 'Checked' }).click();
  await eventually(async () => (await page.getByTestId('library-item').count()) === 3, {
    message: 'the library filters by the new name',
  });

  await page.getByTestId('nav-settings').click();
  await row('Checked').getByTestId('tag-rename').click();
  await page.getByTestId('tag-rename-input').fill('follow UP');
  await page.getByTestId('tag-rename-input').press('Enter');
  await page.getByTestId('tag-merge-warning').filter({ hasText: 'cannot be undone' }).waitFor();
  await page.getByTestId('tag-rename-input').press('Enter');
  await page.waitForTimeout(300);
  assert.deepEqual(await tagsNow(), ['Checked 3', 'Follow up 2'], 'nothing merges before the user says so, Enter neither');
  await page.getByTestId('tag-merge').click();
  await status.filter({ hasText: 'Merged “Checked” into “Follow up”: 4 articles carry it now.' }).waitFor();
  assert.equal(await page.getByTestId('tags-undo').count(), 0, 'a merge offers no undo');
  assert.deepEqual(await tagsNow(), ['Follow up 4']);
  assert.equal(await row('Checked').count(), 0);
  assert.equal((await rpc(app, 'ThemeList')).find((t) => t.name === 'Checks').query, 'tag:"Follow up" OR tag:nothing', 'asked for by the name it has');

  // The library was left filtered by "Checked": it is filtered by the tag it became.
  await page.getByTestId('nav-library').click();
  await page.getByTestId('tag-filter-option').filter({ hasText: 'Follow up' }).and(page.locator('[aria-pressed="true"]')).waitFor();
  await eventually(async () => (await page.getByTestId('library-item').count()) === 4, {
    message: 'the library shows the merged tag\'s four articles',
  });

  // Delete takes it off every article, and names the theme still asking for it; Undo puts
  // it back.
  await page.getByTestId('nav-settings').click();
  await row('Follow up').getByTestId('tag-delete').click();
  await status.filter({ hasText: 'Took “Follow up” off 4 articles.' }).waitFor();
  assert.match(await status.innerText(), /Still asking for it in their queries: Checks/);
  assert.deepEqual(await tagsNow(), []);
  // The pressed Delete went with its row: the focus is on the Undo, which Enter presses.
  await eventually(async () => page.getByTestId('tags-undo').evaluate((el) => el === document.activeElement), {
    message: 'the Undo has the focus',
  });
  await page.keyboard.press('Enter');
  await status.filter({ hasText: 'Put “Follow up” back on 4 articles.' }).waitFor();
  assert.deepEqual(await tagsNow(), ['Follow up 4']);

  // A tag's name leads to its articles in the library (its delete left the library
  // unfiltered).
  await row('Follow up').getByTestId('tags-name').click();
  await page.getByTestId('tag-filter-option').filter({ hasText: 'Follow up' }).and(page.locator('[aria-pressed="true"]')).waitFor();
  await eventually(async () => (await page.getByTestId('library-item').count()) === 4, {
    message: 'the library shows the tag\'s articles',
  });
});

// A tag only a feed carries so far (its items not fetched yet) is in the Tags card with its
// feed, to rename or delete, but not in the library's filter, where it would find nothing.
// Undo takes back the card's changes one by one, the last first.
e2e('a tag only a feed carries is managed in the settings, and each change is undone in turn', async (app) => {
  const { page } = app;
  await openSample(app);
  const ids = (await rpc(app, 'ArticleList', { limit: 3 })).map((a) => a.id);
  await rpc(app, 'TagAddMany', { article_ids: ids, tag: 'ports' });
  // Port 9 refuses the poller: the feed's tag stays on the feed alone.
  await rpc(app, 'FeedImportOpml', {
    text: '<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" text="Harbour news" xmlUrl="http://127.0.0.1:9/harbour.xml" category="Harbour watch"/></body></opml>',
  });
  await page.getByTestId('nav-settings').click();
  const row = (name) => page.getByTestId('tags-row').filter({ has: page.getByTestId('tags-name').getByText(name, { exact: true }) });
  const status = page.getByTestId('tags-status');
  await row('Harbour watch').getByTestId('tags-count').filter({ hasText: /^1 feed$/ }).waitFor();
  assert.equal(await row('Harbour watch').getByRole('button', { name: 'Harbour watch', exact: true }).count(), 0, 'no articles to lead to');

  await row('Harbour watch').getByTestId('tag-rename').click();
  await page.getByTestId('tag-rename-input').fill('Port watch');
  await page.getByTestId('tag-rename-input').press('Enter');
  await status.filter({ hasText: 'Renamed “Harbour watch” to “Port watch” on 1 feed.' }).waitFor();
  assert.deepEqual((await rpc(app, 'FeedList')).map((f) => f.tags), [['Port watch']]);

  await row('ports').getByTestId('tag-delete').click();
  await status.filter({ hasText: 'Took “ports” off 3 articles.' }).waitFor();
  assert.equal(await page.getByTestId('tags-undo').getAttribute('aria-label'), 'Undo the delete of “ports”');

  // Undo, the last change first: the delete, then the rename (the button keeps the focus).
  await page.getByTestId('tags-undo').click();
  await status.filter({ hasText: 'Put “ports” back on 3 articles.' }).waitFor();
  assert.equal(await page.getByTestId('tags-undo').getAttribute('aria-label'), 'Undo the rename of “Harbour watch” to “Port watch”');
  await page.keyboard.press('Enter');
  await status.filter({ hasText: 'Renamed “Port watch” back to “Harbour watch”.' }).waitFor();
  assert.equal(await page.getByTestId('tags-undo').count(), 0, 'nothing more to undo');
  assert.deepEqual((await rpc(app, 'FeedList')).map((f) => f.tags), [['Harbour watch']]);
  assert.deepEqual(
    (await rpc(app, 'TagList')).filter((t) => t.name !== 'sample').map((t) => [t.name, t.count, t.feeds]),
    [['ports', 3, 0], ['Harbour watch', 0, 1]],
  );

  await page.getByTestId('nav-library').click();
  await page.getByTestId('tag-filter-option').filter({ hasText: 'ports' }).waitFor();
  assert.equal(await page.getByTestId('tag-filter-option').filter({ hasText: 'Harbour watch' }).count(), 0, 'the filter offers tags with articles');
});
