// The few W3C WebDriver calls the desktop smoke test needs, over Node's fetch.
//
// Written by hand because selenium-webdriver 4.46 never returned from creating a session
// through tauri-driver on this machine (the same request by curl answers in 0.3 s); the
// protocol the test uses is a handful of JSON endpoints.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriver {
  constructor(base, sessionId) {
    this.base = base;
    this.sessionId = sessionId;
  }

  /** Start a session: tauri-driver launches `application` and attaches to its webview. */
  static async start(base, application) {
    const value = await call(base, 'POST', '/session', {
      capabilities: { alwaysMatch: { browserName: 'wry', 'tauri:options': { application } } },
    });
    return new WebDriver(base, value.sessionId);
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.sessionId}${path}`, body);
  }

  title() {
    return this.cmd('GET', '/title');
  }

  /** Wait until an element matches `css`; reject after `ms` with `why`. */
  async waitFor(css, ms, why = `an element matching ${css}`) {
    const deadline = Date.now() + ms;
    for (;;) {
      try {
        const found = await this.cmd('POST', '/element', { using: 'css selector', value: css });
        return found[ELEMENT];
      } catch (err) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${why}: ${err.message}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  text(el) {
    return this.cmd('GET', `/element/${el}/text`);
  }

  /** A DOM property of the element (an input's `value`). */
  property(el, name) {
    return this.cmd('GET', `/element/${el}/property/${name}`);
  }

  /** The texts of every element matching `css` (none: an empty list). */
  async texts(css) {
    const found = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return Promise.all(found.map((f) => this.text(f[ELEMENT])));
  }

  /** Choose the option of value `value` in a `<select>`, as a user's pick does (with a `change` event). */
  select(el, value) {
    return this.cmd('POST', '/execute/sync', {
      script: 'arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event("change", { bubbles: true }));',
      args: [{ [ELEMENT]: el }, value],
    });
  }

  type(el, text) {
    return this.cmd('POST', `/element/${el}/value`, { text });
  }

  click(el) {
    return this.cmd('POST', `/element/${el}/click`, {});
  }

  screenshot() {
    return this.cmd('GET', '/screenshot');
  }

  quit() {
    return this.cmd('DELETE', '');
  }
}

async function call(base, method, path, body) {
  const res = await fetch(new URL(path.replace(/^\//, ''), base), {
    method,
    headers: body ? { 'content-type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(60_000),
  });
  const json = await res.json();
  if (!res.ok || json.value?.error) {
    throw new Error(`${method} ${path}: ${json.value?.error ?? res.status} ${json.value?.message ?? ''}`);
  }
  return json.value;
}
