// Where the highlight toolbar goes beside the selection it was opened for.

/** The toolbar's height at most (a three-line quote), for where it fits. */
const TOOLBAR_H = 220;

/** The toolbar's place: `top` and `left` in window pixels; `above` when `top` is where its
 *  bottom edge goes. */
export interface ToolbarPlace {
  top: number;
  left: number;
  above: boolean;
}

/** Under `rect` (the selection); above it when the window has no room under it but has
 *  above; else under it, kept inside the window. Left, it lines up with the selection. It
 *  once sat over the selection's start near the window's bottom. */
export function toolbarAt(rect: DOMRect): ToolbarPlace {
  const left = Math.max(8, Math.min(window.innerWidth - 300, rect.left));
  if (rect.bottom + 8 + TOOLBAR_H > window.innerHeight && rect.top - 8 - TOOLBAR_H >= 56) {
    return { top: rect.top - 8, left, above: true };
  }
  return { top: Math.min(window.innerHeight - TOOLBAR_H, rect.bottom + 8), left, above: false };
}
