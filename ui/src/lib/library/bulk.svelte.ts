// Several library articles at once: the selection (click the box, Ctrl/Shift+click, `x`),
// tagging them, marking them read or unread and deleting them, each undoable. A delete is held back while its "Undo"
// shows (`HeldBack`) and is carried out when that expires, the library is left or the tab
// is closed.
import { api, ApiFailure } from '../api/client';
import { errors } from '../errors.svelte';
import { HeldBack } from '../heldback.svelte';

/** An article the reader asked to delete, handed to the library, which holds the delete
 *  back with its Undo as it does its own (the reader's delete had no Undo). */
export const handedOver: { id: number | null } = { id: null };

/** What the list does when the bulk actions change articles. */
/** The most articles one bulk action changes: the engine's own limit
 *  (`MOST_AT_ONCE` in `notebook/library.rs`), checked here before the selection is let go. */
export const MOST_AT_ONCE = 10_000;

export interface BulkHooks {
  /** `tag` was added to (`on`) or removed from the articles `ids`. */
  retagged(ids: number[], tag: string, on: boolean): void;
  /** The articles `ids` were marked read (`read`) or unread. */
  reread(ids: number[], read: boolean): void;
  /** The articles `ids` are gone for good. */
  deleted(ids: Set<number>): void;
  /** Tag counts or notebook totals changed. */
  changed(): void;
}

export class Bulk {
  /** The selected article ids. */
  selected = $state<Set<number>>(new Set());
  /** The row a Shift+click selects up to from. */
  anchor = $state(-1);
  /** The last tagging, while its Undo shows. */
  tagged = $state<{ tag: string; ids: number[] } | null>(null);
  /** The last marking read or unread, while its Undo shows: the articles it changed. */
  marked = $state<{ read: boolean; ids: number[]; already: number } | null>(null);
  /** A delete waiting for its Undo to expire: the ids of the articles it deletes (a set:
   *  the list asks it about every loaded row). */
  readonly pendingDelete = new HeldBack<ReadonlySet<number>>((ids) => this.carryOutDelete([...ids]));
  /** How many articles the last carried-out delete removed (0 once dismissed). */
  deleted = $state(0);

  constructor(private hooks: BulkHooks) {}

  /** Whether an article waits for its delete (and so is hidden). */
  hidden(id: number): boolean {
    return this.pendingDelete.item?.has(id) ?? false;
  }

  toggle(id: number, row: number) {
    const next = new Set(this.selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.selected = next;
    this.anchor = row;
  }

  /** Select every row from the anchor to `row` of `rows`. */
  selectRange(rows: { id: number }[], row: number) {
    const from = this.anchor < 0 ? row : Math.min(this.anchor, row);
    const to = this.anchor < 0 ? row : Math.max(this.anchor, row);
    const next = new Set(this.selected);
    for (const a of rows.slice(from, to + 1)) next.add(a.id);
    this.selected = next;
  }

  /** Select nothing (and start the next Shift+click afresh). */
  clear() {
    if (this.selected.size > 0) this.selected = new Set();
    this.anchor = -1;
  }

  /** Whether the selection is within what the engine changes at once; else says so. */
  private withinLimit(): boolean {
    if (this.selected.size <= MOST_AT_ONCE) return true;
    errors.show(
      new ApiFailure(
        'invalid_input',
        `${this.selected.size.toLocaleString()} articles are selected; at most ${MOST_AT_ONCE.toLocaleString()} can be changed at once. Select fewer, or narrow the list with a filter.`,
      ),
    );
    return false;
  }

  /** Add `tag` to the selected articles; true when done (the selection is then cleared). */
  async tag(tag: string): Promise<boolean> {
    if (!tag || this.selected.size === 0 || !this.withinLimit()) return false;
    try {
      const ids = await api.tagAddMany([...this.selected], tag);
      this.hooks.retagged(ids, tag, true);
      this.marked = null;
      this.tagged = { tag, ids };
      this.selected = new Set();
      this.hooks.changed();
      return true;
    } catch (err) {
      errors.show(err);
      return false;
    }
  }

  async undoTag() {
    const last = this.tagged;
    if (!last) return;
    this.tagged = null;
    try {
      const off = await api.tagRemoveMany(last.ids, last.tag);
      this.hooks.retagged(off, last.tag, false);
      this.hooks.changed();
    } catch (err) {
      errors.show(err);
    }
  }

  /** Mark the selected articles read (or unread); true when done (the selection is then
   *  cleared). Only the articles it changed are marked back by its Undo. */
  async mark(read: boolean): Promise<boolean> {
    if (this.selected.size === 0 || !this.withinLimit()) return false;
    try {
      const asked = this.selected.size;
      const ids = await api.markRead([...this.selected], read);
      this.hooks.reread(ids, read);
      this.tagged = null;
      this.marked = { read, ids, already: asked - ids.length };
      this.selected = new Set();
      this.hooks.changed();
      return true;
    } catch (err) {
      errors.show(err);
      return false;
    }
  }

  async undoMark() {
    const last = this.marked;
    if (!last) return;
    this.marked = null;
    // Nothing was changed, so there is nothing to mark back (the engine takes no empty list).
    if (last.ids.length === 0) return;
    try {
      const ids = await api.markRead(last.ids, !last.read);
      this.hooks.reread(ids, !last.read);
      this.hooks.changed();
    } catch (err) {
      errors.show(err);
    }
  }

  /** Hide the selected articles now; delete them when the undo expires. */
  async deleteSelected() {
    if (this.selected.size === 0 || !this.withinLimit()) return;
    const ids: ReadonlySet<number> = this.selected;
    this.selected = new Set();
    this.tagged = null;
    this.marked = null;
    await this.pendingDelete.hold(ids);
  }

  undoDelete() {
    this.pendingDelete.undo();
  }

  /** Carry out the delete waiting for its undo to expire (if any). */
  async commitDelete() {
    await this.pendingDelete.commit();
  }

  private async carryOutDelete(ids: number[]) {
    try {
      const gone = new Set(await api.articleDelete(ids));
      this.hooks.deleted(gone);
      this.deleted = gone.size;
      this.hooks.changed();
    } catch (err) {
      errors.show(err);
    }
  }
}
