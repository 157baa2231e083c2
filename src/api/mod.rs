//! The command table: the only door through which a face (CLI, server, desktop, UI)
//! reaches the engine.
//!
//! A `Request` is a serde enum tagged by command (`{"cmd": "ArticleGet", "args": {"id": 1}}`),
//! a `Response` is tagged by kind, and an `ApiError` crosses as `{code, message}` where
//! `code` is a closed set the UI can switch on. The TypeScript side is generated from these
//! types (`bindings()`), and `tests` fail when the committed file drifts.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::carry::export::{ExportFile, ExportFormat};
use crate::carry::import::{ImportSource, Skipped};
use crate::model::{
    Article, ArticleSummary, ArticleTheme, ClipOutcome, ClipSource, EntityEffect, EntityInfo,
    EntitySuggestion, Highlight, LibrarySort, Memo, MemoSubject, Note, NotebookInfo, Preference,
    Retagged, SavedSearch, SearchHit, Tag, TagDeleted, TagRenamed, ThemeInfo, Timeline,
    UnknownName,
};
use crate::notebook::{
    BackupInfo, FeedInfo, FeedPoll, ReanalyzeReport, ReextractReport, Restored, ToolImportReport,
};
use crate::notebook::{Notebook, TimelineAsk};
use crate::store::articles::LibraryAsk;

mod bindings;
mod error;
pub use bindings::bindings;
pub use error::{ApiError, ErrorCode, INTERNAL_MESSAGE};

/// Every command a face can send.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[serde(tag = "cmd", content = "args")]
pub enum Request {
    /// Where the notebook is and how much it holds.
    NotebookInfo,
    /// Back the notebook up into the `backups` folder beside it (see
    /// `Notebook::backup_beside`); the face names no path.
    NotebookBackup,
    /// Analyse every article again (entities, themes, dated claims); long work that reports
    /// its progress (`Notebook::progress_events`). Notes, tags and highlights stay.
    NotebookReanalyze,
    /// The backups in the `backups` folder beside the notebook, newest first.
    BackupList,
    /// Put the backup called `name` (from `BackupList`) back into the open notebook, after
    /// backing the notebook up as it is; the face names no path.
    NotebookRestore { name: String },
    /// Extract every stored capture again with the current extractor; long work that
    /// reports its progress. Notes and tags stay, highlights are re-anchored.
    NotebookReextract,
    /// Stop the long work running now (re-analysis, re-extraction, an import) before its
    /// next item; what is done stays, and the work's answer says it stopped.
    JobStop,
    /// Switch the open notebook to the user's own or to the sample one (built on first use).
    /// Only a long-running face (desktop, `clipline serve`) can switch; see `desk::Desk`.
    NotebookOpen { which: NotebookChoice },
    /// Clip a URL, an HTML page or a text; `clipped_at` (RFC 3339) defaults to now.
    ArticleClip {
        source: ClipSource,
        #[serde(default)]
        #[ts(optional)]
        tags: Option<Vec<String>>,
        #[ts(optional)]
        clipped_at: Option<String>,
    },
    /// A page of the library, newest clip (or publication) first, optionally filtered by
    /// tag, source or query; `after` is the last article of the previous page.
    ArticleList {
        #[ts(optional)]
        tag: Option<String>,
        #[ts(optional)]
        source: Option<String>,
        #[serde(default)]
        #[ts(optional)]
        sort: Option<LibrarySort>,
        #[ts(optional)]
        after: Option<i64>,
        #[ts(optional)]
        limit: Option<u32>,
        /// Only articles matching this query (the search language), in the library's order.
        #[serde(default)]
        #[ts(optional)]
        query: Option<String>,
    },
    /// One article with its body, notes and copies.
    ArticleGet { id: i64 },
    /// Make a copy that joined an article ("also at") an article of its own again.
    ArticleSplit { copy_id: i64 },
    /// Add a Markdown note to an article (or to the notebook when `article_id` is null).
    NoteAdd {
        #[ts(optional)]
        article_id: Option<i64>,
        body: String,
    },
    /// Delete a note; answers with it as it was (what `NoteRestore` puts back).
    NoteDelete { id: i64 },
    /// Undo a note's delete: the note `NoteDelete` answered, back in its place, under
    /// its own dates.
    NoteRestore { note: Note },
    /// Highlight code points `start..end` of an article's text, with a colour and a note.
    HighlightAdd {
        article_id: i64,
        start: i64,
        end: i64,
        #[ts(optional)]
        color: Option<String>,
        #[ts(optional)]
        note: Option<String>,
    },
    /// Delete a highlight; answers with it as it was.
    HighlightDelete { id: i64 },
    /// Put tags on one article (created on first use) and take others off, in one
    /// transaction.
    ArticleRetag {
        id: i64,
        #[serde(default)]
        add: Vec<String>,
        #[serde(default)]
        remove: Vec<String>,
    },
    /// Put a tag on several articles in one transaction; answers with the ids that did
    /// not carry it before (what an undo takes it off again).
    TagAddMany { article_ids: Vec<i64>, tag: String },
    /// Take a tag off several articles in one transaction; answers with the ids it was on.
    TagRemoveMany { article_ids: Vec<i64>, tag: String },
    /// Every tag with its article count.
    TagList,
    /// Rename a tag on every article and feed that carries it, and in the themes and saved
    /// searches that ask for it. When another tag has the new name, `merge` must be true:
    /// the two become one (else `InvalidInput`, and nothing changes).
    TagRename {
        name: String,
        to: String,
        #[ts(optional)]
        merge: Option<bool>,
    },
    /// Take a tag off every article and feed; answers with what `TagRestore` puts back.
    TagDelete { name: String },
    /// Undo a tag's delete: the tag `TagDelete` answered, back on those of its articles and
    /// feeds that are still there.
    TagRestore { deleted: TagDeleted },
    /// Mark articles read (`read` true) or unread, in one transaction; answers with the ids
    /// whose state changed.
    ArticleMarkRead { ids: Vec<i64>, read: bool },
    /// Delete articles with their notes, highlights, tags and raw captures, in one
    /// transaction; answers with the ids that existed.
    ArticleDelete { ids: Vec<i64> },
    /// The names of the sources the notebook's articles come from.
    SourceList,
    /// A preference's value (its default when unset).
    PreferenceGet { key: Preference },
    /// Set a preference; answers with the value as stored.
    PreferenceSet { key: Preference, value: String },
    /// Entities with their article counts.
    EntityList {
        #[ts(optional)]
        limit: Option<u32>,
    },
    /// Add an entity of one's own (kind: company | person | org | place | product).
    EntityAdd {
        name: String,
        kind: String,
        #[serde(default)]
        #[ts(optional)]
        aliases: Option<Vec<String>>,
    },
    /// Another name for an entity.
    EntityAlias { name: String, alias: String },
    /// Rename an entity (the old name stays as an alias).
    EntityRename { name: String, new_name: String },
    /// Merge one entity into another.
    EntityMerge { from: String, into: String },
    /// Reject an entity: it leaves every lane.
    EntityReject { name: String },
    /// Take back a rejection: the entity is recognised again (the notebook is analysed
    /// again, so its mentions and lanes come back).
    EntityRestore { name: String },
    /// Names in recent articles that look like companies or people but are no entity yet.
    EntitySuggestions {
        #[ts(optional)]
        limit: Option<u32>,
    },
    /// Never suggest this name again.
    EntitySuggestionDismiss { name: String },
    /// What merging `name` into `into` (or rejecting it, without `into`) would touch.
    EntityEffect {
        name: String,
        #[ts(optional)]
        into: Option<String>,
    },
    /// Create or update a theme: a named query with a colour.
    ThemeSave {
        name: String,
        query: String,
        #[ts(optional)]
        color: Option<String>,
    },
    /// Rename a theme, keeping its articles, verdicts and memos.
    ThemeRename { name: String, to: String },
    /// Every theme with its article count.
    ThemeList,
    /// The themes one article is in, and those the user took it out of.
    ArticleThemes { id: i64 },
    /// Delete a theme (its articles stay; memos about it stay, by name).
    ThemeDelete { name: String },
    /// Confirm (true), reject (false) or reset (null) an article's membership of a theme.
    ThemeVerdict {
        theme: String,
        article_id: i64,
        #[ts(optional)]
        verdict: Option<bool>,
    },
    /// Full-text search over title, dek, byline, text and notes.
    Search {
        query: String,
        #[ts(optional)]
        limit: Option<u32>,
    },
    /// The names a search asks for that the notebook does not know (why it found nothing).
    SearchUnknownNames { query: String },
    /// Write a memo on an entity, a theme or a story (a new one when `id` is null).
    MemoSave {
        #[ts(optional)]
        id: Option<i64>,
        subject_kind: MemoSubject,
        subject: String,
        #[serde(default)]
        title: String,
        body: String,
    },
    /// The memos on a subject (both given), or every memo.
    MemoList {
        #[ts(optional)]
        subject_kind: Option<MemoSubject>,
        #[ts(optional)]
        subject: Option<String>,
    },
    /// Delete a memo.
    MemoDelete { id: i64 },
    /// Save a search query under a name (replacing one of the same name).
    SavedSearchSave { name: String, query: String },
    /// Every saved search.
    SavedSearchList,
    /// Delete a saved search.
    SavedSearchDelete { id: i64 },
    /// The timeline `TimelineGet` would give, whole, with the memos on its entities and
    /// themes, as one Markdown document.
    TimelineExport(TimelineAsk),
    /// Every feed subscription, oldest first.
    FeedList,
    /// Subscribe to a feed (fetched once to check it is one), with tags for its articles
    /// and themes to confirm them in.
    FeedAdd {
        url: String,
        #[serde(default)]
        tags: Vec<String>,
        #[serde(default)]
        themes: Vec<String>,
    },
    /// Unsubscribe (by number or URL); the articles already clipped stay.
    FeedRemove { feed: String },
    /// Poll the feeds that are due (every one with `force`) and clip their new items.
    FeedPoll {
        #[serde(default)]
        force: bool,
    },
    /// Subscribe to every feed of an OPML document.
    FeedImportOpml { text: String },
    /// Clip every item of another tool's export, tagging each with `tags`: `data` is the
    /// export file's bytes in base64 (Omnivore's is a ZIP). Long work that reports its
    /// progress; a failed item is in the report and the rest go on.
    ImportExport {
        from: ImportSource,
        data: String,
        #[serde(default)]
        #[ts(optional)]
        tags: Option<Vec<String>>,
    },
    /// The subscriptions as an OPML document.
    FeedExportOpml,
    /// The address of this face's loopback server with its token, to paste into the
    /// browser extension (`Document`); `NotFound` when the face runs none. Answered by the
    /// `Desk`, which knows the face; `dispatch` alone has no server.
    PairingAddress,
    /// The notebook in an export format (`Json`, `CslJson`, `Bibtex`, `Markdown`: every
    /// article; `Csv`, `TimelineJs`, `Html`: the timeline `ask` names), as its files.
    NotebookExport {
        format: ExportFormat,
        #[serde(default)]
        ask: TimelineAsk,
    },
    /// A timeline, or a page of one (see `TimelineAsk`).
    TimelineGet(TimelineAsk),
}

/// Which notebook `NotebookOpen` opens.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum NotebookChoice {
    /// The user's own notebook (the one the face started with).
    Home,
    /// The sample notebook built from the pages in `samples/`.
    Sample,
}

/// What a command gives back.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[serde(tag = "kind", content = "data")]
pub enum Response {
    Info(NotebookInfo),
    Backup(BackupInfo),
    Backups(Vec<BackupInfo>),
    Restored(Restored),
    Reanalyzed(ReanalyzeReport),
    Reextracted(ReextractReport),
    Imported(ToolImportReport),
    Clipped(ClipOutcome),
    Articles(Vec<ArticleSummary>),
    Article(Box<Article>),
    Note(Note),
    Highlight(Highlight),
    Tags(Vec<Tag>),
    /// Article ids: those a bulk command changed.
    Ids(Vec<i64>),
    Sources(Vec<String>),
    Preference(String),
    Entities(Vec<EntityInfo>),
    Entity(EntityInfo),
    EntityEffect(EntityEffect),
    EntitySuggestions(Vec<EntitySuggestion>),
    Themes(Vec<ThemeInfo>),
    ArticleThemes(Vec<ArticleTheme>),
    Theme(ThemeInfo),
    SearchResults(Vec<SearchHit>),
    UnknownNames(Vec<UnknownName>),
    Timeline(Timeline),
    Memo(Memo),
    Memos(Vec<Memo>),
    SavedSearch(SavedSearch),
    SavedSearches(Vec<SavedSearch>),
    /// A document (Markdown) to save or copy.
    Document(String),
    Files(Vec<ExportFile>),
    Retagged(Retagged),
    TagRenamed(TagRenamed),
    TagDeleted(TagDeleted),
    /// One tag with its article count.
    Tag(Tag),
    Feeds(Vec<FeedInfo>),
    Feed(FeedInfo),
    FeedPolls(Vec<FeedPoll>),
    /// How many feeds an OPML document added, and what it skipped and why.
    OpmlImported {
        added: usize,
        skipped: Vec<Skipped>,
    },
    Done,
}

/// The bytes of an export sent as base64 (the transport's encoding, undone here).
fn export_bytes(data: &str) -> Result<Vec<u8>, ApiError> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(data.trim())
        .map_err(|_| {
            ApiError::new(
                ErrorCode::InvalidInput,
                "The export file did not arrive whole (its base64 is broken); choose it again.",
            )
        })
}

/// Run one command against a notebook.
///
/// Every face calls this and nothing else; it never panics on bad input, and every
/// failure comes back as an `ApiError` with a plain message.
pub async fn dispatch(nb: &Notebook, req: Request) -> Result<Response, ApiError> {
    Ok(match req {
        Request::NotebookInfo => Response::Info(nb.info().await?),
        Request::NotebookBackup => Response::Backup(nb.backup_beside(chrono::Local::now()).await?),
        Request::NotebookReanalyze => Response::Reanalyzed(nb.reanalyze().await?),
        Request::BackupList => Response::Backups(nb.backups()?),
        Request::NotebookRestore { name } => {
            Response::Restored(nb.restore_backup(&name, chrono::Local::now()).await?)
        }
        Request::NotebookReextract => Response::Reextracted(nb.reextract().await?),
        Request::JobStop => {
            nb.stop_jobs();
            Response::Done
        }
        Request::NotebookOpen { .. } => {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                "Switching notebooks needs the desktop app or `clipline serve`.",
            ));
        }
        Request::ArticleClip {
            source,
            tags,
            clipped_at,
        } => Response::Clipped(
            nb.clip(source, &tags.unwrap_or_default(), clipped_at.as_deref())
                .await?,
        ),
        Request::ArticleList {
            tag,
            source,
            sort,
            after,
            limit,
            query,
        } => Response::Articles(
            nb.list(&LibraryAsk {
                tag: tag.as_deref(),
                source: source.as_deref(),
                sort: sort.unwrap_or_default(),
                after,
                limit: limit.unwrap_or(200),
                query: query.as_deref(),
            })
            .await?,
        ),
        Request::ArticleGet { id } => Response::Article(Box::new(nb.article(id).await?)),
        Request::ArticleSplit { copy_id } => Response::Clipped(nb.split_copy(copy_id).await?),
        Request::NoteAdd { article_id, body } => {
            Response::Note(nb.note_add(article_id, &body).await?)
        }
        Request::NoteDelete { id } => Response::Note(nb.note_delete(id).await?),
        Request::NoteRestore { note } => Response::Note(nb.note_restore(&note).await?),
        Request::HighlightAdd {
            article_id,
            start,
            end,
            color,
            note,
        } => Response::Highlight(
            nb.highlight_add(article_id, start, end, color.as_deref(), note.as_deref())
                .await?,
        ),
        Request::HighlightDelete { id } => Response::Highlight(nb.highlight_delete(id).await?),
        Request::TagAddMany { article_ids, tag } => {
            Response::Ids(nb.tag_add_many(&article_ids, &tag).await?)
        }
        Request::TagRemoveMany { article_ids, tag } => {
            Response::Ids(nb.tag_remove_many(&article_ids, &tag).await?)
        }
        Request::TagList => Response::Tags(nb.tags().await?),
        Request::TagRename { name, to, merge } => {
            Response::TagRenamed(nb.tag_rename(&name, &to, merge.unwrap_or(false)).await?)
        }
        Request::TagDelete { name } => Response::TagDeleted(nb.tag_delete(&name).await?),
        Request::TagRestore { deleted } => Response::Tag(nb.tag_restore(&deleted).await?),
        Request::ArticleRetag { id, add, remove } => {
            Response::Retagged(nb.retag(id, &add, &remove).await?)
        }
        Request::ArticleMarkRead { ids, read } => Response::Ids(nb.mark_read(&ids, read).await?),
        Request::ArticleDelete { ids } => Response::Ids(nb.delete_articles(&ids).await?),
        Request::SourceList => Response::Sources(nb.sources().await?),
        Request::PreferenceGet { key } => Response::Preference(nb.preference(key).await?),
        Request::PreferenceSet { key, value } => {
            Response::Preference(nb.preference_set(key, &value).await?)
        }
        Request::EntityList { limit } => {
            Response::Entities(nb.entities(limit.unwrap_or(500)).await?)
        }
        Request::EntityAdd {
            name,
            kind,
            aliases,
        } => Response::Entity(
            nb.entity_add(&name, &kind, &aliases.unwrap_or_default())
                .await?,
        ),
        Request::EntityAlias { name, alias } => {
            Response::Entity(nb.entity_alias(&name, &alias).await?)
        }
        Request::EntityRename { name, new_name } => {
            Response::Entity(nb.entity_rename(&name, &new_name).await?)
        }
        Request::EntityMerge { from, into } => {
            Response::Entity(nb.entity_merge(&from, &into).await?)
        }
        Request::EntityReject { name } => {
            nb.entity_reject(&name).await?;
            Response::Done
        }
        Request::EntityRestore { name } => Response::Entity(nb.entity_restore(&name).await?),
        Request::EntitySuggestions { limit } => {
            Response::EntitySuggestions(nb.entity_suggestions(limit.unwrap_or(50)).await?)
        }
        Request::EntitySuggestionDismiss { name } => {
            nb.entity_suggestion_dismiss(&name).await?;
            Response::Done
        }
        Request::EntityEffect { name, into } => {
            Response::EntityEffect(nb.entity_effect(&name, into.as_deref()).await?)
        }
        Request::ThemeSave { name, query, color } => {
            Response::Theme(nb.theme_save(&name, &query, color.as_deref()).await?)
        }
        Request::ThemeList => Response::Themes(nb.themes().await?),
        Request::ThemeDelete { name } => Response::Theme(nb.theme_delete(&name).await?),
        Request::ThemeRename { name, to } => Response::Theme(nb.theme_rename(&name, &to).await?),
        Request::ThemeVerdict {
            theme,
            article_id,
            verdict,
        } => Response::ArticleThemes(nb.theme_verdict(&theme, article_id, verdict).await?),
        Request::ArticleThemes { id } => Response::ArticleThemes(nb.article_themes(id).await?),
        Request::Search { query, limit } => {
            Response::SearchResults(nb.search(&query, limit.unwrap_or(50)).await?)
        }
        Request::SearchUnknownNames { query } => {
            Response::UnknownNames(nb.search_unknown_names(&query).await?)
        }
        Request::MemoSave {
            id,
            subject_kind,
            subject,
            title,
            body,
        } => Response::Memo(
            nb.memo_save(id, subject_kind, &subject, &title, &body)
                .await?,
        ),
        Request::MemoList {
            subject_kind,
            subject,
        } => Response::Memos(nb.memos(subject_kind.zip(subject.as_deref())).await?),
        Request::MemoDelete { id } => {
            nb.memo_delete(id).await?;
            Response::Done
        }
        Request::SavedSearchSave { name, query } => {
            Response::SavedSearch(nb.saved_search_save(&name, &query).await?)
        }
        Request::SavedSearchList => Response::SavedSearches(nb.saved_searches().await?),
        Request::SavedSearchDelete { id } => {
            nb.saved_search_delete(id).await?;
            Response::Done
        }
        Request::FeedList => Response::Feeds(nb.feeds().await?),
        Request::FeedAdd { url, tags, themes } => {
            Response::Feed(nb.feed_add(&url, &tags, &themes, true).await?)
        }
        Request::FeedRemove { feed } => Response::Feed(nb.feed_remove(&feed).await?),
        Request::FeedPoll { force } => {
            Response::FeedPolls(nb.feed_poll(force, chrono::Utc::now()).await?)
        }
        Request::FeedImportOpml { text } => {
            let (added, skipped) = nb.opml_import(&text).await?;
            Response::OpmlImported { added, skipped }
        }
        Request::ImportExport { from, data, tags } => {
            let bytes = export_bytes(&data)?;
            let tags = tags.unwrap_or_default();
            Response::Imported(nb.import_export(from, &bytes, &tags).await?)
        }
        Request::FeedExportOpml => Response::Document(nb.opml_export().await?),
        Request::PairingAddress => {
            return Err(ApiError::new(
                ErrorCode::NotFound,
                "Only the desktop app and `clipline serve` have an address to pair a browser with.",
            ));
        }
        Request::NotebookExport { format, ask } => Response::Files(nb.export(format, &ask).await?),
        Request::TimelineExport(ask) => Response::Document(
            nb.timeline_report(&TimelineAsk {
                limit: None,
                after: None,
                ..ask
            })
            .await?,
        ),
        Request::TimelineGet(ask) => Response::Timeline(nb.timeline(&ask).await?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn bulk_and_preference_commands_cross_the_table() {
        let dir = tempfile::tempdir().unwrap();
        let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
        let req: Request = serde_json::from_str(
            r#"{"cmd":"PreferenceSet","args":{"key":"clip_shortcut","value":"F5"}}"#,
        )
        .unwrap();
        let err = dispatch(&nb, req).await.unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput, "{}", err.message);
        let req: Request =
            serde_json::from_str(r#"{"cmd":"ArticleDelete","args":{"ids":[]}}"#).unwrap();
        let err = dispatch(&nb, req).await.unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput, "{}", err.message);
        let resp = dispatch(&nb, Request::SourceList).await.unwrap();
        assert_eq!(resp, Response::Sources(Vec::new()));
    }
}
