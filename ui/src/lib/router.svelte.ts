// A hash router in a few lines: `#/`, `#/article/ID`, `#/timeline`, `#/feeds`... The hash keeps the
// app a single file for Tauri and for `clipline serve`, with no server-side routes.

export type Route =
  | { name: 'library' }
  | { name: 'article'; id: number; at: { start: number; end: number } | null; highlight: number | null }
  | { name: 'timeline' }
  | { name: 'entities' }
  | { name: 'themes' }
  | { name: 'feeds' }
  | { name: 'settings' }
  | { name: 'not_found'; path: string };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\?.*$/, '') || '/';
  // `#/library` is what people type for the first page; it is the same page as `#/`.
  if (path === '/' || path === '' || path === '/library') return { name: 'library' };
  if (path === '/timeline') return { name: 'timeline' };
  if (path === '/entities') return { name: 'entities' };
  if (path === '/themes') return { name: 'themes' };
  if (path === '/feeds') return { name: 'feeds' };
  if (path === '/settings') return { name: 'settings' };
  const article = /^\/article\/(\d+)$/.exec(path);
  if (article?.[1]) {
    const at = /[?&]at=(\d+)-(\d+)/.exec(hash);
    // A highlight by its id (a memo's citation): its offsets are looked up when the
    // article opens, so the link still leads to it after a re-extraction moved it.
    const highlight = /[?&]highlight=(\d+)/.exec(hash);
    return {
      name: 'article',
      id: Number(article[1]),
      at: at ? { start: Number(at[1]), end: Number(at[2]) } : null,
      highlight: highlight ? Number(highlight[1]) : null,
    };
  }
  return { name: 'not_found', path };
}

export const href = {
  library: () => '#/',
  article: (id: number, at?: { start: number; end: number } | null) =>
    at ? `#/article/${id}?at=${at.start}-${at.end}` : `#/article/${id}`,
  /** A search hit: its article, at the match its snippet shows when that is in the body. */
  hit: (hit: { article: { id: number }; span_start: number | null; span_end: number | null }) =>
    href.article(
      hit.article.id,
      hit.span_start !== null && hit.span_end !== null ? { start: hit.span_start, end: hit.span_end } : null,
    ),
  timeline: () => '#/timeline',
  entities: () => '#/entities',
  themes: () => '#/themes',
  feeds: () => '#/feeds',
  settings: () => '#/settings',
};

class Router {
  route = $state<Route>(parseHash(window.location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.route = parseHash(window.location.hash);
    });
  }

  go(hash: string): void {
    if (window.location.hash === hash) this.route = parseHash(hash);
    else window.location.hash = hash;
  }
}

export const router = new Router();
