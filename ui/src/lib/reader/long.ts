// A body too long to draw at once. The reader draws an article's sanitized HTML and aligns
// it with its text (textmap.ts); for a page of millions of words (a whole archive clipped as
// one "article") that froze the tab for minutes. Past `LONG` characters the reader draws the
// first part from the text, paragraph by paragraph, and offers the rest.

/** Characters of text drawn before the rest is offered (about 35,000 words). */
export const LONG = 200_000;

/** Where to cut `text` for its first part: the end of the last paragraph that starts
 *  before `LONG`, or `null` when the whole text is short enough to draw. */
export function cutOf(text: string): number | null {
  if (text.length <= LONG) return null;
  const end = text.lastIndexOf('\n\n', LONG);
  if (end > LONG / 2) return end;
  // Not between the two halves of a character beyond the Basic Multilingual Plane.
  const code = text.charCodeAt(LONG - 1);
  return code >= 0xd800 && code <= 0xdbff ? LONG - 1 : LONG;
}

/** `text` as HTML paragraphs, one per blank-line-separated block, escaped. */
export function paragraphsHtml(text: string): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('');
}

/** How many words `text` has (spaces apart), for saying what is left to draw. */
export function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
