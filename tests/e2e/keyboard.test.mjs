// The app from the keyboard: the skip link and every new page put the focus on the page
// (not on the document, where the next Tab starts again from the top), and a `g` left
// pending before typing in a field is forgotten.
import assert from 'node:assert/strict';
import { articlePage, e2e, eventually, openSample } from './harness.mjs';

/** What has the focus: its tag, its text and whether it is in the page's `<main>`. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName ?? '', text: el?.textContent?.trim().slice(0, 40) ?? '', inMain: !!el?.closest('#main') };
  });
}

e2e('the skip link and a new page focus the page; a pending g is forgotten after typing', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();

  // The first Tab stop is the skip link; it focuses the page and leaves the address alone
  // (the hash is the router's: `#main` used to open "Nothing here").
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Skip to content');
  await page.keyboard.press('Enter');
  assert.ok((await focused(page)).inMain, 'the focus is on the page');
  assert.equal(await page.getByTestId('not-found').count(), 0, 'still the library');
  assert.ok(!page.url().includes('#main'), page.url());

  // A link followed from the keyboard: the new page's heading has the focus.
  await page.getByTestId('nav-settings').focus();
  await page.keyboard.press('Enter');
  await eventually(async () => {
    const now = await focused(page);
    return now.tag === 'H1' && now.text === 'Settings';
  }, { message: 'the Settings heading takes the focus' });

  // `g`, then typing in the search box: the next `t` outside it is not `g t`.
  await page.keyboard.press('g');
  await page.getByTestId('search-input').focus();
  await page.keyboard.type('x');
  await page.getByTestId('search-input').fill('');
  await page.locator('#main h1').focus();
  await page.keyboard.press('t');
  await page.waitForTimeout(200);
  assert.match(page.url(), /#\/settings$/, 'no jump to the timeline');
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await eventually(() => /#\/timeline/.test(page.url()), { message: 'g t still goes to the timeline' });
});

e2e('one-key shortcuts can be turned off in Settings, and stay off', async (app) => {
  const { page } = app;
  await page.goto(`${app.url}#/settings`);
  const box = page.getByTestId('one-key-shortcuts');
  await box.waitFor();
  assert.equal(await box.isChecked(), true, 'on by default');
  // The label's words and keys wrap as text inside the card (they were laid out as columns
  // of one word each, running past its edge).
  const label = page.locator('label', { has: box });
  const { overflow, height } = await label.evaluate((el) => ({
    overflow: el.scrollWidth - el.clientWidth,
    height: el.getBoundingClientRect().height,
  }));
  assert.ok(overflow <= 0, `nothing runs past the card's edge (${overflow}px over)`);
  assert.ok(height < 60, `the label takes a line or two: ${height}px`);
  await box.uncheck();
  await eventually(async () => /off/.test(await page.getByTestId('one-key-shortcuts-status').innerText()), {
    message: 'the change is saved',
  });

  // After a reload (the preference is read again), letters and `/` do nothing; Escape
  // still works where it did.
  await page.reload();
  await box.waitFor();
  await eventually(async () => !(await box.isChecked()), { message: 'still off after a reload' });
  await page.locator('#main h1').click();
  for (const key of ['g', 't', '/', '?']) await page.keyboard.press(key);
  await page.waitForTimeout(200);
  assert.match(page.url(), /#\/settings$/, 'g t did not go to the timeline');
  assert.equal(await page.getByTestId('shortcut-sheet').count(), 0, '? opened no sheet');
  assert.equal(
    await page.getByTestId('search-input').evaluate((el) => el === document.activeElement),
    false,
    '/ did not jump to the search box',
  );

  await box.check();
  await eventually(async () => /on/.test(await page.getByTestId('one-key-shortcuts-status').innerText()), {
    message: 'turned on again',
  });
  await page.locator('#main h1').click();
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await eventually(() => /#\/timeline/.test(page.url()), { message: 'g t works again' });
});

e2e('removing a timeline lane from the keyboard keeps the focus among the lanes', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  await page.goto(`${app.origin}/#/timeline?entity=Meta&entity=OpenAI&entity=Alphabet`);
  const removes = page.getByTestId('lane-remove');
  await eventually(async () => (await removes.count()) === 3, { message: 'three lanes' });
  await removes.nth(1).focus();
  await page.keyboard.press('Enter');
  await eventually(async () => (await removes.count()) === 2, { message: 'the lane goes' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Remove the lane Alphabet', 'the next lane');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await eventually(async () => (await removes.count()) === 0, { message: 'every lane goes' });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'timeline-entity-input', 'then the input');
});

e2e('pressing Clip, Add and Add note leaves the focus where the next one is typed', async (app) => {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('library-empty').waitFor();
  const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  await page.getByTestId('clip-box').fill(articlePage({ title: 'Ferry fares rise', paragraphs: ['Ferry fares on the northern routes will rise by a tenth next month, the operator said on Monday, citing fuel costs.', 'Passenger groups said the rise would hit island residents hardest.'] }));
  await page.getByTestId('clip-button').click();
  await page.getByTestId('library-item').first().waitFor();
  assert.equal(await focusedId(), 'clip-button', 'the pressed Clip keeps the focus');
  await page.getByTestId('library-item').first().click();
  await page.getByTestId('reader').waitFor();
  await page.getByTestId('tag-input').fill('ferries');
  await page.getByTestId('tag-add').click();
  await page.getByTestId('tag-remove').waitFor();
  await eventually(async () => (await focusedId()) === 'tag-input', { message: 'the tag box has the focus again' });
  await page.getByTestId('note-input').fill('Check the fuel claim');
  await page.getByTestId('note-add').click();
  await page.getByTestId('note-delete').waitFor();
  await eventually(async () => (await focusedId()) === 'note-input', { message: 'the note box has the focus again' });
});

e2e('small unstyled buttons show the focus ring when reached with Tab', async (app) => {
  const { page } = app;
  await openSample(app);
  // An article of the sample that a theme holds: its chip has a × to take it out.
  const chip = page.getByTestId('article-theme');
  for (let id = 1; id <= 15 && (await chip.count()) === 0; id++) {
    await page.goto(`${app.origin}/#/article/${id}`);
    await page.getByTestId('reader-title').waitFor();
    await page.waitForTimeout(200);
  }
  assert.ok((await chip.count()) > 0, 'an article of the sample is in a theme');
  await chip.first().getByRole('link').focus();
  await page.keyboard.press('Tab');
  const out = chip.first().getByTestId('article-theme-out');
  assert.ok(await out.evaluate((el) => el === document.activeElement), 'Tab reaches the × button');
  const ring = await out.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.equal(ring, 'solid', 'the × button shows where the focus is');
});

e2e("a timeline's points are one Tab stop, and the arrows move between them", async (app) => {
  const { page } = app;
  await openSample(app);
  await page.goto(`${app.origin}/#/timeline?entity=Meta&entity=Microsoft`);
  const dots = page.getByTestId('timeline-dot');
  await eventually(async () => (await dots.count()) > 4, { message: 'the points are in the page' });
  const tabbable = await dots.evaluateAll((ds) => ds.filter((d) => d.tabIndex === 0).length);
  assert.equal(tabbable, 1, 'one Tab stop for every point');
  const range = await page.getByTestId('timeline-range').innerText();
  await page.locator('[data-testid="timeline-dot"][tabindex="0"]').focus();
  const focused = () =>
    page.evaluate(() => {
      const d = document.activeElement;
      return { key: d?.dataset.key, date: d?.dataset.date, lane: d?.closest('[data-lane-label]')?.dataset.laneLabel };
    });
  const first = await focused();
  assert.equal(first.lane, 'Meta');
  const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  assert.match(label, /\(Meta, [^)]+\)$/, `a point names its outlet beside its lane: ${label}`);
  await page.keyboard.press('ArrowRight');
  const second = await focused();
  assert.equal(second.lane, 'Meta', 'along the lane');
  assert.notEqual(second.key, first.key);
  assert.ok(second.date >= first.date, `later: ${first.date} -> ${second.date}`);
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused()).lane, 'Microsoft', 'to the lane below');
  assert.equal(await page.getByTestId('timeline-range').innerText(), range, 'the arrows on a point do not move the view');
  // The Tab stop follows the point last focused.
  assert.equal(await dots.evaluateAll((ds) => ds.filter((d) => d.tabIndex === 0).length), 1);
});
