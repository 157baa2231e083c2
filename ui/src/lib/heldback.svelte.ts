// A delete held back while its Undo shows (the library's selected articles, a theme, a
// feed): the item is hidden at once and deleted only when the Undo expires, the page is
// left, or something else must see it gone first. An Undo then keeps all the item had (an
// article's notes, a theme's verdicts, a feed's schedule and the items it brought), which
// deleting and adding it again would not.

/** How long a delete can be undone, in milliseconds. */
export const UNDO_MS = 10_000;

/** Every delete waiting for its Undo to expire, so that closing can carry them all out. */
const waiting = new Set<{ commit(): Promise<void> }>();

/** How long a closing window waits for the deletes at most (an engine busy with long work
 *  would otherwise keep the window open until that work ends). */
const CLOSE_WAIT_MS = 5_000;

/**
 * Carry out every delete waiting for its Undo now, and wait for those already on their way:
 * what a closing desktop window waits for (`Api.beforeClose`), since the webview sends no
 * request once it is going. Gives up after CLOSE_WAIT_MS.
 */
export async function commitAllHeldBack(): Promise<void> {
  const all = Promise.all([...waiting].map((held) => held.commit()));
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS))]);
}

export class HeldBack<T> {
  /** The item waiting for its Undo to expire, if any. Replaced whole, never changed in
   *  place, so not proxied: a view that asks it about every row (thousands of ids) reads
   *  plain data. */
  item = $state.raw<T | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #carryOut: (item: T) => Promise<void>;
  /** The delete on its way to the engine, until it is done. */
  #sending: Promise<void> | null = null;
  /** Closing the tab carries the delete out too (the request is sent with `keepalive`, see
   *  `transport`), as leaving the page in the app does; the desktop window waits for
   *  `commitAllHeldBack` before it closes. */
  readonly #onHide = () => void this.commit();

  /** `carryOut` deletes an item for good (and says so itself if that fails). */
  constructor(carryOut: (item: T) => Promise<void>) {
    this.#carryOut = carryOut;
  }

  /** Hold `item` back for UNDO_MS, once the delete held before it is carried out. */
  async hold(item: T) {
    await this.commit();
    this.item = item;
    this.#timer = setTimeout(() => void this.commit(), UNDO_MS);
    window.addEventListener('pagehide', this.#onHide);
    waiting.add(this);
  }

  /** Undo: the item stays. */
  undo() {
    this.#release();
    this.item = null;
    if (!this.#sending) waiting.delete(this);
  }

  /** Carry out the delete waiting for its Undo now (if any); else wait for the one on its
   *  way. Closing waits for it until it is done (it stays in `waiting` until then). */
  async commit() {
    const item = this.item;
    if (item === null) return this.#sending ?? undefined;
    this.#release();
    this.item = null;
    const sending: Promise<void> = this.#carryOut(item).finally(() => {
      if (this.#sending !== sending) return;
      this.#sending = null;
      if (this.item === null) waiting.delete(this);
    });
    this.#sending = sending;
    await sending;
  }

  /** No timer and no page-hide hook any more. */
  #release() {
    clearTimeout(this.#timer);
    window.removeEventListener('pagehide', this.#onHide);
  }
}
