// The bridge between the reader's DOM and the article's `content_text`: highlights and
// timeline claims point into `content_text` by Unicode code point, while the reader shows
// the sanitized `content_html`. The engine derived the text from that HTML with whitespace
// collapsed and paragraphs joined by blank lines, so the two agree on every non-space
// character; we align those characters (resyncing over the rare extra bullet or caption)
// and map offsets both ways through them.

/** One visible non-space character of the DOM: the text node and UTF-16 offset it sits at. */
interface DomChar {
  node: Text;
  offset: number;
  len: number;
}

/** The alignment of a rendered body with its `content_text`. */
export interface TextMap {
  chars: DomChar[];
  /** For each DOM character, the code-point index in `content_text`, or -1. */
  domToText: Int32Array;
  /** For each code point of `content_text`, the DOM character index, or -1. */
  textToDom: Int32Array;
}

const SPACE = /\s/;
const RESYNC_RUN = 6;
const RESYNC_REACH = 80;
// A block the text leaves out can be longer than the near reach (a disclosure, a copyright
// notice: the engine drops such lines from the text, the HTML keeps them). Past the near
// reach the two sides are resynced over a longer run, which a chance repeat of a few
// letters cannot fake; a failed far search is not tried again for a near reach.
const FAR_RUN = 24;
const FAR_REACH = 4000;

function domChars(root: Element): DomChar[] {
  const out: DomChar[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const data = node.data;
    for (let i = 0; i < data.length; ) {
      const cp = data.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      if (!SPACE.test(data[i]!)) out.push({ node, offset: i, len });
      i += len;
    }
  }
  return out;
}

function charAt(c: DomChar): string {
  return c.node.data.slice(c.offset, c.offset + c.len);
}

function same(dom: string[], i: number, text: string[], j: number, run: number): boolean {
  for (let k = 0; k < run; k++) {
    if (i + k >= dom.length || j + k >= text.length) return k > 0 && (i + k >= dom.length || j + k >= text.length);
    if (dom[i + k] !== text[j + k]) return false;
  }
  return true;
}

/** Align the DOM under `root` with `text` (the article's `content_text`). */
export function buildTextMap(root: Element, text: string): TextMap {
  const chars = domChars(root);
  const dom = chars.map(charAt);
  // Non-space code points of the text, with their code-point index.
  const textChars: string[] = [];
  const textIdx: number[] = [];
  let cpCount = 0;
  for (const ch of text) {
    if (!SPACE.test(ch)) {
      textChars.push(ch);
      textIdx.push(cpCount);
    }
    cpCount++;
  }
  const domToText = new Int32Array(chars.length).fill(-1);
  const textToDom = new Int32Array(cpCount).fill(-1);
  let i = 0;
  let j = 0;
  let farTriedUntil = -1;
  while (i < dom.length && j < textChars.length) {
    if (dom[i] === textChars[j]) {
      domToText[i] = textIdx[j]!;
      textToDom[textIdx[j]!] = i;
      i++;
      j++;
      continue;
    }
    // Out of step: skip whichever side has extra characters, the nearer resync first.
    let moved = false;
    for (let d = 1; d <= RESYNC_REACH && !moved; d++) {
      if (same(dom, i, textChars, j + d, RESYNC_RUN)) {
        j += d;
        moved = true;
      } else if (same(dom, i + d, textChars, j, RESYNC_RUN)) {
        i += d;
        moved = true;
      }
    }
    if (!moved && i > farTriedUntil) {
      for (let d = RESYNC_REACH + 1; d <= FAR_REACH && !moved; d++) {
        if (same(dom, i + d, textChars, j, FAR_RUN)) {
          i += d;
          moved = true;
        } else if (same(dom, i, textChars, j + d, FAR_RUN)) {
          j += d;
          moved = true;
        }
      }
      if (!moved) farTriedUntil = i + RESYNC_REACH;
    }
    if (!moved) {
      i++;
      j++;
    }
  }
  return { chars, domToText, textToDom };
}

/**
 * The code-point span of `content_text` a DOM range covers, trimmed to its first and last
 * non-space characters; null when the range holds none of the article's text.
 */
export function rangeToOffsets(map: TextMap, range: Range): { start: number; end: number } | null {
  const inside = new Map<Node, boolean>();
  let first = -1;
  let last = -1;
  map.chars.forEach((c, k) => {
    let hit = inside.get(c.node);
    if (hit === undefined) {
      hit = range.intersectsNode(c.node);
      inside.set(c.node, hit);
    }
    if (!hit) return;
    if (c.node === range.startContainer && c.offset + c.len <= range.startOffset) return;
    if (c.node === range.endContainer && c.offset >= range.endOffset) return;
    if (map.domToText[k]! < 0) return;
    if (first < 0) first = k;
    last = k;
  });
  if (first < 0) return null;
  // One DOM character (even a surrogate pair) is one code point of the text.
  return { start: map.domToText[first]!, end: map.domToText[last]! + 1 };
}

/** A span of `content_text` to draw as a `<mark>`. */
export interface MarkSpan {
  start: number;
  end: number;
  /** Classes for the mark (e.g. `hl hl-yellow`). */
  className: string;
  /** Data attributes for the mark (without the `data-` prefix). */
  data: Record<string, string>;
}

/**
 * Wrap the DOM text of each span in `<mark>`s (one per text node it crosses). Later spans
 * win where spans overlap. Returns the first mark of each span, keyed by its index.
 */
export function markSpans(map: TextMap, spans: MarkSpan[]): Map<number, HTMLElement> {
  const owner = new Int32Array(map.chars.length).fill(-1);
  spans.forEach((span, s) => {
    for (let t = Math.max(0, span.start); t < Math.min(span.end, map.textToDom.length); t++) {
      const k = map.textToDom[t]!;
      if (k >= 0) owner[k] = s;
    }
  });
  // Runs of characters in one text node owned by one span.
  const runs: { node: Text; from: number; to: number; span: number }[] = [];
  for (let k = 0; k < map.chars.length; k++) {
    const s = owner[k]!;
    if (s < 0) continue;
    const c = map.chars[k]!;
    const prev = runs[runs.length - 1];
    if (prev && prev.node === c.node && prev.span === s && owner[k - 1] === s) prev.to = c.offset + c.len;
    else {
      // A span that carries on from the previous node takes this node's leading spaces too.
      const from = k > 0 && owner[k - 1] === s ? 0 : c.offset;
      runs.push({ node: c.node, from, to: c.offset + c.len, span: s });
    }
    // ...and one that carries on into the next node takes this node's trailing spaces.
    const next = map.chars[k + 1];
    if (next && next.node !== c.node && owner[k + 1] === s) runs[runs.length - 1]!.to = c.node.data.length;
  }
  const first = new Map<number, HTMLElement>();
  // Back to front, so splitting a node never moves the offsets of runs still to wrap.
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r]!;
    const span = spans[run.span]!;
    const middle = run.node.splitText(run.from);
    middle.splitText(run.to - run.from);
    const mark = run.node.ownerDocument.createElement('mark');
    mark.className = span.className;
    for (const [key, value] of Object.entries(span.data)) mark.setAttribute(`data-${key}`, value);
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    first.set(run.span, mark);
  }
  return first;
}
