// The toolbar popup: pair once, then clip the current tab (or its selection) with tags.
import { clipTab, getPairing, hasSelection, parsePairing, savePairing, splitTags } from './clip.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

function say(message, ok) {
  const status = $('status');
  status.textContent = message;
  status.className = ok ? 'ok' : 'error';
}

/** The tab to clip: the active tab of the window the popup belongs to. */
async function currentTab() {
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

async function show() {
  const pairing = await getPairing();
  $('pair').hidden = Boolean(pairing);
  $('clip').hidden = !pairing;
  if (pairing) {
    const tab = await currentTab();
    if (tab?.id && (await hasSelection(tab.id))) {
      $('selection').disabled = false;
      $('selection').checked = true;
    }
  }
}

$('pair-save').addEventListener('click', async () => {
  try {
    await savePairing(parsePairing($('pair-url').value));
    say('Paired. Clip away.', true);
    await show();
  } catch (err) {
    say(err.message, false);
  }
});

$('unpair').addEventListener('click', async () => {
  await api.storage.local.remove('pairing');
  say('', true);
  await show();
});

$('clip-now').addEventListener('click', async () => {
  const tab = await currentTab();
  if (!tab?.id) return say('There is no page to clip in this window.', false);
  $('clip-now').disabled = true;
  say('Clipping…', true);
  const result = await clipTab(tab.id, { tags: splitTags($('tags').value), selectionOnly: $('selection').checked });
  say(result.message, result.ok);
  $('clip-now').disabled = false;
});

show();
