// Where keyboard focus goes when the page changes, or when the skip link is used: to the
// page's heading (or, before it has loaded, to `<main>`), so that a screen reader says
// where the reader now is and the next Tab goes on from there, not from the top.

/** Focus the page shown now: its `h1` if it has one yet, else `<main>`. */
export function focusPage(): void {
  const target = pageHeading();
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/** The page's `h1` if it has one yet, else `<main>`. */
function pageHeading(): HTMLElement | null {
  const main = document.getElementById('main');
  return main?.querySelector<HTMLElement>('h1') ?? main;
}

/**
 * Focus the element as soon as it is shown (`{@attach takeFocus}`): the Undo of a delete,
 * which appears as the pressed Delete button goes away with its item. Without it the
 * focus falls to the document, and a screen reader may not read the bar at all. When the
 * element goes (its Undo pressed, or run out) while it held the focus, the focus goes to
 * the page's heading instead of the document, unless something else has taken it by then
 * (an item brought back that focuses itself).
 */
export function takeFocus(el: HTMLElement): () => void {
  el.focus();
  return () => {
    if (document.activeElement !== el && document.activeElement !== document.body) return;
    setTimeout(() => {
      const now = document.activeElement;
      if (now && now !== document.body && now.isConnected) return;
      focusPage();
    }, 0);
  };
}

/**
 * When the focus was lost (the pressed control went away with what it removed), give it to
 * the first of `targets` that is on the page: the next item's control, else the list's
 * input. A focus the reader has moved elsewhere meanwhile is left alone.
 */
export function focusIfLost(...targets: (HTMLElement | null | undefined)[]): void {
  const now = document.activeElement;
  if (now && now !== document.body && now.isConnected) return;
  targets.find((t) => t?.isConnected)?.focus();
}
