// Opening the sample notebook and leaving it: the engine builds it (or reopens it) and
// every view reads the notebook afresh, so the page starts over on the library. Every button
// that offers it shows the same "opening" state. The open notebook is the server's, so the
// other tabs on it are told (a BroadcastChannel) and start over too, rather than go on
// showing, and writing to, the notebook they were opened on.
import { api } from '../api/client';
import { errors } from '../errors.svelte';

class Sample {
  /** Whether the sample notebook is being built or opened. */
  opening = $state(false);

  /** Switch to the sample notebook and reload on the library; an error is shown. */
  async open() {
    this.opening = true;
    if (!(await reopenOn('sample'))) this.opening = false;
  }

  /** Back to one's own notebook, reloaded on the library; an error is shown. */
  async back() {
    await reopenOn('home');
  }
}

/** Open notebook `which` and reload the page on the library; false (error shown) if refused. */
async function reopenOn(which: 'sample' | 'home'): Promise<boolean> {
  try {
    await api.notebookOpen(which);
    switched?.postMessage(which);
    window.location.hash = '#/';
    window.location.reload();
    return true;
  } catch (err) {
    errors.show(err);
    return false;
  }
}

/** The other tabs of this app, told when the open notebook changes. */
const switched = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('clipline-notebook');
if (switched) {
  switched.onmessage = () => {
    window.location.hash = '#/';
    window.location.reload();
  };
}

export const sample = new Sample();
