// The two ways a request reaches the engine and long work's progress comes back: inside the
// desktop window, Tauri's `invoke('rpc')` and its `progress` events; under `clipline serve`,
// `POST /api/rpc` and the server-sent events of `GET /api/events`, both with the notebook
// token. `detectTransport` picks the one this page runs on.
import { invoke, isTauri } from '@tauri-apps/api/core';
import { listen as tauriListen } from '@tauri-apps/api/event';
import { getCurrentWindow } from '@tauri-apps/api/window';
import type { ApiError, ErrorCode, ProgressEvent, Request, Response, SavedFile } from './bindings';

/** The codes the engine sends, plus two the UI itself can meet on the way. */
export type FailureCode = ErrorCode | 'unreachable' | 'bad_response';

/** A failed command: `code` to switch on, `message` to show as is. */
export class ApiFailure extends Error {
  readonly code: FailureCode;

  constructor(code: FailureCode, message: string) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
  }
}

/** Carries one request to the engine and gives back its response, or throws `ApiFailure`. */
export interface Transport {
  readonly name: 'tauri' | 'http';
  send(request: Request): Promise<Response>;
  /** Hear every progress event of long work until the returned function is called. */
  listen(onProgress: (event: ProgressEvent) => void): () => void;
  /**
   * Hear, until the returned function is called, that the library's articles changed
   * outside this page: a clip a browser extension sent to the app's loopback server (or
   * another tab's change, under `clipline serve`).
   */
  watchArticles(onChange: () => void): () => void;
  /**
   * Have `task` run, and finish, when the page is closed. The desktop window waits for it
   * before it goes; a browser tab cannot wait, so there `task` is not called and the page
   * sends what it must on `pagehide` with `keepalive` requests instead (see `HeldBack`).
   */
  beforeClose(task: () => Promise<void>): void;
  /**
   * The whole notebook as the JSON document `clipline import-notebook` reads. Over http it
   * is streamed by the server and gathered by the browser (which keeps a large file on
   * disk, not in the page's memory) into a file for the page to offer; the desktop app
   * streams it from the engine straight into the Downloads folder and says where.
   */
  notebookJson(): Promise<NotebookJson>;
}

/** The notebook's JSON export: a file for the page to offer, or one the app has saved. */
export type NotebookJson = { kind: 'blob'; blob: Blob } | { kind: 'saved'; file: SavedFile };

function isProgressEvent(value: unknown): value is ProgressEvent {
  const ev = value as ProgressEvent;
  return typeof value === 'object' && value !== null && typeof ev.job === 'string' && typeof ev.done === 'number' && typeof ev.total === 'number';
}

/**
 * The events in a server-sent event stream's text so far: the `progress` events, and how
 * many `articles` events said the library's articles changed; gives back the unfinished rest
 * too (an event ends at a blank line; `:` lines keep the stream alive).
 */
export function parseServerEvents(text: string): { events: ProgressEvent[]; articles: number; rest: string } {
  const events: ProgressEvent[] = [];
  let articles = 0;
  const blocks = text.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let name = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) name = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (name === 'articles') articles++;
    if (name !== 'progress' || data.length === 0) continue;
    try {
      const value: unknown = JSON.parse(data.join('\n'));
      if (isProgressEvent(value)) events.push(value);
    } catch {
      // A malformed event is skipped; the next one says where the work is.
    }
  }
  return { events, articles, rest };
}

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}

function isResponse(value: unknown): value is Response {
  return typeof value === 'object' && value !== null && typeof (value as Response).kind === 'string';
}

function isSavedFile(value: unknown): value is SavedFile {
  const file = value as SavedFile;
  return typeof value === 'object' && value !== null && typeof file.path === 'string' && typeof file.bytes === 'number';
}

/** Call the desktop app's Tauri command `cmd`; an engine error comes back as `ApiFailure`. */
async function invokeApp(cmd: string, args?: Record<string, unknown>): Promise<unknown> {
  try {
    return await invoke<unknown>(cmd, args);
  } catch (err) {
    if (isApiError(err)) throw new ApiFailure(err.code, err.message);
    throw new ApiFailure('internal', typeof err === 'string' ? err : 'The desktop bridge failed.');
  }
}

/**
 * Hear the window's Tauri event `name` until the returned function is called (which may
 * come before Tauri has finished subscribing). A failure to subscribe is quiet: the events
 * only spare the page work it can do without them.
 */
function hearWindowEvent(name: string, heard: (payload: unknown) => void): () => void {
  let stopped = false;
  let unlisten: (() => void) | null = null;
  tauriListen<unknown>(name, (event) => heard(event.payload))
    .then((un) => {
      if (stopped) un();
      else unlisten = un;
    })
    .catch(() => {});
  return () => {
    stopped = true;
    unlisten?.();
  };
}

/** Inside the desktop window: one Tauri command, `rpc`, that calls `api::dispatch`. */
export function tauriTransport(): Transport {
  return {
    name: 'tauri',
    async send(request) {
      const value = await invokeApp('rpc', { request });
      if (!isResponse(value)) throw new ApiFailure('bad_response', 'The engine sent an answer Clipline does not understand.');
      return value;
    },
    listen(onProgress) {
      // Without events the work still runs; its answer still comes back.
      return hearWindowEvent('progress', (payload) => {
        if (isProgressEvent(payload)) onProgress(payload);
      });
    },
    watchArticles(onChange) {
      // Without the event the library still reads its list each time it is shown.
      return hearWindowEvent('articles-changed', () => onChange());
    },
    async notebookJson() {
      const file = await invokeApp('save_notebook_json');
      if (!isSavedFile(file)) throw new ApiFailure('bad_response', 'The engine sent an answer Clipline does not understand.');
      return { kind: 'saved', file };
    },
    beforeClose(task) {
      // With a close-requested listener Tauri keeps the window open until the handler has
      // run, then destroys it (`core:window:allow-destroy` in the capability).
      getCurrentWindow()
        .onCloseRequested(async () => {
          try {
            await task();
          } catch {
            // The window closes anyway: a task that failed has said so itself.
          }
        })
        .catch(() => {
          // Without the hook the window closes at once, as before.
        });
    },
  };
}

const TOKEN_KEY = 'clipline.token';

/**
 * The notebook token `clipline serve` puts in the URL it prints (`?token=...`): taken once,
 * kept in localStorage and removed from the address bar. localStorage belongs to this
 * origin alone (`http://127.0.0.1:PORT`), so another tab of the app, a link opened in a new
 * tab or a bookmark works too, while no other site can read it.
 */
export function takeToken(loc: Location = window.location, storage: Storage = window.localStorage): string | null {
  const params = new URLSearchParams(loc.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    try {
      storage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token still works for this page's lifetime.
    }
    params.delete('token');
    const query = params.toString();
    history.replaceState(history.state, '', `${loc.pathname}${query ? `?${query}` : ''}${loc.hash}`);
    return fromUrl;
  }
  try {
    return storage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function failureForStatus(status: number): ApiFailure {
  if (status === 401 || status === 403)
    return new ApiFailure(
      'unauthorized',
      'This page has no valid notebook token. Open the address that `clipline serve` printed.',
    );
  if (status === 404) return new ApiFailure('not_found', 'The Clipline server does not know this command.');
  return new ApiFailure('internal', `The Clipline server answered with HTTP ${status}.`);
}

/** How long a page waits before it listens again to a progress stream that broke off. */
const RELISTEN_MS = 2000;
/** Characters of a request sent with `keepalive` (browsers take 64 KB; a character is at
 *  most 3 bytes of UTF-8 per UTF-16 unit). */
const KEEPALIVE_MAX = 16_000;

/** A random id for this page (letters, digits and dashes, as the server takes it). */
function pageId(): string {
  try {
    return crypto.randomUUID();
  } catch {
    return `page-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  }
}

/** In a browser: `POST /api/rpc` on the loopback server, with the notebook token. */
export function httpTransport(
  token: string | null,
  endpoint = '/api/rpc',
  eventsEndpoint = '/api/events',
  exportEndpoint = '/api/export/notebook.json',
): Transport {
  // This page's own id, sent with its commands and its event stream: the server tells the
  // stream of articles other pages and the browser extension add, not of this page's own.
  const page = pageId();
  // One stream of `GET /api/events` for all who listen (a tab may open only a few
  // connections to one server), opened with the first and closed after the last.
  const progressHeard = new Set<(event: ProgressEvent) => void>();
  const articlesHeard = new Set<() => void>();
  let stream: AbortController | null = null;
  const follow = <T>(heard: Set<T>, handler: T): (() => void) => {
    heard.add(handler);
    stream ??= openStream();
    return () => {
      heard.delete(handler);
      if (progressHeard.size === 0 && articlesHeard.size === 0) {
        stream?.abort();
        stream = null;
      }
    };
  };
  const openStream = (): AbortController => {
    // `fetch`, not `EventSource`: the stream is guarded by the token header too.
    const stop = new AbortController();
    const headers: Record<string, string> = { accept: 'text/event-stream', 'x-clipline-page': page };
    if (token) headers['x-clipline-token'] = token;
    void (async () => {
      // Whether the stream broke off, or could not be opened, before this attempt: the
      // articles added meanwhile were told to no one, so the library reads its list again
      // once the stream is back (the server restarted, the machine woke up).
      let gap = false;
      while (!stop.signal.aborted) {
        try {
          const res = await fetch(eventsEndpoint, { headers, signal: stop.signal });
          if (res.ok && res.body) {
            if (gap) articlesHeard.forEach((heard) => heard());
            const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
            let rest = '';
            for (;;) {
              const { value, done } = await reader.read();
              if (done) break;
              const parsed = parseServerEvents(rest + value);
              rest = parsed.rest;
              parsed.events.forEach((event) => progressHeard.forEach((heard) => heard(event)));
              if (parsed.articles > 0) articlesHeard.forEach((heard) => heard());
            }
          }
        } catch {
          // The server stopped or the page stopped listening; try again below.
        }
        if (stop.signal.aborted) return;
        gap = true;
        await new Promise((resolve) => setTimeout(resolve, RELISTEN_MS));
      }
    })();
    return stop;
  };
  return {
    name: 'http',
    async send(request) {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-clipline-page': page };
      if (token) headers['x-clipline-token'] = token;
      let res: globalThis.Response;
      try {
        const body = JSON.stringify(request);
        // A small request outlives the page that sends it (a delete carried out as the
        // tab closes, see `HeldBack`); the browser allows that only up to 64 KB.
        res = await fetch(endpoint, { method: 'POST', headers, body, keepalive: body.length < KEEPALIVE_MAX });
      } catch {
        throw new ApiFailure('unreachable', 'Cannot reach the Clipline server. Is `clipline serve` still running?');
      }
      let body: unknown = null;
      try {
        body = await res.json();
      } catch {
        // Not JSON: fall through to a message built from the status.
      }
      if (!res.ok) {
        if (isApiError(body)) throw new ApiFailure(body.code, body.message);
        throw failureForStatus(res.status);
      }
      if (!isResponse(body)) throw new ApiFailure('bad_response', 'The server sent an answer Clipline does not understand.');
      return body;
    },
    listen(onProgress) {
      return follow(progressHeard, onProgress);
    },
    watchArticles(onChange) {
      return follow(articlesHeard, onChange);
    },
    beforeClose() {
      // A tab is not waited for: see the interface.
    },
    async notebookJson() {
      const headers: Record<string, string> = { 'x-clipline-page': page };
      if (token) headers['x-clipline-token'] = token;
      let res: globalThis.Response;
      try {
        res = await fetch(exportEndpoint, { headers });
      } catch {
        throw new ApiFailure('unreachable', 'Cannot reach the Clipline server. Is `clipline serve` still running?');
      }
      if (!res.ok) {
        const body: unknown = await res.json().catch(() => null);
        if (isApiError(body)) throw new ApiFailure(body.code, body.message);
        throw failureForStatus(res.status);
      }
      try {
        return { kind: 'blob', blob: await res.blob() };
      } catch {
        // The server ends the stream with an error when the export fails midway.
        throw new ApiFailure('storage', 'The export stopped before its end; nothing was saved. Try again.');
      }
    },
  };
}

function inTauri(): boolean {
  try {
    return isTauri() || '__TAURI_INTERNALS__' in window;
  } catch {
    return false;
  }
}

/** The transport this page runs on; chosen once. */
export function detectTransport(): Transport {
  return inTauri() ? tauriTransport() : httpTransport(takeToken());
}
