// The second sanitizer on the way to the DOM (the engine's ammonia is the first).
// Clipped HTML is hostile: no script, style, iframe, form, svg or math, no on* or style
// attributes, and links and images only to http(s) (links also to mailto).
import DOMPurify from 'dompurify';

const SAFE_URL = /^(?:(?:https?|mailto):|#)/i;

const articlePurifier = DOMPurify(window);
articlePurifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    const href = node.getAttribute('href');
    if (href && !href.startsWith('#')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  }
  if (node.tagName === 'IMG') {
    const src = node.getAttribute('src');
    if (src && !/^https?:/i.test(src)) node.removeAttribute('src');
    node.removeAttribute('srcset');
    node.setAttribute('loading', 'lazy');
    node.setAttribute('referrerpolicy', 'no-referrer');
    if (src && /^https?:/i.test(src) && imagesHeld && !imagesShown.has(src)) holdImage(node, src);
  }
});

/** Whether the article being sanitized keeps its web images back, and which it shows. */
let imagesHeld = false;
let imagesShown: ReadonlySet<string> = new Set();

/** An image kept back: no `src` (nothing is fetched), its address in `data-src`, and a
 *  label naming its host; the reader loads it when it is clicked (see `Reader.svelte`). */
function holdImage(img: Element, src: string) {
  let host = src;
  try {
    host = new URL(src).host;
  } catch {
    // An address URL cannot read keeps its whole text as the name.
  }
  img.removeAttribute('src');
  img.setAttribute('data-src', src);
  img.setAttribute('role', 'button');
  img.setAttribute('tabindex', '0');
  const label = `Image from ${host}, not loaded: press to load it`;
  img.setAttribute('alt', label);
  img.setAttribute('title', label);
}

const ARTICLE_CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input',
    'button', 'select', 'textarea', 'option', 'svg', 'math', 'link', 'meta', 'base', 'template',
    'noscript', 'video', 'audio', 'source', 'track', 'dialog',
  ],
  FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'action', 'formaction', 'background', 'ping'],
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

/** Article HTML as stored by the engine, made safe for `{@html}`. With `holdImages`, an
 *  image from the web is not loaded unless its address is in `shown`. */
export function sanitizeArticle(html: string, holdImages = false, shown: ReadonlySet<string> = new Set()): string {
  imagesHeld = holdImages;
  imagesShown = shown;
  try {
    return articlePurifier.sanitize(html, ARTICLE_CONFIG);
  } finally {
    imagesHeld = false;
    imagesShown = new Set();
  }
}

/** A search snippet: escaped text with `<mark>` around matches; nothing else survives. */
export function sanitizeSnippet(html: string): string {
  return DOMPurify.sanitize(html, { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [] });
}

/** Output of the note renderer, checked once more against its small allow-list. */
export function sanitizeNote(html: string): string {
  // The article purifier's hook gives outside links their new tab and `rel`, as it does in
  // articles: a note's link must not navigate the app away.
  return articlePurifier.sanitize(html, {
    ALLOWED_TAGS: ['p', 'br', 'strong', 'em', 'code', 'a', 'ul', 'ol', 'li'],
    ALLOWED_ATTR: ['href', 'target', 'rel', 'class'],
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|#\/article\/\d+(?:\?(?:at=\d+-\d+|highlight=\d+))?$)/i,
  });
}
