// The open library follows the clips that reach `clipline serve` from outside the page —
// the browser extension's, another tab's — without a reload, through the `articles` events
// of `GET /api/events`; the page's own clip is not told back to it (the library would read
// its list a second time, and lose the reader's place in a long one). What lands while the
// stream is down is caught up when it is back.
import assert from 'node:assert/strict';
import { articlePage, clip, e2e, rpc, rpcAnswered, rpcQuiet, trackRpc } from './harness.mjs';

// Two stories with nothing in common but the outlet (near-duplicates would join as copies).
const HARBOUR = articlePage({
  title: 'Harbour board approves the new quay',
  url: 'https://ledger.example/2025/05/02/harbour-quay',
  paragraphs: [
    'The harbour board approved a new deep-water quay on Thursday, ending two years of argument over where container ships should berth.',
    'Construction is due to begin in the autumn, and the board expects the quay to handle its first vessels before the end of 2027.',
    'Fishing crews had opposed an earlier design that would have cut their moorings by half; the plan approved keeps the old basin open.',
  ],
});
const RAIL = articlePage({
  title: 'Rail operator restores night trains to the coast',
  url: 'https://ledger.example/2025/05/02/night-trains',
  paragraphs: [
    'Sleeper services between the capital and the coast will run again from December, the rail operator said, after a gap of eleven years.',
    'Tickets go on sale in September. The carriages, bought second-hand from an Austrian operator, are being refitted with new cabins and showers.',
    'Tourism groups welcomed the news, while unions asked for guarantees that the night crews would be hired on permanent contracts.',
  ],
});

e2e("a clip from the browser extension shows in the open library, and the page's own clip is not told back", async (app) => {
  const { page: tab } = app;
  await trackRpc(tab);
  // The page hears the server's events once its stream is open.
  const listening = tab.waitForResponse((res) => res.url().includes('/api/events'));
  await tab.goto(app.url);
  await tab.getByTestId('library-empty').waitFor();
  await listening;

  const titles = tab.getByTestId('library-item-title');
  await rpcQuiet(tab);
  const before = await rpcAnswered(tab, 'ArticleList');
  await clip(tab, HARBOUR);
  await titles.filter({ hasText: 'Harbour board approves the new quay' }).waitFor();
  // Time for an event the server should not have sent to come and be acted on.
  await new Promise((r) => setTimeout(r, 1000));
  await rpcQuiet(tab);
  assert.equal(await rpcAnswered(tab, 'ArticleList'), before + 1, "the page's own clip reads the list once");

  // What the extension sends: the page is not reloaded, nor left and opened again.
  await rpc(app, 'ArticleClip', {
    source: { kind: 'extension', url: 'https://ledger.example/2025/05/02/night-trains', html: RAIL },
  });
  await titles.filter({ hasText: 'Rail operator restores night trains to the coast' }).waitFor({ timeout: 10_000 });
  assert.deepEqual(
    await titles.allInnerTexts(),
    ['Rail operator restores night trains to the coast', 'Harbour board approves the new quay'],
    'the new clip heads the list',
  );
});

e2e('clips that land while the event stream is down show once it is back', async (app) => {
  const { page: tab } = app;
  // The stream cannot be opened: the page tries again every 2 s.
  await tab.route('**/api/events', (route) => route.abort());
  const refused = tab.waitForRequest((req) => req.url().includes('/api/events'));
  await tab.goto(app.url);
  await tab.getByTestId('library-empty').waitFor();
  await refused;
  await rpc(app, 'ArticleClip', {
    source: { kind: 'extension', url: 'https://ledger.example/2025/05/02/harbour-quay', html: HARBOUR },
  });
  const titles = tab.getByTestId('library-item-title');
  // Time for a retry to be refused too: nothing tells the page of the clip.
  await new Promise((r) => setTimeout(r, 2500));
  assert.equal(await titles.count(), 0, 'no stream, no news of the clip');

  const back = tab.waitForResponse((res) => res.url().includes('/api/events') && res.ok());
  await tab.unroute('**/api/events');
  await back;
  await titles.filter({ hasText: 'Harbour board approves the new quay' }).waitFor({ timeout: 10_000 });
});
