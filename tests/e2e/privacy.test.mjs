// Settings → Privacy: with images from the web kept back, opening an article fetches none
// of them; each shows its host and loads when clicked (or pressed from the keyboard).
import assert from 'node:assert/strict';
import { e2e, articlePage, clip, eventually } from './harness.mjs';

const IMAGES = 'https://images.example.test/';
// A 1×1 PNG, served by the test in place of the image host.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const TITLE = 'Port authority approves a second rail spur';
const PARAGRAPHS = [
  'The port authority approved a second rail spur for the container terminal on Tuesday, after a year of studies of crane capacity and berth depth.',
  'The board said the spur would take freight trains straight to the quay, cutting the number of lorries on the harbour road by a third.',
  'Construction is expected to start in the spring and to take eighteen months, according to the authority, which will pay for most of it.',
];

e2e('images from the web can be kept back, each loaded when chosen', async (app) => {
  const { page } = app;
  const asked = [];
  await page.route(`${IMAGES}**`, (route) => {
    asked.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
  });
  await page.goto(`${app.url}#/settings`);
  const box = page.getByTestId('remote-images');
  await box.waitFor();
  assert.equal(await box.isChecked(), true, 'images load by default');
  await box.uncheck();
  await eventually(async () => /kept back/.test(await page.getByTestId('remote-images-status').innerText()), {
    message: 'the choice is saved',
  });

  await page.goto(app.origin);
  await page.getByTestId('library-empty').waitFor();
  const figure = `<figure><img src="${IMAGES}quay.png" alt="The quay"><figcaption>The quay where the spur will end.</figcaption></figure>`;
  await clip(page, articlePage({ title: TITLE, paragraphs: PARAGRAPHS, extraBody: figure }));
  await page.getByTestId('library-item').filter({ hasText: TITLE }).click();
  const body = page.getByTestId('reader-body');
  await body.getByText('second rail spur for the container terminal').waitFor();
  const held = body.locator('img[data-src]');
  await held.waitFor();
  assert.equal(await held.getAttribute('src'), null, 'no address to fetch');
  assert.match(await held.getAttribute('alt'), /images\.example\.test/, 'it names its host');
  assert.deepEqual(asked, [], 'nothing was fetched from the image host');

  // Chosen from the keyboard, it loads.
  await held.focus();
  await page.keyboard.press('Enter');
  const shown = body.locator(`img[src="${IMAGES}quay.png"]`);
  await shown.waitFor();
  await eventually(() => asked.length === 1, { message: 'the image was fetched once chosen' });

  // Loading again by default: a new look at the article fetches it at once.
  await page.goto(`${app.origin}/#/settings`);
  await box.check();
  await eventually(async () => /load from the web/.test(await page.getByTestId('remote-images-status').innerText()), {
    message: 'turned back on',
  });
  await page.goBack();
  await body.locator(`img[src="${IMAGES}quay.png"]`).waitFor();
  assert.equal(await body.locator('img[data-src]').count(), 0, 'nothing is kept back');
});
