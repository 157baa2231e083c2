// Feeds from the UI: subscribe to an RSS feed served on 127.0.0.1 (checked when added),
// see the server's poller fetch it at once and its items clipped in full with the feed's
// tag, poll it now, take the
// subscriptions out as OPML and back in, and unsubscribe with an Undo.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { e2e, eventually, articlePage, rpc } from './harness.mjs';

const articles = {
  '/news/turbines': articlePage({
    title: 'Offshore wind farm connects its first turbines to the grid',
    url: 'http://coast.example/news/turbines',
    paragraphs: [
      'The operator of the offshore wind farm said on Monday that its first twelve turbines were now sending power to the grid, three months ahead of plan.',
      'The remaining forty turbines will be installed over the summer, the company said.',
    ],
  }),
  '/news/ferry': articlePage({
    title: 'Island ferry service adds a winter timetable for the first time',
    url: 'http://coast.example/news/ferry',
    paragraphs: [
      'The island ferry will run twice a day through the winter from next year, the council said, after residents asked for a year-round service.',
      'Fares will stay at their summer level until April.',
    ],
  }),
};

function rss(base) {
  const item = (path, title, day) =>
    `<item><title>${title}</title><link>${base}${path}</link><guid>${base}${path}</guid><pubDate>${day} 2025 09:00:00 GMT</pubDate><description>Summary only.</description></item>`;
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Coast Gazette</title><link>${base}/</link><description>News from the coast</description>${item('/news/turbines', 'Offshore wind farm connects its first turbines', 'Mon, 02 Jun')}${item('/news/ferry', 'Island ferry adds a winter timetable', 'Tue, 03 Jun')}</channel></rss>`;
}

e2e('subscribe to a feed, poll it, carry the subscriptions as OPML, unsubscribe with undo', async (app) => {
  const { page } = app;
  const site = createServer((req, res) => {
    const base = `http://127.0.0.1:${site.address().port}`;
    if (req.url === '/feed.xml') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(base));
    const body = articles[req.url ?? ''];
    if (!body) return res.writeHead(404).end('not here');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((done) => site.listen(0, '127.0.0.1', done));
  const feedUrl = `http://127.0.0.1:${site.address().port}/feed.xml`;
  try {
    await page.goto(app.url);
    await page.getByTestId('library-empty').waitFor();
    await page.locator('h1').click();
    await page.keyboard.press('g');
    await page.keyboard.press('f');
    await page.getByTestId('feeds-empty').waitFor();
    const [tagsBox, themeBox] = await Promise.all([page.getByTestId('feed-tags').boundingBox(), page.getByTestId('feed-theme').boundingBox()]);
    assert.deepEqual([tagsBox.y, tagsBox.height], [themeBox.y, themeBox.height], 'the tags field and the theme menu line up');

    // Something that is not a feed is refused when added, and nothing is subscribed.
    await page.getByTestId('feed-url').fill(feedUrl.replace('/feed.xml', '/news/ferry'));
    await page.getByTestId('feed-add').click();
    await page.getByTestId('error-banner').waitFor();
    assert.equal((await rpc(app, 'FeedList')).length, 0);
    await page.getByTestId('error-dismiss').click();

    await page.getByTestId('feed-url').fill(feedUrl);
    await page.getByTestId('feed-tags').fill('coast');
    await page.getByTestId('feed-add').click();
    const item = page.getByTestId('feed-item');
    await item.filter({ hasText: 'Coast Gazette' }).waitFor();

    // The server's poller fetches a new subscription at once (its schedule is 10 minutes),
    // and the page shows that without being reloaded.
    await page.getByTestId('feed-state').filter({ hasText: /Polled/ }).waitFor({ timeout: 30_000 });
    const clipped = await rpc(app, 'ArticleList', { tag: 'coast' });
    assert.deepEqual(
      clipped.map((a) => a.title).sort(),
      ['Island ferry service adds a winter timetable for the first time', 'Offshore wind farm connects its first turbines to the grid'],
      "the items are clipped in full (the articles' own titles) with the feed's tag",
    );

    await page.getByTestId('feed-poll').click();
    await page.getByTestId('feed-poll-result').filter({ hasText: 'Coast Gazette: 0 new articles' }).waitFor({ timeout: 30_000 });

    // OPML out, unsubscribe, OPML back in.
    await page.getByTestId('opml-export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('opml-download').click()]);
    const opml = await readFile(await download.path(), 'utf8');
    assert.ok(opml.includes(feedUrl), 'the OPML names the feed');
    await page.getByTestId('feed-remove').click();
    await page.getByTestId('feed-removed').waitFor();
    await page.getByTestId('feeds-empty').waitFor();
    await page.getByTestId('feed-remove-undo').click();
    await item.filter({ hasText: 'Coast Gazette' }).waitFor();
    assert.deepEqual((await rpc(app, 'FeedList')).map((f) => [f.url, f.tags]), [[feedUrl, ['coast']]], 'Undo subscribes again, tags and all');
    assert.match(await page.getByTestId('feed-state').innerText(), /Polled/, 'Undo keeps the poll state');
    await page.getByTestId('feed-poll').click();
    await page.getByTestId('feed-poll-result').filter({ hasText: 'Coast Gazette: 0 new articles' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('opml-download').waitFor();
    // The items it brought are remembered, so a poll after the Undo clips nothing again (an
    // article deleted meanwhile would otherwise come back).
    await rpc(app, 'ArticleDelete', { ids: [clipped[0].id] });
    await page.getByTestId('feed-poll').click();
    await page.getByTestId('feed-poll-result').filter({ hasText: 'Coast Gazette: 0 new articles' }).waitFor({ timeout: 30_000 });
    assert.equal((await rpc(app, 'NotebookInfo')).articles, 1, 'the deleted article stays deleted');

    await page.getByTestId('feed-remove').click();
    await page.getByTestId('feeds-empty').waitFor();
    await page.getByTestId('opml-import').setInputFiles({ name: 'feeds.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) });
    await page.getByTestId('opml-note').filter({ hasText: 'Subscribed to 1 feed' }).waitFor();
    assert.equal(await page.getByTestId('opml-download').count(), 0, 'the file exported before the changes is not offered');
    await item.first().waitFor();
    // The subscription is new, so the poller fetches it at once and, the old one's memory
    // of its items gone with it, brings back the deleted article; the other one stayed.
    await page.getByTestId('feed-state').filter({ hasText: /Polled/ }).waitFor({ timeout: 30_000 });
    const after = await eventually(async () => {
      const list = await rpc(app, 'ArticleList', { tag: 'coast' });
      return list.length === 2 ? list : null;
    });
    assert.deepEqual(after.map((a) => a.title).sort(), clipped.map((a) => a.title).sort());
    assert.ok(after.some((a) => a.id === clipped[1].id), 'the article not deleted stayed as it was');
  } finally {
    site.close();
  }
});
