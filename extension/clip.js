// Clipline's browser extension, the part the popup and the background share: pairing with
// a running Clipline (its loopback address and notebook token), reading the tab's live DOM
// or the selection through the scripting API, and sending it to POST /api/rpc.
//
// Nothing leaves the machine: the only address this extension talks to is the loopback
// server the user paired it with.

const api = globalThis.browser ?? globalThis.chrome;

export const NOT_RUNNING =
  'Clipline is not running. Start the Clipline app (or `clipline serve` in a terminal), then clip again.';
export const NOT_PAIRED =
  'Pair first: paste the address that `clipline serve` printed (http://127.0.0.1:…/?token=…).';

/**
 * The server and token out of the address `clipline serve` prints. Throws an Error with a
 * plain message for anything that is not a loopback http address with a token.
 */
export function parsePairing(text) {
  let url;
  try {
    url = new URL(String(text ?? '').trim());
  } catch {
    throw new Error('That is not an address. ' + NOT_PAIRED);
  }
  if (url.protocol !== 'http:' || !['127.0.0.1', 'localhost'].includes(url.hostname)) {
    throw new Error('Clipline only listens on http://127.0.0.1; paste the address it printed.');
  }
  const token = url.searchParams.get('token') ?? '';
  if (!/^[0-9a-f]{16,128}$/i.test(token)) {
    throw new Error('The address has no notebook token (…/?token=…). ' + NOT_PAIRED);
  }
  return { server: url.origin, token };
}

/** The saved pairing, or null. */
export async function getPairing() {
  const { pairing } = await api.storage.local.get('pairing');
  return pairing && pairing.server && pairing.token ? pairing : null;
}

/** Save a pairing made by `parsePairing`. */
export async function savePairing(pairing) {
  await api.storage.local.set({ pairing });
}

/** Runs inside the page: its live DOM, or a page made of the selection and the head. */
function grab(selectionOnly) {
  const url = location.href;
  const sel = getSelection();
  if (selectionOnly && sel && sel.rangeCount > 0 && !sel.isCollapsed) {
    const holder = document.createElement('div');
    for (let i = 0; i < sel.rangeCount; i += 1) holder.append(sel.getRangeAt(i).cloneContents());
    const title = document.createElement('h1');
    title.textContent = document.querySelector('meta[property="og:title"]')?.content || document.title;
    const html = `<!doctype html><html>${document.head.outerHTML}<body><article>${title.outerHTML}${holder.innerHTML}</article></body></html>`;
    return { url, html, selection: true };
  }
  return { url, html: '<!doctype html>' + document.documentElement.outerHTML, selection: false };
}

/** The tab's page (or selection) as `{url, html, selection}`. */
export async function capture(tabId, selectionOnly = false) {
  const [result] = await api.scripting.executeScript({ target: { tabId }, func: grab, args: [selectionOnly] });
  if (!result?.result) throw new Error('Clipline cannot read this page (browser pages and the web store are off limits).');
  return result.result;
}

/** Whether the tab has a non-empty selection. */
export async function hasSelection(tabId) {
  try {
    const [r] = await api.scripting.executeScript({ target: { tabId }, func: () => !getSelection()?.isCollapsed });
    return Boolean(r?.result);
  } catch {
    return false;
  }
}

/**
 * Send a captured page to Clipline. Resolves with `{ok, message, article}`; never throws:
 * a stopped Clipline, a refused token and an unclippable page each get a plain message.
 */
export async function send(pairing, page, tags = []) {
  if (!pairing) return { ok: false, message: NOT_PAIRED };
  const body = {
    cmd: 'ArticleClip',
    args: { source: { kind: 'extension', html: page.html, url: page.url }, tags },
  };
  let response;
  try {
    response = await fetch(`${pairing.server}/api/rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-clipline-token': pairing.token },
      body: JSON.stringify(body),
      credentials: 'omit',
    });
  } catch {
    return { ok: false, message: NOT_RUNNING };
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    // A server that is not Clipline; the status says enough.
  }
  if (response.status === 403) {
    return { ok: false, message: 'Clipline refused this extension: pair it again with the address `clipline serve` printed.' };
  }
  if (!response.ok) return { ok: false, message: data?.message ?? `Clipline answered ${response.status}.` };
  const article = data?.data?.articles?.[0];
  if (!article) return { ok: false, message: 'Clipline found no article on this page.' };
  const how = { created: 'Clipped', existing: 'Already in your notebook', joined: 'Joined an article you had' }[article.status] ?? 'Clipped';
  return { ok: true, message: `${how}: ${article.title}`, article };
}

/** Capture a tab and send it: the whole clip, for the popup and the context menu. */
export async function clipTab(tabId, { tags = [], selectionOnly = false } = {}) {
  const pairing = await getPairing();
  if (!pairing) return { ok: false, message: NOT_PAIRED };
  let page;
  try {
    page = await capture(tabId, selectionOnly);
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  return send(pairing, page, tags);
}

/** Tags typed as "ai, eu rules" -> ["ai", "eu rules"]. */
export function splitTags(text) {
  return String(text ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
