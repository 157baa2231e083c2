// The one door from the UI to the engine: every view calls `api.*`, which sends a typed
// `Request` over whichever transport carries it (see `transport.ts`) and checks the
// `Response` kind.
import type {
  Article,
  ArticleTheme,
  BackupInfo,
  Restored,
  ExportFile,
  FeedInfo,
  FeedPoll,
  Skipped,
  ExportFormat,
  ArticleSummary,
  EntityEffect,
  EntitySuggestion,
  EntityInfo,
  EventKind,
  Highlight,
  ThemeInfo,
  ClipOutcome,
  ClipSource,
  LaneBy,
  LibrarySort,
  Preference,
  ProgressEvent,
  ImportSource,
  ToolImportReport,
  ReanalyzeReport,
  ReextractReport,
  Memo,
  MemoSubject,
  Note,
  NotebookChoice,
  SavedSearch,
  NotebookInfo,
  Retagged,
  Request,
  Response,
  SearchHit,
  Tag,
  TagDeleted,
  TagRenamed,
  Timeline,
  UnknownName,
} from './bindings';
import { ApiFailure, detectTransport, isApiError, type NotebookJson, type Transport } from './transport';

export { ApiFailure, type FailureCode } from './transport';

type ResponseKind = Response['kind'];
type DataOf<K extends ResponseKind> = Extract<Response, { kind: K }> extends { data: infer D } ? D : undefined;

/** Typed helpers, one per command; each checks the response kind. */
export class Api {
  constructor(private readonly transport: Transport) {}

  get transportName(): Transport['name'] {
    return this.transport.name;
  }

  /** Send a raw request and insist on the response kind `kind`. */
  async call<K extends ResponseKind>(request: Request, kind: K): Promise<DataOf<K>> {
    const response = await this.transport.send(request);
    if (response.kind !== kind)
      throw new ApiFailure('bad_response', `Expected a ${kind} answer to ${request.cmd} but got ${response.kind}.`);
    return ('data' in response ? response.data : undefined) as DataOf<K>;
  }

  /** Hear the progress of long work (see `progress.svelte.ts`); call the result to stop. */
  listen(onProgress: (event: ProgressEvent) => void): () => void {
    return this.transport.listen(onProgress);
  }

  /** Hear that the library's articles changed outside this page (see `Transport.watchArticles`). */
  watchArticles(onChange: () => void): () => void {
    return this.transport.watchArticles(onChange);
  }

  /** Run `task` before the desktop window closes (see `Transport.beforeClose`). */
  beforeClose(task: () => Promise<void>): void {
    this.transport.beforeClose(task);
  }

  /** Analyse every article again; its progress comes as `progress` events meanwhile. */
  notebookReanalyze(): Promise<ReanalyzeReport> {
    return this.call({ cmd: 'NotebookReanalyze' }, 'Reanalyzed');
  }

  /** Extract every stored page again; its progress comes as `progress` events meanwhile. */
  notebookReextract(): Promise<ReextractReport> {
    return this.call({ cmd: 'NotebookReextract' }, 'Reextracted');
  }

  /** Stop the long work running now before its next item; its answer then says it stopped. */
  async jobStop(): Promise<void> {
    await this.call({ cmd: 'JobStop' }, 'Done');
  }

  /** Clip every item of another tool's export (`data`: the file in base64), with progress events. */
  importExport(from: ImportSource, data: string, tags: string[] = []): Promise<ToolImportReport> {
    return this.call({ cmd: 'ImportExport', args: tags.length ? { from, data, tags } : { from, data } }, 'Imported');
  }

  /** Switch to the user's own notebook or the sample one (built on first use). */
  notebookOpen(which: NotebookChoice): Promise<NotebookInfo> {
    return this.call({ cmd: 'NotebookOpen', args: { which } }, 'Info');
  }

  info(): Promise<NotebookInfo> {
    return this.call({ cmd: 'NotebookInfo' }, 'Info');
  }

  /** Back the notebook up into the `backups` folder beside it. */
  notebookBackup(): Promise<BackupInfo> {
    return this.call({ cmd: 'NotebookBackup' }, 'Backup');
  }

  /** The backups in the `backups` folder beside the notebook, newest first. */
  backups(): Promise<BackupInfo[]> {
    return this.call({ cmd: 'BackupList' }, 'Backups');
  }

  /** Put a listed backup back into the open notebook (it is backed up as it is first). */
  notebookRestore(name: string): Promise<Restored> {
    return this.call({ cmd: 'NotebookRestore', args: { name } }, 'Restored');
  }

  clip(source: ClipSource, tags: string[] = []): Promise<ClipOutcome> {
    return this.call({ cmd: 'ArticleClip', args: { source, tags } }, 'Clipped');
  }

  /** Every feed subscription, oldest first. */
  feeds(): Promise<FeedInfo[]> {
    return this.call({ cmd: 'FeedList' }, 'Feeds');
  }

  /** Subscribe to a feed (the engine fetches it once to check it is one). */
  feedAdd(url: string, tags: string[], themes: string[]): Promise<FeedInfo> {
    return this.call({ cmd: 'FeedAdd', args: { url, tags, themes } }, 'Feed');
  }

  /** Unsubscribe; resolves with the subscription as it was. */
  feedRemove(id: number): Promise<FeedInfo> {
    return this.call({ cmd: 'FeedRemove', args: { feed: String(id) } }, 'Feed');
  }

  /** Poll the feeds that are due (every one with `force`) and clip their new items. */
  feedPoll(force: boolean): Promise<FeedPoll[]> {
    return this.call({ cmd: 'FeedPoll', args: { force } }, 'FeedPolls');
  }

  /** Subscribe to every feed of an OPML document. */
  feedImportOpml(text: string): Promise<{ added: number; skipped: Skipped[] }> {
    return this.call({ cmd: 'FeedImportOpml', args: { text } }, 'OpmlImported');
  }

  /** The subscriptions as OPML. */
  feedExportOpml(): Promise<string> {
    return this.call({ cmd: 'FeedExportOpml' }, 'Document');
  }

  /** The loopback server's address with its token, for the browser extension's Pair box. */
  pairingAddress(): Promise<string> {
    return this.call({ cmd: 'PairingAddress' }, 'Document');
  }

  /** The whole notebook as JSON: a file to offer, or one saved (see `Transport.notebookJson`). */
  notebookJson(): Promise<NotebookJson> {
    return this.transport.notebookJson();
  }

  /** The notebook in an export format, as the files it makes (one, but for Markdown). */
  notebookExport(format: ExportFormat): Promise<ExportFile[]> {
    return this.call({ cmd: 'NotebookExport', args: { format, ask: {} } }, 'Files');
  }

  /** Make a copy that joined an article ("also at") an article of its own again. */
  articleSplit(copyId: number): Promise<ClipOutcome> {
    return this.call({ cmd: 'ArticleSplit', args: { copy_id: copyId } }, 'Clipped');
  }

  /** Whatever the user pasted: a URL, an HTML page or text; the engine decides. */
  clipPaste(content: string, tags: string[] = []): Promise<ClipOutcome> {
    return this.clip({ kind: 'paste', content }, tags);
  }

  /** One page of the library; `after` is the last article of the previous page (keyset paging). */
  list(
    filter: { tag?: string; source?: string; sort?: LibrarySort; after?: number; limit?: number; query?: string } = {},
  ): Promise<ArticleSummary[]> {
    const args: { tag?: string; source?: string; sort?: LibrarySort; after?: number; limit?: number; query?: string } = {};
    if (filter.tag) args.tag = filter.tag;
    if (filter.source) args.source = filter.source;
    if (filter.sort) args.sort = filter.sort;
    if (filter.after !== undefined) args.after = filter.after;
    if (filter.limit !== undefined) args.limit = filter.limit;
    if (filter.query) args.query = filter.query;
    return this.call({ cmd: 'ArticleList', args }, 'Articles');
  }

  /** Delete articles (one transaction); resolves with the ids that existed. */
  articleDelete(ids: number[]): Promise<number[]> {
    return this.call({ cmd: 'ArticleDelete', args: { ids } }, 'Ids');
  }

  /** Mark articles read or unread; resolves with the ids whose state changed. */
  markRead(ids: number[], read: boolean): Promise<number[]> {
    return this.call({ cmd: 'ArticleMarkRead', args: { ids, read } }, 'Ids');
  }

  /** Tag several articles at once; resolves with the ids that did not carry the tag before. */
  tagAddMany(articleIds: number[], tag: string): Promise<number[]> {
    return this.call({ cmd: 'TagAddMany', args: { article_ids: articleIds, tag } }, 'Ids');
  }

  /** Take a tag off several articles at once; resolves with the ids it was on. */
  tagRemoveMany(articleIds: number[], tag: string): Promise<number[]> {
    return this.call({ cmd: 'TagRemoveMany', args: { article_ids: articleIds, tag } }, 'Ids');
  }

  sources(): Promise<string[]> {
    return this.call({ cmd: 'SourceList' }, 'Sources');
  }

  preference(key: Preference): Promise<string> {
    return this.call({ cmd: 'PreferenceGet', args: { key } }, 'Preference');
  }

  /** Set a preference; resolves with the value as stored (the desktop also applies a shortcut). */
  preferenceSet(key: Preference, value: string): Promise<string> {
    return this.call({ cmd: 'PreferenceSet', args: { key, value } }, 'Preference');
  }

  article(id: number): Promise<Article> {
    return this.call({ cmd: 'ArticleGet', args: { id } }, 'Article');
  }

  noteAdd(articleId: number | null, body: string): Promise<Note> {
    const args: { article_id?: number; body: string } = { body };
    if (articleId !== null) args.article_id = articleId;
    return this.call({ cmd: 'NoteAdd', args }, 'Note');
  }

  /** Delete a note; resolves with it as it was (what `noteRestore` puts back). */
  noteDelete(id: number): Promise<Note> {
    return this.call({ cmd: 'NoteDelete', args: { id } }, 'Note');
  }

  /** Undo a note's delete: the note back in its place, under its own dates. */
  noteRestore(note: Note): Promise<Note> {
    return this.call({ cmd: 'NoteRestore', args: { note } }, 'Note');
  }

  /** Put tags on one article and take others off, in one transaction. */
  retag(articleId: number, add: string[], remove: string[] = []): Promise<Retagged> {
    return this.call({ cmd: 'ArticleRetag', args: { id: articleId, add, remove } }, 'Retagged');
  }

  tags(): Promise<Tag[]> {
    return this.call({ cmd: 'TagList' }, 'Tags');
  }

  /** Rename a tag everywhere (articles, feeds, the themes and saved searches asking for it);
   *  into a tag that has the new name only with `merge`. */
  tagRename(name: string, to: string, merge = false): Promise<TagRenamed> {
    return this.call({ cmd: 'TagRename', args: { name, to, merge } }, 'TagRenamed');
  }

  /** Take a tag off every article and feed; the answer is what `tagRestore` puts back. */
  tagDelete(name: string): Promise<TagDeleted> {
    return this.call({ cmd: 'TagDelete', args: { name } }, 'TagDeleted');
  }

  /** Undo a tag's delete. */
  tagRestore(deleted: TagDeleted): Promise<Tag> {
    return this.call({ cmd: 'TagRestore', args: { deleted } }, 'Tag');
  }

  search(query: string, limit?: number): Promise<SearchHit[]> {
    return this.call({ cmd: 'Search', args: limit === undefined ? { query } : { query, limit } }, 'SearchResults');
  }

  /** The entity, tag, theme and source names a query asks for that the notebook does not know. */
  searchUnknownNames(query: string): Promise<UnknownName[]> {
    return this.call({ cmd: 'SearchUnknownNames', args: { query } }, 'UnknownNames');
  }

  highlightAdd(articleId: number, start: number, end: number, color: string, note?: string): Promise<Highlight> {
    const args: { article_id: number; start: number; end: number; color: string; note?: string } = {
      article_id: articleId,
      start,
      end,
      color,
    };
    if (note) args.note = note;
    return this.call({ cmd: 'HighlightAdd', args }, 'Highlight');
  }

  /** Delete a highlight; resolves with it as it was (what an undo adds back). */
  highlightDelete(id: number): Promise<Highlight> {
    return this.call({ cmd: 'HighlightDelete', args: { id } }, 'Highlight');
  }

  entities(limit?: number): Promise<EntityInfo[]> {
    return this.call({ cmd: 'EntityList', args: limit === undefined ? {} : { limit } }, 'Entities');
  }

  entityAdd(name: string, kind: string, aliases: string[] = []): Promise<EntityInfo> {
    return this.call({ cmd: 'EntityAdd', args: { name, kind, aliases } }, 'Entity');
  }

  entityAlias(name: string, alias: string): Promise<EntityInfo> {
    return this.call({ cmd: 'EntityAlias', args: { name, alias } }, 'Entity');
  }

  entityRename(name: string, newName: string): Promise<EntityInfo> {
    return this.call({ cmd: 'EntityRename', args: { name, new_name: newName } }, 'Entity');
  }

  entityMerge(from: string, into: string): Promise<EntityInfo> {
    return this.call({ cmd: 'EntityMerge', args: { from, into } }, 'Entity');
  }

  /** What merging `name` into `into` (or rejecting it) would touch; changes nothing. */
  entityEffect(name: string, into?: string): Promise<EntityEffect> {
    return this.call({ cmd: 'EntityEffect', args: into ? { name, into } : { name } }, 'EntityEffect');
  }

  async entityReject(name: string): Promise<void> {
    await this.call({ cmd: 'EntityReject', args: { name } }, 'Done');
  }

  /** Take back a rejection; the notebook is analysed again, so this takes a moment. */
  entityRestore(name: string): Promise<EntityInfo> {
    return this.call({ cmd: 'EntityRestore', args: { name } }, 'Entity');
  }

  /** Names in recent articles that look like companies or people but are no entity yet. */
  entitySuggestions(limit?: number): Promise<EntitySuggestion[]> {
    return this.call({ cmd: 'EntitySuggestions', args: limit === undefined ? {} : { limit } }, 'EntitySuggestions');
  }

  async entitySuggestionDismiss(name: string): Promise<void> {
    await this.call({ cmd: 'EntitySuggestionDismiss', args: { name } }, 'Done');
  }

  savedSearchSave(name: string, query: string): Promise<SavedSearch> {
    return this.call({ cmd: 'SavedSearchSave', args: { name, query } }, 'SavedSearch');
  }

  savedSearches(): Promise<SavedSearch[]> {
    return this.call({ cmd: 'SavedSearchList' }, 'SavedSearches');
  }

  async savedSearchDelete(id: number): Promise<void> {
    await this.call({ cmd: 'SavedSearchDelete', args: { id } }, 'Done');
  }

  memoSave(memo: { id?: number; subject_kind: MemoSubject; subject: string; title: string; body: string }): Promise<Memo> {
    return this.call({ cmd: 'MemoSave', args: memo }, 'Memo');
  }

  memos(subjectKind: MemoSubject, subject: string): Promise<Memo[]> {
    return this.call({ cmd: 'MemoList', args: { subject_kind: subjectKind, subject } }, 'Memos');
  }

  async memoDelete(id: number): Promise<void> {
    await this.call({ cmd: 'MemoDelete', args: { id } }, 'Done');
  }

  themes(): Promise<ThemeInfo[]> {
    return this.call({ cmd: 'ThemeList' }, 'Themes');
  }

  /** Delete a theme (its articles stay); resolves with the theme as it was. */
  themeDelete(name: string): Promise<ThemeInfo> {
    return this.call({ cmd: 'ThemeDelete', args: { name } }, 'Theme');
  }

  /** The themes an article is in, and those the user took it out of. */
  articleThemes(id: number): Promise<ArticleTheme[]> {
    return this.call({ cmd: 'ArticleThemes', args: { id } }, 'ArticleThemes');
  }

  /** Put an article in a theme (true), take it out (false), or let the query decide (null);
   * resolves with the article's themes as they now are. */
  themeVerdict(theme: string, articleId: number, verdict: boolean | null): Promise<ArticleTheme[]> {
    const args = verdict === null ? { theme, article_id: articleId } : { theme, article_id: articleId, verdict };
    return this.call({ cmd: 'ThemeVerdict', args }, 'ArticleThemes');
  }

  /** Rename a theme; its articles, verdicts and memos follow. */
  themeRename(name: string, to: string): Promise<ThemeInfo> {
    return this.call({ cmd: 'ThemeRename', args: { name, to } }, 'Theme');
  }

  themeSave(name: string, query: string, color?: string): Promise<ThemeInfo> {
    return this.call({ cmd: 'ThemeSave', args: color ? { name, query, color } : { name, query } }, 'Theme');
  }

  /** Lanes for the named entities and themes (else by source or tag), narrowed by a query. */
  lanes(ask: {
    by?: LaneBy;
    entities?: string[];
    themes?: string[];
    kind?: EventKind;
    query?: string;
    from?: string;
    to?: string;
    /** At most this many events per lane; the answer's `next` asks for the page after. */
    limit?: number;
    after?: string;
  }): Promise<Timeline> {
    const args: typeof ask = {};
    for (const [k, v] of Object.entries(ask)) {
      if (v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) (args as Record<string, unknown>)[k] = v;
    }
    return this.call({ cmd: 'TimelineGet', args }, 'Timeline');
  }

  /** The same timeline, with the memos on its entities and themes, as Markdown. */
  timelineExport(ask: {
    by?: LaneBy;
    entities?: string[];
    themes?: string[];
    kind?: EventKind;
    query?: string;
  }): Promise<string> {
    const args: typeof ask = {};
    for (const [k, v] of Object.entries(ask)) {
      if (v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) (args as Record<string, unknown>)[k] = v;
    }
    return this.call({ cmd: 'TimelineExport', args }, 'Document');
  }

  timeline(by: LaneBy = 'source', query?: string, from?: string, to?: string): Promise<Timeline> {
    const args: { by: LaneBy; query?: string; from?: string; to?: string } = { by };
    if (query) args.query = query;
    if (from) args.from = from;
    if (to) args.to = to;
    return this.call({ cmd: 'TimelineGet', args }, 'Timeline');
  }
}

/** Turn anything thrown into a failure a view can show. */
export function asFailure(err: unknown): ApiFailure {
  if (err instanceof ApiFailure) return err;
  if (isApiError(err)) return new ApiFailure(err.code, err.message);
  return new ApiFailure('internal', err instanceof Error ? err.message : String(err));
}

export const api = new Api(detectTransport());
