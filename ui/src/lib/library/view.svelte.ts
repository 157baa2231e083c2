// The library's filters and order, kept while the app runs: coming back from an article
// (or from any other page) finds the list filtered as it was left, as the timeline keeps
// its own in its address.

class LibraryView {
  tag = $state('');
  source = $state('');
  sort = $state<'clipped' | 'published'>('clipped');
  /** The filters below as a query (see `LibraryFilters`). */
  query = $state('');
  entity = $state('');
  theme = $state('');
  from = $state('');
  to = $state('');
  unread = $state(false);
}

export const libraryView = new LibraryView();
