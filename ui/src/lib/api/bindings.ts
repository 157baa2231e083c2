// Generated from the Rust types in src/model and src/api by `make bindings`.
// Do not edit: a test fails when this file and the Rust types disagree.

export type Via = "url" | "html" | "text" | "file" | "feed" | "extension";

export type ArticleSummary = { id: number, title: string, 
/**
 * The outlet ("Reuters", "The Hindu"), when known.
 */
source: string | null, byline: string | null, url: string | null, 
/**
 * RFC 3339 timestamp or `YYYY-MM-DD` date; null when the page did not say.
 */
published_at: string | null, 
/**
 * RFC 3339 timestamp of the clip.
 */
clipped_at: string, word_count: number, excerpt: string | null, tags: Array<string>, note_count: number, 
/**
 * Whether it has been read (opened in the reader, or marked read); `is:unread` finds
 * the others.
 */
read: boolean, };

export type Article = { canonical_url: string | null, lang: string | null, via: Via, 
/**
 * The standfirst under the headline, when the clip kept it apart from the text (a
 * pasted scrape's): shown under the title, no part of `content_text`.
 */
dek: string | null, 
/**
 * Sanitized HTML (ammonia on the way in; the UI sanitizes again before the DOM).
 */
content_html: string, 
/**
 * Plain text of the body; highlights and claims point into it by character offset.
 */
content_text: string, notes: Array<Note>, 
/**
 * Other addresses and outlets this article was seen at.
 */
copies: Array<ArticleCopy>, highlights: Array<Highlight>, 
/**
 * Other outlets' reports of the same happening ("also reported by"), first report first.
 */
story: Array<StoryArticle>, 
/**
 * The story (cluster of reports) the article belongs to, when it has siblings; memos
 * on a story are attached to this id.
 */
story_id: number | null, 
/**
 * The entities the article mentions, most salient first.
 */
entities: Array<ArticleEntity>, id: number, title: string, 
/**
 * The outlet ("Reuters", "The Hindu"), when known.
 */
source: string | null, byline: string | null, url: string | null, 
/**
 * RFC 3339 timestamp or `YYYY-MM-DD` date; null when the page did not say.
 */
published_at: string | null, 
/**
 * RFC 3339 timestamp of the clip.
 */
clipped_at: string, word_count: number, excerpt: string | null, tags: Array<string>, note_count: number, 
/**
 * Whether it has been read (opened in the reader, or marked read); `is:unread` finds
 * the others.
 */
read: boolean, };

export type ArticleCopy = { id: number, url: string | null, title: string, source: string | null, 
/**
 * Estimated share of the text in common (0 to 1).
 */
similarity: number, seen_at: string, };

export type StoryArticle = { id: number, title: string, source: string | null, published_at: string | null, };

export type ArticleEntity = { name: string, 
/**
 * company | person | org | place | product
 */
kind: string, 
/**
 * How many times the article names it.
 */
count: number, };

export type Note = { id: number, article_id: number | null, body: string, created_at: string, updated_at: string, };

export type Highlight = { id: number, article_id: number, exact: string, prefix: string, suffix: string, start: number, end: number, color: string, note: string | null, 
/**
 * The quoted text could not be found after the article's text changed; kept, not dropped.
 */
orphaned: boolean, created_at: string, };

export type Tag = { name: string, 
/**
 * The articles carrying it.
 */
count: number, 
/**
 * The feeds putting it on every article they bring.
 */
feeds: number, };

export type Retagged = { tags: Array<string>, 
/**
 * Tags it did not carry before.
 */
added: Array<string>, 
/**
 * Tags it carried and no longer does.
 */
removed: Array<string>, };

export type TagRenamed = { tag: Tag, merged: boolean, themes: Array<string>, saved_searches: Array<string>, };

export type TagDeleted = { name: string, articles: Array<Holder>, feeds: Array<Holder>, themes: Array<string>, saved_searches: Array<string>, };

export type Holder = { id: number, key: string, };

export type ClipStatus = "created" | "existing" | "joined";

export type ClippedArticle = { id: number, title: string, source: string | null, byline: string | null, url: string | null, published_at: string | null, word_count: number, status: ClipStatus, };

export type ClipOutcome = { articles: Array<ClippedArticle>, };

export type ClipSource = { "kind": "url", url: string, } | { "kind": "html", html: string, url?: string, } | { "kind": "text", text: string, url?: string, } | { "kind": "paste", content: string, } | { "kind": "extension", html: string, url: string, };

export type SearchHit = { article: ArticleSummary, 
/**
 * A short excerpt around the match; matched words are wrapped in `<mark>`…`</mark>`
 * and everything else is HTML-escaped.
 */
snippet: string, 
/**
 * bm25 rank: lower is a better match.
 */
score: number, 
/**
 * The code-point span in the article's `content_text` of the first match the snippet
 * shows, when the snippet is from the body: the reader brings it on screen.
 */
span_start: number | null, span_end: number | null, };

export type UnknownName = { 
/**
 * The field: `entity`, `tag`, `theme` or `source`; `word` for a word of the query
 * that no article holds; `field` for a word written as a field that is none
 * (`title:tutoring`), whose suggestion is the field it may mean or its value alone.
 */
field: string, 
/**
 * The name or word as the query wrote it.
 */
value: string, 
/**
 * Known names of the field that hold it or that it holds, shortest first, then those
 * a typing slip away; for a word, the indexed words a slip away.
 */
suggestions: Array<string>, };

export type Precision = "day" | "month" | "quarter" | "year";

export type Tense = "happened" | "expected";

export type EventKind = "published" | "dated_claim";

export type Amount = { value: number, value_max: number | null, currency: string | null, unit: string | null, };

export type TimelineItem = { 
/**
 * `YYYY-MM-DD`: the first day of the period when the precision is coarser than a day.
 */
date: string, precision: Precision, tense: Tense, kind: EventKind, text: string, article_id: number, source: string | null, amount?: Amount, 
/**
 * How many other outlets' reports of the same story this item stands for.
 */
siblings: number, 
/**
 * The story the article belongs to, when several outlets reported it: a timeline read
 * in pages folds a story's reports across the pages by it (`timeline::append_page`).
 */
story_id?: number, 
/**
 * The sentence's code-point span in the article's `content_text` (claims only).
 */
span_start: number | null, span_end: number | null, };

export type Lane = { key: string, label: string, items: Array<TimelineItem>, };

export type Timeline = { lanes: Array<Lane>, undated: number, 
/**
 * When the timeline was asked for a page and more events follow: ask again with this
 * as `after` for the next page of every lane.
 */
next?: string, };

export type LaneBy = "source" | "tag";

export type TimelineAsk = { by?: LaneBy, entities?: Array<string>, themes?: Array<string>, kind?: EventKind, query?: string, from?: string, to?: string, 
/**
 * Read a page: at most this many events per lane (the response's `next` asks for the
 * following page). Without it, every event.
 */
limit?: number, 
/**
 * The `next` of the page before.
 */
after?: string, };

export type LibrarySort = "clipped" | "published";

export type Preference = "clip_shortcut" | "single_key_shortcuts" | "remote_images";

export type NotebookInfo = { path: string, articles: number, notes: number, tags: number, 
/**
 * Whether this is the sample notebook (set by the face's `Desk`).
 */
sample: boolean, };

export type SavedFile = { 
/**
 * The file's full path.
 */
path: string, 
/**
 * Its size in bytes.
 */
bytes: number, };

export type BackupInfo = { 
/**
 * The copy's file name in the folder (what a restore names).
 */
name: string, 
/**
 * The copy's full path.
 */
path: string, 
/**
 * Its size in bytes (compacted: usually smaller than the notebook file).
 */
bytes: number, };

export type Restored = { restored: BackupInfo, kept: BackupInfo, };

export type ReanalyzeReport = { 
/**
 * Articles analysed (all of them, unless `stopped`).
 */
articles: number, mentions: number, claims: number, 
/**
 * A face stopped the work before the last article (see `Notebook::stop_jobs`).
 */
stopped: boolean, };

export type ReextractReport = { articles: number, changed: number, unchanged: number, 
/**
 * Articles whose capture could not be extracted again: (id, reason). They keep their text.
 */
failed: Array<[number, string]>, highlights_moved: number, highlights_orphaned: number, 
/**
 * A face stopped the work before the last article (see `Notebook::stop_jobs`);
 * `articles` counts those done.
 */
stopped: boolean, };

export type Job = "reanalyze" | "reextract" | "feed_poll" | "import";

export type ProgressEvent = { job: Job, done: number, total: number, stopped: boolean, 
/**
 * What the job last worked on, when it names its items (an import's item, a feed):
 * a fetch that hangs is then seen for what it is.
 */
item: string | null, };

export type ImportSource = "pocket" | "wallabag" | "bookmarks" | "zotero" | "omnivore";

export type ToolImportReport = { 
/**
 * Items the export held to clip.
 */
items: number, created: number, existing: number, joined: number, highlights: number, notes: number, 
/**
 * Items that could not be clipped, with the reason (a 404, a page with no article).
 */
failed: Array<Skipped>, 
/**
 * What the export held that is not imported, with the reason.
 */
skipped: Array<Skipped>, 
/**
 * A face stopped the work after `done` of the `items` (see `Notebook::stop_jobs`); run
 * the same import again to go on.
 */
stopped: boolean, 
/**
 * Items tried (all of them, unless `stopped`).
 */
done: number, };

export type NotebookChoice = "home" | "sample";

export type EntityInfo = { id: number, name: string, 
/**
 * company | person | org | place | product
 */
kind: string, parent: string | null, aliases: Array<string>, 
/**
 * How many articles mention it.
 */
articles: number, };

export type EntityEffect = { 
/**
 * The entity as it stands.
 */
entity: EntityInfo, 
/**
 * The entity it would merge into, when the edit is a merge.
 */
into: EntityInfo | null, 
/**
 * Articles that mention the entity.
 */
articles: number, 
/**
 * Timeline events tied to the entity (they move with a merge, leave with a reject).
 */
events: number, 
/**
 * Of those articles, how many mention `into` already (a merge adds the rest to it).
 */
shared_articles: number, };

export type EntitySuggestion = { name: string, 
/**
 * company | person
 */
kind: string, 
/**
 * The phrase that gave it away ("Chief Executive Officer Alexandr Wang").
 */
evidence: string, 
/**
 * How many of the recent articles name it.
 */
articles: number, 
/**
 * One article that names it.
 */
article_id: number, };

export type ThemeInfo = { id: number, name: string, query: string, color: string, articles: number, 
/**
 * The names of the saved searches whose queries ask for the theme.
 */
saved_searches: Array<string>, };

export type ArticleTheme = { name: string, color: string, 
/**
 * Whether the article counts as in the theme (on its lane, under `theme:`).
 */
member: boolean, 
/**
 * The user's say: `true` confirmed, `false` rejected, null when the query decides.
 */
verdict: boolean | null, };

export type MemoSubject = "entity" | "theme" | "story";

export type Memo = { id: number, subject_kind: MemoSubject, 
/**
 * The entity's or theme's name, or the story's id.
 */
subject: string, title: string, body: string, created_at: string, updated_at: string, };

export type SavedSearch = { id: number, name: string, query: string, created_at: string, };

export type FeedRow = { id: number, url: string, title: string | null, site_url: string | null, etag: string | null, last_modified: string | null, last_polled_at: string | null, failures: number, last_error: string | null, next_poll_at: string | null, };

export type FeedInfo = { tags: Array<string>, themes: Array<string>, id: number, url: string, title: string | null, site_url: string | null, etag: string | null, last_modified: string | null, last_polled_at: string | null, failures: number, last_error: string | null, next_poll_at: string | null, };

export type FeedPoll = { url: string, 
/**
 * fetched | not_modified | failed | waiting
 */
status: string, new_articles: number, failed_items: Array<Skipped>, error: string | null, };

export type Skipped = { item: string, reason: string, };

export type ExportFormat = "markdown" | "json" | "csv" | "csl_json" | "bibtex" | "timeline_js" | "html";

export type ExportFile = { 
/**
 * A file name (no directories), e.g. `0001-meta-raises-capex.md`.
 */
name: string, content: string, };

export type Request = { "cmd": "NotebookInfo" } | { "cmd": "NotebookBackup" } | { "cmd": "NotebookReanalyze" } | { "cmd": "BackupList" } | { "cmd": "NotebookRestore", "args": { name: string, } } | { "cmd": "NotebookReextract" } | { "cmd": "JobStop" } | { "cmd": "NotebookOpen", "args": { which: NotebookChoice, } } | { "cmd": "ArticleClip", "args": { source: ClipSource, tags?: Array<string>, clipped_at?: string, } } | { "cmd": "ArticleList", "args": { tag?: string, source?: string, sort?: LibrarySort, after?: number, limit?: number, 
/**
 * Only articles matching this query (the search language), in the library's order.
 */
query?: string, } } | { "cmd": "ArticleGet", "args": { id: number, } } | { "cmd": "ArticleSplit", "args": { copy_id: number, } } | { "cmd": "NoteAdd", "args": { article_id?: number, body: string, } } | { "cmd": "NoteDelete", "args": { id: number, } } | { "cmd": "NoteRestore", "args": { note: Note, } } | { "cmd": "HighlightAdd", "args": { article_id: number, start: number, end: number, color?: string, note?: string, } } | { "cmd": "HighlightDelete", "args": { id: number, } } | { "cmd": "ArticleRetag", "args": { id: number, add: Array<string>, remove: Array<string>, } } | { "cmd": "TagAddMany", "args": { article_ids: Array<number>, tag: string, } } | { "cmd": "TagRemoveMany", "args": { article_ids: Array<number>, tag: string, } } | { "cmd": "TagList" } | { "cmd": "TagRename", "args": { name: string, to: string, merge?: boolean, } } | { "cmd": "TagDelete", "args": { name: string, } } | { "cmd": "TagRestore", "args": { deleted: TagDeleted, } } | { "cmd": "ArticleMarkRead", "args": { ids: Array<number>, read: boolean, } } | { "cmd": "ArticleDelete", "args": { ids: Array<number>, } } | { "cmd": "SourceList" } | { "cmd": "PreferenceGet", "args": { key: Preference, } } | { "cmd": "PreferenceSet", "args": { key: Preference, value: string, } } | { "cmd": "EntityList", "args": { limit?: number, } } | { "cmd": "EntityAdd", "args": { name: string, kind: string, aliases?: Array<string>, } } | { "cmd": "EntityAlias", "args": { name: string, alias: string, } } | { "cmd": "EntityRename", "args": { name: string, new_name: string, } } | { "cmd": "EntityMerge", "args": { from: string, into: string, } } | { "cmd": "EntityReject", "args": { name: string, } } | { "cmd": "EntityRestore", "args": { name: string, } } | { "cmd": "EntitySuggestions", "args": { limit?: number, } } | { "cmd": "EntitySuggestionDismiss", "args": { name: string, } } | { "cmd": "EntityEffect", "args": { name: string, into?: string, } } | { "cmd": "ThemeSave", "args": { name: string, query: string, color?: string, } } | { "cmd": "ThemeRename", "args": { name: string, to: string, } } | { "cmd": "ThemeList" } | { "cmd": "ArticleThemes", "args": { id: number, } } | { "cmd": "ThemeDelete", "args": { name: string, } } | { "cmd": "ThemeVerdict", "args": { theme: string, article_id: number, verdict?: boolean, } } | { "cmd": "Search", "args": { query: string, limit?: number, } } | { "cmd": "SearchUnknownNames", "args": { query: string, } } | { "cmd": "MemoSave", "args": { id?: number, subject_kind: MemoSubject, subject: string, title: string, body: string, } } | { "cmd": "MemoList", "args": { subject_kind?: MemoSubject, subject?: string, } } | { "cmd": "MemoDelete", "args": { id: number, } } | { "cmd": "SavedSearchSave", "args": { name: string, query: string, } } | { "cmd": "SavedSearchList" } | { "cmd": "SavedSearchDelete", "args": { id: number, } } | { "cmd": "TimelineExport", "args": TimelineAsk } | { "cmd": "FeedList" } | { "cmd": "FeedAdd", "args": { url: string, tags: Array<string>, themes: Array<string>, } } | { "cmd": "FeedRemove", "args": { feed: string, } } | { "cmd": "FeedPoll", "args": { force: boolean, } } | { "cmd": "FeedImportOpml", "args": { text: string, } } | { "cmd": "ImportExport", "args": { from: ImportSource, data: string, tags?: Array<string>, } } | { "cmd": "FeedExportOpml" } | { "cmd": "PairingAddress" } | { "cmd": "NotebookExport", "args": { format: ExportFormat, ask: TimelineAsk, } } | { "cmd": "TimelineGet", "args": TimelineAsk };

export type Response = { "kind": "Info", "data": NotebookInfo } | { "kind": "Backup", "data": BackupInfo } | { "kind": "Backups", "data": Array<BackupInfo> } | { "kind": "Restored", "data": Restored } | { "kind": "Reanalyzed", "data": ReanalyzeReport } | { "kind": "Reextracted", "data": ReextractReport } | { "kind": "Imported", "data": ToolImportReport } | { "kind": "Clipped", "data": ClipOutcome } | { "kind": "Articles", "data": Array<ArticleSummary> } | { "kind": "Article", "data": Article } | { "kind": "Note", "data": Note } | { "kind": "Highlight", "data": Highlight } | { "kind": "Tags", "data": Array<Tag> } | { "kind": "Ids", "data": Array<number> } | { "kind": "Sources", "data": Array<string> } | { "kind": "Preference", "data": string } | { "kind": "Entities", "data": Array<EntityInfo> } | { "kind": "Entity", "data": EntityInfo } | { "kind": "EntityEffect", "data": EntityEffect } | { "kind": "EntitySuggestions", "data": Array<EntitySuggestion> } | { "kind": "Themes", "data": Array<ThemeInfo> } | { "kind": "ArticleThemes", "data": Array<ArticleTheme> } | { "kind": "Theme", "data": ThemeInfo } | { "kind": "SearchResults", "data": Array<SearchHit> } | { "kind": "UnknownNames", "data": Array<UnknownName> } | { "kind": "Timeline", "data": Timeline } | { "kind": "Memo", "data": Memo } | { "kind": "Memos", "data": Array<Memo> } | { "kind": "SavedSearch", "data": SavedSearch } | { "kind": "SavedSearches", "data": Array<SavedSearch> } | { "kind": "Document", "data": string } | { "kind": "Files", "data": Array<ExportFile> } | { "kind": "Retagged", "data": Retagged } | { "kind": "TagRenamed", "data": TagRenamed } | { "kind": "TagDeleted", "data": TagDeleted } | { "kind": "Tag", "data": Tag } | { "kind": "Feeds", "data": Array<FeedInfo> } | { "kind": "Feed", "data": FeedInfo } | { "kind": "FeedPolls", "data": Array<FeedPoll> } | { "kind": "OpmlImported", "data": { added: number, skipped: Array<Skipped>, } } | { "kind": "Done" };

export type ErrorCode = "invalid_input" | "not_found" | "fetch_failed" | "unsupported" | "storage" | "unauthorized" | "stopped" | "internal";

export type ApiError = { code: ErrorCode, message: string, };

/** The most bytes one request may carry as a page, a file or an export. */
export const MAX_INPUT_BYTES = 20971520;
