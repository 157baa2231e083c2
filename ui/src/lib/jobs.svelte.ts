// Long work the engine is doing (analysing or extracting every article again, importing
// another tool's export), as its progress events tell it: whichever view or command set it
// off (a button in Settings, an entity edit that re-analyses the notebook), the panel shows
// how far it has come, and that it has ended for a few seconds after.
import type { Job, ProgressEvent } from './api/bindings';
import { api } from './api/client';

/** What each job is called while it runs and once it has ended, and what it counts. */
export const JOB_LABELS: Record<Job, { doing: string; done: string; unit: string }> = {
  reanalyze: { doing: 'Analysing the articles again', done: 'Analysed the articles again', unit: 'articles' },
  reextract: { doing: 'Extracting the pages again', done: 'Extracted the pages again', unit: 'pages' },
  import: { doing: 'Importing', done: 'Imported', unit: 'items' },
  feed_poll: { doing: 'Polling the feeds', done: 'Polled the feeds', unit: 'feeds' },
};

/** How long the panel says a job has ended before it goes. */
const ENDED_SHOWN_MS = 4000;

class Jobs {
  /** The job running now, or ended in the last few seconds, as its last event told it. */
  current = $state<ProgressEvent | null>(null);
  /** Whether `current` is still running. */
  running = $derived(this.current !== null && this.current.done < this.current.total && !this.current.stopped);
  /** Whether the user has asked the running job to stop (it stops before its next item). */
  stopping = $state(false);
  #hide: ReturnType<typeof setTimeout> | undefined;

  /** Follow the engine's progress events; call the result to stop. */
  listen(): () => void {
    const stop = api.listen((event) => {
      clearTimeout(this.#hide);
      this.current = event;
      if (event.done === 0) this.stopping = false;
      if (event.done >= event.total || event.stopped) this.#hide = setTimeout(() => (this.current = null), ENDED_SHOWN_MS);
    });
    return () => {
      clearTimeout(this.#hide);
      stop();
    };
  }

  /** Ask the engine to stop the running job; what it has done stays. */
  async stop(): Promise<void> {
    this.stopping = true;
    try {
      await api.jobStop();
    } catch (err) {
      this.stopping = false;
      throw err;
    }
  }
}

export const jobs = new Jobs();
