// Entities and themes on the sample notebook: a merge is previewed before it is applied,
// and a theme's query previews the articles it matches as it is typed; names the registry
// does not know are suggested, added or dismissed.
import assert from 'node:assert/strict';
import { articlePage, clip, e2e, eventually, openSample, rpc, rpcQuiet, trackRpc } from './harness.mjs';

e2e('merging one entity into another shows the effect first, then applies it', async (app) => {
  const { page } = app;
  await openSample(app);
  await page.getByTestId('nav-entities').click();
  const row = (name) => page.locator(`[data-testid="entity-row"][data-entity="${name}"]`);
  await row('Facebook').waitFor();
  const count = async (name) => Number(await row(name).getByTestId('entity-count').innerText());
  const metaBefore = await count('Meta');

  await row('Facebook').getByRole('button', { name: 'Facebook' }).click();
  await page.getByTestId('entity-action-merge').check();
  await page.getByTestId('entity-value').fill('Meta');
  const preview = page.getByTestId('entity-preview');
  assert.match(await preview.innerText(), /Facebook \(\d+ articles?\) joins Meta/, 'the preview says what moves where');
  await eventually(async () => /\d+ articles? and \d+ timeline events? move to Meta \(\d+ of those articles already mentions? it\)/.test(await preview.innerText()), {
    message: "the engine's counts of what moves are in the preview",
  });
  assert.equal(await row('Facebook').count(), 1, 'nothing changed before Apply');

  await page.getByTestId('entity-apply').click();
  await row('Facebook').waitFor({ state: 'detached' });
  assert.ok((await count('Meta')) >= metaBefore, 'Meta keeps its articles and gains the merged ones');
  await eventually(async () => (await page.getByTestId('entity-edit').innerText()).includes('Facebook'), {
    message: 'Facebook is now an alias of Meta',
  });

  // An entity of one's own, with an alias, joins the list. Its form is one row of
  // controls of one height on a wide window (each field took a line of its own).
  const boxes = await Promise.all(
    ['entity-new-name', 'entity-new-kind', 'entity-add'].map((id) => page.getByTestId(id).boundingBox()),
  );
  for (const box of boxes) {
    assert.ok(Math.abs(box.y - boxes[0].y) < 1 && Math.abs(box.height - boxes[0].height) < 1, `the add form is one row: ${JSON.stringify(boxes)}`);
  }
  await page.getByTestId('entity-new-name').fill('Northwind Capital');
  await page.getByTestId('entity-new-kind').selectOption('company');
  await page.locator('#entity-new-aliases').fill('NWC');
  await page.getByTestId('entity-add').click();
  await row('Northwind Capital').waitFor();
  assert.match(await row('Northwind Capital').innerText(), /NWC/, 'the alias is listed with it');

  // Rejecting shows what it means first, then the entity leaves the list.
  await page.getByTestId('entity-action-reject').check();
  assert.match(await page.getByTestId('entity-preview').innerText(), /leaves every lane/);
  await page.getByTestId('entity-apply').click();
  await row('Northwind Capital').waitFor({ state: 'detached' });

  // ...and Undo takes the rejection back: the entity returns with its alias.
  assert.match(await page.getByTestId('entity-rejected').innerText(), /Rejected Northwind Capital/);
  await page.getByTestId('entity-reject-undo').click();
  await row('Northwind Capital').waitFor();
  assert.match(await row('Northwind Capital').innerText(), /NWC/, 'restored with its alias');
  assert.equal(await page.getByTestId('entity-rejected').count(), 0, 'the Undo goes once used');
});

e2e('a theme query previews its articles live and is saved with a colour', async (app) => {
  const { page } = app;
  await openSample(app);
  await page.getByTestId('nav-themes').click();
  await page.getByTestId('theme-item').nth(1).waitFor();
  assert.equal(await page.getByTestId('theme-item').count(), 2, 'the sample comes with two themes');

  await page.getByTestId('theme-name').fill('Alphabet spending');
  await page.getByTestId('theme-query').fill('entity:Alphabet');
  await page.getByTestId('theme-preview-item').first().waitFor();
  const broad = await page.getByTestId('theme-preview-item').count();
  await page.getByTestId('theme-query').fill('entity:Alphabet "capital expenditures"');
  await eventually(async () => (await page.getByTestId('theme-preview-item').count()) < broad, {
    message: 'a narrower query previews fewer articles',
  });
  const titles = await page.getByTestId('theme-preview-item').allInnerTexts();
  assert.ok(titles.some((t) => /Alphabet/.test(t)), 'the preview lists Alphabet articles');
  assert.ok((await page.getByTestId('theme-preview-item').locator('mark').count()) > 0, 'snippets mark the matches');

  await page.getByTestId('theme-query').fill('entity:Alphabet (');
  await page.getByTestId('theme-preview-error').waitFor();

  await page.getByTestId('theme-query').fill('entity:Alphabet "capital expenditures"');
  await page.getByTestId('theme-color').fill('#15803d');
  await page.getByTestId('theme-save').click();
  await page.getByTestId('theme-item').filter({ hasText: 'Alphabet spending' }).waitFor();
  // A new theme saved empties the form for the next: a name typed now makes another theme
  // (it used to rename the one just saved and replace its query).
  await page.getByTestId('theme-saved').filter({ hasText: 'Saved the theme “Alphabet spending”' }).waitFor();
  assert.equal(await page.getByTestId('theme-name').inputValue(), '');
  assert.equal(await page.getByTestId('theme-query').inputValue(), '');
  assert.equal((await page.getByTestId('theme-save').innerText()).trim(), 'Save theme');
  assert.equal((await page.getByTestId('theme-mode').innerText()).trim(), 'New theme');

  // A saved search asks for the theme: it follows the rename, and the delete names it.
  await rpc(app, 'SavedSearchSave', { name: 'Capex reading', query: 'theme:"Alphabet spending" is:unread' });
  // A new name for the theme being edited renames it: no second theme is made.
  await page.getByTestId('theme-item').locator('button', { hasText: 'Alphabet spending' }).click();
  await page.getByTestId('theme-name').fill('Alphabet capex');
  assert.equal((await page.getByTestId('theme-save').innerText()).trim(), 'Rename and save');
  assert.match(await page.getByTestId('theme-mode').innerText(), /Editing Alphabet spending/);
  assert.equal(await page.locator('[data-testid="theme-item"][aria-current="true"]').innerText().then((t) => t.includes('Alphabet spending')), true, 'the list marks the theme being edited');
  await page.getByTestId('theme-save').click();
  await page.getByTestId('theme-item').filter({ hasText: 'Alphabet capex' }).waitFor();
  assert.equal(await page.getByTestId('theme-item').count(), 3, 'renamed, not copied');
  assert.deepEqual((await rpc(app, 'ThemeList')).map((t) => t.name).filter((n) => n.startsWith('Alphabet')), ['Alphabet capex']);

  // Deleting hides the theme at once with an Undo; Undo keeps it, in the notebook too.
  const item = page.getByTestId('theme-item').filter({ hasText: 'Alphabet capex' });
  await item.getByTestId('theme-delete').click();
  await item.waitFor({ state: 'detached' });
  await page
    .getByTestId('theme-deleted')
    .filter({ hasText: 'The saved search “Capex reading” asks for it and will find nothing.' })
    .waitFor();
  await page.getByTestId('theme-delete-undo').click();
  await item.waitFor();
  // Deleted again and the page left: the delete is carried out.
  await item.getByTestId('theme-delete').click();
  await page.getByTestId('theme-deleted').waitFor();
  await page.getByTestId('nav-entities').click();
  // Well inside the Undo's 10 s: the leaving, not the timer, deletes it.
  await eventually(async () => !(await rpc(app, 'ThemeList')).some((t) => t.name === 'Alphabet capex'), {
    timeout: 4000,
    message: 'leaving the page deletes the theme for good',
  });
  assert.equal((await rpc(app, 'ThemeList')).length, 2, "the sample's own themes stay");

  // A new theme under a name another theme has is refused: saving would change that theme.
  await page.getByTestId('nav-themes').click();
  const [first] = await rpc(app, 'ThemeList');
  const again = first.name.toUpperCase();
  await page.getByTestId('theme-name').fill(again);
  await page.getByTestId('theme-query').fill('entity:Alphabet');
  await page.getByTestId('theme-name-taken').waitFor();
  assert.ok(await page.getByTestId('theme-save').isDisabled(), 'Save waits for another name');
  // ...but the name of a theme waiting in its Undo window is free, and the new theme is
  // not taken away when the old one's delete is carried out.
  await page.getByTestId('theme-item').filter({ hasText: first.name }).getByTestId('theme-delete').click();
  await page.getByTestId('theme-deleted').waitFor();
  assert.equal(await page.getByTestId('theme-name-taken').count(), 0);
  await page.getByTestId('theme-save').click();
  await page.getByTestId('theme-item').filter({ hasText: 'entity:Alphabet' }).waitFor();
  await page.getByTestId('nav-entities').click();
  await page.getByTestId('entity-row').first().waitFor();
  const after = await rpc(app, 'ThemeList');
  assert.deepEqual(
    after.filter((t) => t.name.toLowerCase() === again.toLowerCase()).map((t) => [t.name, t.query]),
    [[again, 'entity:Alphabet']],
    'the new theme stays, the old one is gone',
  );
});

e2e('a long theme name wraps beside its actions, not above them', async (app) => {
  const { page } = app;
  await openSample(app);
  // A long name wraps in its own column: its count, timeline link and delete stay on its
  // first line, and the query under it.
  await page.getByTestId('nav-themes').click();
  await page.getByTestId('theme-item').first().waitFor();
  await page.getByTestId('theme-name').fill('Alphabet spending on data centres, chips and power purchase agreements');
  await page.getByTestId('theme-query').fill('entity:Alphabet');
  await page.getByTestId('theme-save').click();
  const long = page.getByTestId('theme-item').filter({ hasText: 'power purchase agreements' });
  await long.waitFor();
  const name = await long.getByTestId('theme-edit').boundingBox();
  const link = await long.getByTestId('theme-timeline').boundingBox();
  const del = await long.getByTestId('theme-delete').boundingBox();
  const query = await long.locator('code').boundingBox();
  assert.ok(name.height > 1.5 * link.height, `the long name wraps (${name.height} px high)`);
  for (const [what, box] of [['timeline link', link], ['delete', del]]) {
    assert.ok(box.y < name.y + link.height, `the ${what} sits on the name's first line (${box.y} vs ${name.y})`);
    assert.ok(box.x > name.x + name.width - 1, `the ${what} is right of the name`);
  }
  assert.ok(query.y >= name.y + name.height - 1, 'the query is under the name');
});

e2e('the keyboard drives the library: j/k move, o opens, ? lists the keys, g t goes to the timeline', async (app) => {
  const { page } = app;
  await openSample(app);
  await page.getByTestId('library-item').first().waitFor();
  await page.locator('h1').click();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-article-id'));
  const second = await page.getByTestId('library-item').nth(0).getAttribute('data-article-id');
  assert.equal(focused, second, 'j j k lands on the first article, focused');
  assert.ok(
    await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle !== 'none'),
    'the focused article shows a focus ring',
  );
  await page.keyboard.press('o');
  await page.getByTestId('reader').waitFor();
  assert.ok(page.url().endsWith(`#/article/${second}`));

  await page.keyboard.press('?');
  await page.getByTestId('shortcut-sheet').waitFor();
  assert.match(await page.getByTestId('shortcut-sheet').innerText(), /Go to the timeline/);
  // It opens at its top, its heading focused (the browser focused Close, at the bottom).
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'keys-heading');
  assert.equal(await page.getByTestId('shortcut-sheet').locator('.card').evaluate((c) => c.scrollTop), 0);
  // The sheet holds the focus: Tab does not reach the page behind, nor do the page's keys.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    assert.ok(
      await page.evaluate(() => !!document.activeElement?.closest('[data-testid="shortcut-sheet"]') || document.activeElement === document.body),
      'Tab stays in the sheet',
    );
  }
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  assert.ok(page.url().endsWith(`#/article/${second}`), 'keys for the page wait while the sheet shows');
  await page.keyboard.press('Escape');
  await page.getByTestId('shortcut-sheet').waitFor({ state: 'detached' });
  // Closed by its button, the sheet gives the focus back to where it was.
  await page.getByTestId('nav-library').focus();
  await page.keyboard.press('?');
  await page.getByTestId('shortcut-sheet').getByRole('button', { name: /Close/ }).click();
  await page.getByTestId('shortcut-sheet').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'nav-library', 'the focus is back');

  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await page.getByTestId('timeline-canvas').waitFor();
  assert.match(page.url(), /#\/timeline(\?|$)/, 'g t opens the timeline (its lanes written after the ?)');
});

e2e('names that look like entities are suggested, and can be added or dismissed', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await clip(
    page,
    articlePage({
      title: 'Warehouse robot maker raises $40 million',
      paragraphs: [
        'Corvallis Robotics Inc. said on Monday it had raised $40 million from investors to build warehouse robots, its first outside funding since it was founded in 2019.',
        'Chief Executive Officer Priya Raman said the money would pay for two new factories and for hiring engineers in Oregon over the next year.',
        'The company sells its robots to grocery chains and parcel carriers and plans to enter Europe next year, Raman said.',
        'Chief Financial Officer Tomas Berg said the company expected to break even in 2027.',
      ],
    }),
  );
  await page.getByTestId('library-item-title').first().waitFor();
  await page.getByTestId('nav-entities').click();
  const suggestion = (name) => page.locator(`[data-testid="entity-suggestion"][data-name="${name}"]`);
  await suggestion('Corvallis Robotics').waitFor();
  await suggestion('Priya Raman').waitFor();

  await suggestion('Priya Raman').getByTestId('suggestion-dismiss').click();
  await suggestion('Priya Raman').waitFor({ state: 'detached' });

  await suggestion('Corvallis Robotics').getByTestId('suggestion-add').click();
  const row = page.locator('[data-testid="entity-row"][data-entity="Corvallis Robotics"]');
  await row.waitFor();
  assert.equal(Number(await row.getByTestId('entity-count').innerText()), 1, 'the new entity is found in the clipped article');
  await suggestion('Corvallis Robotics').waitFor({ state: 'detached' });

  // A dismissed name stays dismissed after a reload. The suggestions come after the entity
  // list: the name left alone shows they have, so the count is not taken before.
  await page.reload();
  await page.getByTestId('entity-row').first().waitFor();
  await suggestion('Tomas Berg').waitFor();
  assert.equal(await suggestion('Priya Raman').count(), 0, 'the dismissed name is not offered again');
});

e2e('the first few suggestions show above the tracked entities, the rest behind a button', async (app) => {
  const { page } = app;
  await openSample(app);
  // The sample's names are tracked already: an article naming eight companies it does not
  // know brings suggestions.
  const makers = ['Alder', 'Birchwood', 'Cedarline', 'Dunmore', 'Elmstead', 'Fernhill', 'Glenrock', 'Hazelton'];
  await clip(
    page,
    articlePage({
      title: 'Eight robot makers join a warehouse automation pact',
      paragraphs: makers.map(
        (m, i) => `${m} Robotics Inc. said on Monday it would join the pact, adding ${i + 2} factories to the group's plans for warehouse robots over the next year.`,
      ),
    }),
  );
  // The sample's own articles are listed already: wait for this one (the suggestions were
  // once asked for before it was stored).
  await page.getByTestId('library-item-title').filter({ hasText: 'Eight robot makers' }).waitFor();
  const all = await eventually(async () => {
    const found = await rpc(app, 'EntitySuggestions', { limit: 30 });
    return found.length > 5 && found;
  }, { message: 'the article brings more than a few suggestions' });
  await page.getByTestId('nav-entities').click();
  const items = page.getByTestId('entity-suggestion');
  await items.first().waitFor();
  assert.equal(await items.count(), 5, 'five show at first');
  // The tracked entities are within reach: the list starts a screen or so down, not pages.
  const table = await page.getByTestId('entity-row').first().boundingBox();
  assert.ok(table.y < 1200, `the first tracked entity is near the top: ${table.y}`);
  const more = page.getByTestId('suggestions-more');
  assert.equal((await more.innerText()).trim(), `Show all ${all.length} suggestions`);
  await more.click();
  await eventually(async () => (await items.count()) === all.length, { message: 'every suggestion shows' });
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  await more.click();
  await eventually(async () => (await items.count()) === 5, { message: 'and five again' });
});

e2e("an article's theme chips take it out of a theme, put it in another, and undo", async (app) => {
  const { page } = app;
  await trackRpc(page);
  await openSample(app);
  const themes = await rpc(app, 'ThemeList');
  const [inTheme, other] = themes;
  const [hit] = await rpc(app, 'Search', { query: `theme:"${inTheme.name}" -theme:"${other.name}"`, limit: 1 });
  assert.ok(hit, `an article of ${inTheme.name} outside ${other.name}`);
  const id = hit.article.id;
  await page.goto(`${app.origin}/#/article/${id}`);
  const chip = page.getByTestId('article-theme').filter({ hasText: inTheme.name });
  await chip.waitFor();

  await chip.getByTestId('article-theme-out').click();
  await page.getByTestId('article-theme-rejected').filter({ hasText: inTheme.name }).waitFor();
  assert.equal(await chip.count(), 0, 'out of the theme');
  const count = async (name) => (await rpc(app, 'ThemeList')).find((t) => t.name === name).articles;
  assert.equal(await count(inTheme.name), inTheme.articles - 1, 'the theme holds one article fewer');

  await page.getByTestId('article-theme-reset').click();
  await chip.waitFor();
  assert.equal(await count(inTheme.name), inTheme.articles, 'the query decides again');

  // Walking the list with the arrow keys files the article nowhere; Add does.
  const picker = page.getByTestId('article-theme-add');
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await picker.inputValue(), '', 'the arrows moved through the list');
  await rpcQuiet(page);
  assert.equal(await count(other.name), other.articles, 'nothing filed by the arrows');
  await picker.selectOption(other.name);
  await page.getByTestId('article-theme-add-button').click();
  const added = page.getByTestId('article-theme').filter({ hasText: other.name });
  await added.waitFor();
  assert.equal(await added.getAttribute('data-verdict'), 'true', 'put in by the user');
  assert.equal(await count(other.name), other.articles + 1);
  await page.reload();
  await added.waitFor();
});
