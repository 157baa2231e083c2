// The reader's preferences that the whole app reads (kept in the notebook; see Settings):
// whether images load from the web. Read once when the app starts.
import { api } from './api/client';

class Prefs {
  /** Whether an article's images load from the web (`remote_images` = `load`). */
  remoteImages = $state(true);
  /** Whether `load` has answered (until then an article is not drawn: its images could
   *  load before the reader's choice to keep them back is known). */
  loaded = $state(false);

  /** Read the stored preferences (a failure leaves the defaults). */
  async load(): Promise<void> {
    try {
      this.remoteImages = (await api.preference('remote_images')) === 'load';
    } catch {
      // The defaults stand; a page without a token says so elsewhere.
    } finally {
      this.loaded = true;
    }
  }
}

export const prefs = new Prefs();
