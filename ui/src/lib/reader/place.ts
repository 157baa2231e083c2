// Where the reader left each article: the share of its body scrolled past, kept in this
// browser (localStorage, the newest few hundred articles), so that an article opened again
// comes back at that place, and how much of it has been on screen.

const KEY = 'clipline.reading-places';
/** How many articles' places are kept; the oldest is forgotten first. */
const KEPT = 300;
/** Nearer the start or the end than this, an article opens at its top. */
const EDGE = 0.02;

type Places = Record<string, { at: number; when: number }>;

function load(): Places {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {}; // storage refused or garbled: no places
  }
}

/** The place kept for article `id` (a share of its body, 0 to 1), or null. */
export function placeOf(id: number): number | null {
  const at = load()[String(id)]?.at;
  return typeof at === 'number' && at > EDGE && at < 1 - EDGE ? at : null;
}

/** Keep `at` as article `id`'s place; at either edge it is forgotten (a finished article
 *  opens at its top again). */
export function keepPlace(id: number, at: number): void {
  const places = load();
  if (at > EDGE && at < 1 - EDGE) places[String(id)] = { at, when: Date.now() };
  else delete places[String(id)];
  const ids = Object.keys(places);
  if (ids.length > KEPT) {
    ids.sort((a, b) => (places[a]?.when ?? 0) - (places[b]?.when ?? 0));
    for (const old of ids.slice(0, ids.length - KEPT)) delete places[old];
  }
  try {
    localStorage.setItem(KEY, JSON.stringify(places));
  } catch {
    // storage full or refused: the place is not kept
  }
}

/** The share of `body` scrolled past: where the window's top stands in it, 0 to 1. */
export function placeIn(body: HTMLElement): number {
  const box = body.getBoundingClientRect();
  return box.height > 0 ? Math.min(1, Math.max(0, -box.top / box.height)) : 0;
}

/** How much of `body` has been on screen: where the window's bottom stands in it, 0 to 1. */
export function shareRead(body: HTMLElement): number {
  const box = body.getBoundingClientRect();
  if (box.height <= 0) return 0;
  return Math.min(1, Math.max(0, (window.innerHeight - box.top) / box.height));
}

/** Scroll the window so that its top stands at share `at` of `body`. */
export function scrollToPlace(body: HTMLElement, at: number): void {
  const box = body.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + box.top + at * box.height });
}
