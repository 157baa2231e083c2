// Single-key shortcuts, in the manner of Gmail and Readwise: views register the keys they
// answer (`j`, `k`, `o`, `h`, `n`, `t`), the app answers `g t`, `g l`, `g e`, `?` itself.
// Keys are ignored while a text field has focus or a modifier (Ctrl, Alt, Meta) is held,
// and all of them (a character without a modifier) can be turned off in Settings, for
// speech input and screen readers that type letters (WCAG 2.1.4).
import { router, href } from './router.svelte';

type Bindings = Record<string, () => void>;

/** Inputs that take no typing: a shortcut still works after one was clicked. */
const UNTYPED_INPUTS = /^(checkbox|radio|button|submit|reset|range|color|file|image)$/;

/** Whether keyboard focus sits in something that takes typing. */
export function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.tagName === 'INPUT') return !UNTYPED_INPUTS.test((el as HTMLInputElement).type);
  return el.isContentEditable || /^(TEXTAREA|SELECT)$/.test(el.tagName);
}

/** Whether keyboard focus sits in a popover (`role="dialog"`: the highlight toolbar, the
 *  citation picker), whose keys are its own: a letter typed there is no page shortcut. */
export function inPopover(target: EventTarget | null): boolean {
  return !!(target as Element | null)?.closest?.('[role="dialog"]');
}

class Keys {
  /** Whether the `?` sheet is open. */
  sheetOpen = $state(false);
  /** Whether one-key shortcuts are on (the `single_key_shortcuts` preference). */
  oneKey = $state(true);
  private layers: Bindings[] = [];
  private pendingG = false;

  /** Add a layer of bindings (the newest wins); returns its removal. */
  register(bindings: Bindings): () => void {
    this.layers.push(bindings);
    return () => {
      this.layers = this.layers.filter((b) => b !== bindings);
    };
  }

  /** Whether `event` may be a one-key shortcut: no modifier, not typed into a field, not
   *  handled already, and (for a character) one-key shortcuts are on. */
  answers(event: KeyboardEvent): boolean {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
    if (typingIn(event.target) || inPopover(event.target)) return false;
    return this.oneKey || event.key.length > 1;
  }

  /** The global keydown handler (installed once by the app). */
  handle = (event: KeyboardEvent): void => {
    if (!this.answers(event)) {
      // A `g` followed by typing elsewhere is not the start of a `g`+letter any more.
      this.pendingG = false;
      return;
    }
    const key = event.key;
    // The page behind the sheet is out of reach while it shows; `?` and Escape close it.
    if (this.sheetOpen) {
      if (key === '?' || key === 'Escape') {
        event.preventDefault();
        this.sheetOpen = false;
      }
      return;
    }
    if (this.pendingG) {
      this.pendingG = false;
      const to = { t: href.timeline(), l: href.library(), e: href.entities(), m: href.themes(), f: href.feeds() }[key];
      if (to) {
        event.preventDefault();
        router.go(to);
      }
      return;
    }
    if (key === 'g') {
      this.pendingG = true;
      return;
    }
    if (key === '?') {
      event.preventDefault();
      this.sheetOpen = true;
      return;
    }
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const fn = this.layers[i]![key];
      if (fn) {
        event.preventDefault();
        fn();
        return;
      }
    }
  };
}

export const keys = new Keys();

/** The desktop app's clip shortcut until the reader chooses another (Settings → Desktop). */
export const CLIP_SHORTCUT_DEFAULT = 'Ctrl+Shift+L';

/** What the `?` sheet lists. */
export const SHORTCUTS: [string, string][] = [
  ['/', 'Search'],
  ['j / k', 'Next / previous article in the library'],
  ['o or Enter', 'Open the selected article'],
  ['x', 'Select or unselect the current article (library)'],
  ['Shift+click / Ctrl+click', 'Select a run of articles / one more article (library)'],
  ['Esc', 'Clear the selection (library)'],
  ['h', 'Highlight the selected text (reader)'],
  ['n', 'Write a note (reader)'],
  ['t', 'Add a tag (reader)'],
  ['u', 'Mark the article unread, or read again (reader)'],
  ['g t', 'Go to the timeline'],
  ['g l', 'Go to the library'],
  ['g e', 'Go to entities'],
  ['g m', 'Go to themes'],
  ['g f', 'Go to feeds'],
  ['+ / −', 'Zoom the timeline'],
  ['← / →', 'Move the timeline earlier / later'],
  ['Ctrl+V', 'Clip what is on the clipboard (outside a text field)'],
  [CLIP_SHORTCUT_DEFAULT, 'Desktop app, from any application: clip the clipboard (change it in Settings)'],
  ['?', 'Show or hide this sheet'],
];
