// The real desktop window on a notebook it cannot open (run.sh runs this after
// smoke.test.mjs, one at a time): the window still shows, its library says in the error
// banner why the notebook could not be opened and where it is (and not that the notebook
// is empty), and the file is left as it was. Before, the app printed the error on a terminal the user never sees and quit without
// a window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebDriver } from './webdriver.mjs';

const base = `http://127.0.0.1:${process.env.TAURI_DRIVER_PORT ?? '4444'}/`;

test('a notebook that cannot be opened is said so in the window, and left as it was', async () => {
  assert.ok(process.env.DESKTOP_BIN, 'DESKTOP_BIN names the desktop binary (run.sh sets it)');
  const dir = await mkdtemp(join(tmpdir(), 'clipline-unopened-'));
  // Not a SQLite file: a user's notes saved under the notebook's name by mistake.
  const notebook = join(dir, 'notebook.db');
  const content = 'Reading list for the ferry story, not a notebook.\n'.repeat(200);
  await writeFile(notebook, content);
  // tauri-driver starts the application it is given with its own environment: a wrapper
  // points this one at the file.
  const app = join(dir, 'clipline-on-a-bad-notebook');
  await writeFile(
    app,
    `#!/bin/sh\nCLIPLINE_DB='${notebook}' exec '${process.env.DESKTOP_BIN}' "$@"\n`,
  );
  await chmod(app, 0o755);
  let driver;
  try {
    driver = await WebDriver.start(base, app);
    const banner = await driver.waitFor('[data-testid="error-banner"]', 30_000, 'the error banner');
    const message = await driver.text(banner);
    assert.match(message, /could not open its notebook/i);
    assert.ok(message.includes(notebook), `the banner names the file: ${message}`);
    assert.match(await driver.title(), /Clipline/);
    // The library says it could not be read, rather than welcome a newcomer to an empty one.
    await driver.waitFor('[data-testid="library-failed"]', 10_000, "the library's failure");
    assert.equal((await driver.texts('[data-testid="library-empty"]')).length, 0, 'no empty-notebook welcome');
    assert.equal(await readFile(notebook, 'utf8'), content, 'the file is left as it was');
  } finally {
    await driver?.quit().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
});
