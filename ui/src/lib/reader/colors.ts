// The highlight colours a reader can pick; stored by name, drawn by CSS class (`hl-NAME`).
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** A stored colour name as a known one (older or foreign values fall back to yellow). */
export function colorOf(name: string): HighlightColor {
  return (HIGHLIGHT_COLORS as readonly string[]).includes(name) ? (name as HighlightColor) : 'yellow';
}
