// Opening the sample notebook: the engine builds it (or reopens it) and every view reads
// the notebook afresh, so the page starts over on the library.
import { api } from '../api/client';

/** Switch to the sample notebook and reload on the library; rejects with the engine's error. */
export async function openSampleNotebook(): Promise<void> {
  await api.notebookOpen('sample');
  window.location.hash = '#/';
  window.location.reload();
}
