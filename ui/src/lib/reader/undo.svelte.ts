// The last note or highlight deleted in the reader, while its Undo shows. The engine's
// delete answers with what it removed, so Undo adds that back (a highlight under a new
// id at its own place; a note as it was, in its place among the others).
import { UNDO_MS } from '../heldback.svelte';

export class Undoable<T> {
  /** What was deleted last, while it can still be brought back. */
  item = $state<T | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Offer `item` back for UNDO_MS (a newer delete takes the place of an older one). */
  offer(item: T) {
    clearTimeout(this.#timer);
    this.item = item;
    this.#timer = setTimeout(() => (this.item = null), UNDO_MS);
  }

  /** What to bring back, once: the offer ends. */
  take(): T | null {
    clearTimeout(this.#timer);
    const item = this.item;
    this.item = null;
    return item;
  }
}
