// The reader's preferences that the whole app reads (kept in the notebook; see Settings):
// whether images load from the web, and whether one-key shortcuts are on (kept by `keys`).
// Read once when the app starts.
import { api } from './api/client';
import { keys } from './keys.svelte';

class Prefs {
  /** Whether an article's images load from the web (`remote_images` = `load`). */
  remoteImages = $state(true);
  /** Whether `load` has answered (until then an article is not drawn: its images could
   *  load before the reader's choice to keep them back is known). */
  loaded = $state(false);

  /** Read the stored preferences (a failure leaves the defaults). */
  async load(): Promise<void> {
    try {
      const [images, oneKey] = await Promise.all([api.preference('remote_images'), api.preference('single_key_shortcuts')]);
      this.remoteImages = images === 'load';
      keys.oneKey = oneKey === 'on';
    } catch {
      // The defaults stand; a page without a token says so elsewhere.
    } finally {
      this.loaded = true;
    }
  }
}

export const prefs = new Prefs();
