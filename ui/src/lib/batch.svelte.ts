// A batch of clips (several files or links dropped on the window, several links pasted in
// the clip box), run one after another with its progress on show: n of N, the item now
// being clipped, and every failure with its reason. A failure never stops the rest.
import type { ClipSource, ClippedArticle } from './api/bindings';
import { api, asFailure } from './api/client';

/** One thing to clip and what to call it in the progress panel. */
/** What a face says when a second batch is asked for while one runs (nothing is cleared). */
export const BATCH_BUSY =
  'A batch is still being clipped: wait for it to finish (its panel shows how far it is), then clip these.';

export interface BatchItem {
  label: string;
  source: ClipSource;
}

class Batch {
  /** Items in the batch now running (or last run). */
  total = $state(0);
  /** Items finished, stored or failed. */
  done = $state(0);
  /** The item being clipped now. */
  current = $state('');
  /** Articles stored (new or already in the notebook). */
  stored = $state<ClippedArticle[]>([]);
  failures = $state<{ label: string; message: string }[]>([]);
  running = $state(false);
  /** Whether the panel shows (until the user closes it after the batch ends). */
  open = $state(false);
  /** Bumped when a batch ends: views that list articles read afresh. */
  completed = $state(0);

  /** Clip `items` one by one; resolves with the articles stored when all are done. */
  async run(items: BatchItem[], tags: string[] = []): Promise<ClippedArticle[]> {
    if (this.running || items.length === 0) return [];
    this.total = items.length;
    this.done = 0;
    this.stored = [];
    this.failures = [];
    this.running = true;
    this.open = true;
    try {
      for (const item of items) {
        this.current = item.label;
        try {
          const out = await api.clip(item.source, tags);
          this.stored = [...this.stored, ...out.articles];
        } catch (err) {
          this.failures = [...this.failures, { label: item.label, message: asFailure(err).message }];
        }
        this.done += 1;
      }
    } finally {
      this.running = false;
      this.current = '';
      this.completed += 1;
    }
    return this.stored;
  }

  close(): void {
    if (!this.running) this.open = false;
  }
}

export const batch = new Batch();
