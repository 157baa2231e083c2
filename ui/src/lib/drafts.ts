// Text typed but not saved yet (a note on an article, a new memo), kept per subject for
// the browser tab's life (sessionStorage), so that leaving the page, or the view being
// rebuilt, and coming back finds it again. Saving or emptying the box forgets it.

const PREFIX = 'clipline.draft.';

/** The draft kept under `key`, or ''. */
export function draftOf(key: string): string {
  try {
    return sessionStorage.getItem(PREFIX + key) ?? '';
  } catch {
    return ''; // storage refused: drafts last as long as the view
  }
}

/** Keep `text` under `key` (blank text forgets it). */
export function keepDraft(key: string, text: string): void {
  try {
    if (text.trim()) sessionStorage.setItem(PREFIX + key, text);
    else sessionStorage.removeItem(PREFIX + key);
  } catch {
    // storage full or refused: the draft lives in the view only
  }
}
