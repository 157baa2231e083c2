// Opening the sample notebook: the engine builds it (or reopens it) and every view reads
// the notebook afresh, so the page starts over on the library. Every button that offers it
// shows the same "opening" state.
import { api } from '../api/client';
import { errors } from '../errors.svelte';

class Sample {
  /** Whether the sample notebook is being built or opened. */
  opening = $state(false);

  /** Switch to the sample notebook and reload on the library; an error is shown. */
  async open() {
    this.opening = true;
    try {
      await api.notebookOpen('sample');
      window.location.hash = '#/';
      window.location.reload();
    } catch (err) {
      errors.show(err);
      this.opening = false;
    }
  }
}

export const sample = new Sample();
