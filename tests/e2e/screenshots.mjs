// README screenshots of the real reader and timeline: the sample notebook served by
// `clipline serve`, in Chromium (run on demand; writes docs/reader.png, docs/timeline.png).
//
//   CLIPLINE_BIN=target/debug/clipline node tests/e2e/screenshots.mjs
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser, repoRoot } from './harness.mjs';

const bin = resolve(repoRoot, process.env.CLIPLINE_BIN ?? 'target/debug/clipline');
const dir = await mkdtemp(join(tmpdir(), 'clipline-shots-'));
const child = spawn(bin, ['--db', join(dir, 'notebook.db'), 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((ok) => {
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (c) => {
    const m = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(c);
    if (m) ok(m[0]);
  });
});
child.stdout.resume();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  const origin = new URL(url).origin;
  await page.goto(url);
  await page.getByTestId('open-sample').click();
  await page.getByTestId('sample-banner').waitFor();

  // A highlight with a note, and a memo, so the pictures show a notebook in use.
  const id = await page.evaluate(async () => {
    const token = localStorage.getItem('clipline.token');
    const rpc = async (request) =>
      (await fetch('/api/rpc', { method: 'POST', headers: { 'content-type': 'application/json', 'x-clipline-token': token }, body: JSON.stringify(request) })).json();
    const hits = await rpc({ cmd: 'Search', args: { query: '"72 billion" raises' } });
    const art = (await rpc({ cmd: 'ArticleGet', args: { id: hits.data[0].article.id } })).data;
    const mark = async (phrase, color, note) => {
      const at = art.content_text.indexOf(phrase);
      const start = [...art.content_text.slice(0, at)].length;
      await rpc({ cmd: 'HighlightAdd', args: { article_id: art.id, start, end: start + [...phrase].length, color, note } });
    };
    await mark('between $64 billion and $72 billion', 'yellow', 'Second raise this year');
    await mark('tariffs were raising the expected cost of infrastructure hardware', 'pink', 'Cost driver, not just more capacity');
    await rpc({ cmd: 'NoteAdd', args: { article_id: art.id, body: 'Compare with the **January** range ($60–65bn).' } });
    return art.id;
  });
  await page.goto(`${origin}/#/article/${id}`);
  await page.getByTestId('highlight-item').nth(1).waitFor();
  await page.screenshot({ path: join(repoRoot, 'docs/reader.png') });

  await page.goto(`${origin}/#/timeline?entity=Meta&entity=Microsoft&entity=Alphabet&entity=European%20Commission`);
  await page.getByTestId('timeline-canvas').waitFor();
  await page.getByTestId('memo-title').fill('Meta AI spending');
  await page.getByTestId('memo-body').fill('Guidance rose three times in 2025: $60–65bn in January, $64–72bn in April, $70–72bn in October.');
  await page.getByTestId('memo-save').click();
  await page.getByTestId('memo').waitFor();
  await page.locator('[data-testid="timeline-dot"][data-date="2025-04-30"][data-kind="dated_claim"]').first().hover();
  await page.getByTestId('timeline-tooltip').waitFor();
  await page.screenshot({ path: join(repoRoot, 'docs/timeline.png') });
  console.log('saved docs/reader.png and docs/timeline.png');
} finally {
  await browser.close();
  child.kill('SIGTERM');
  await rm(dir, { recursive: true, force: true });
}
