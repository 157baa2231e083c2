//! Domain types every face shares: what an article, a note, a timeline item *is*.
//!
//! These cross the command table as JSON, so each derives `Serialize`, `Deserialize`
//! and `TS`; the TypeScript bindings in `ui/src/lib/api/bindings.ts` are generated from
//! them (see `api::bindings`). Nothing here touches SQLite, HTML or the network.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How an article reached the notebook.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    Url,
    Html,
    Text,
    File,
    Feed,
    Extension,
}

impl Via {
    /// The lower-case name stored in the `articles.via` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Url => "url",
            Via::Html => "html",
            Via::Text => "text",
            Via::File => "file",
            Via::Feed => "feed",
            Via::Extension => "extension",
        }
    }
}

/// One row of the library: enough to list, sort and filter, without the body.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct ArticleSummary {
    pub id: i64,
    pub title: String,
    /// The outlet ("Reuters", "The Hindu"), when known.
    pub source: Option<String>,
    pub byline: Option<String>,
    pub url: Option<String>,
    /// RFC 3339 timestamp or `YYYY-MM-DD` date; null when the page did not say.
    pub published_at: Option<String>,
    /// RFC 3339 timestamp of the clip.
    pub clipped_at: String,
    pub word_count: i64,
    pub excerpt: Option<String>,
    pub tags: Vec<String>,
    pub note_count: i64,
    /// Whether it has been read (opened in the reader, or marked read); `is:unread` finds
    /// the others.
    pub read: bool,
}

/// A whole article as the reader shows it.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct Article {
    #[serde(flatten)]
    pub summary: ArticleSummary,
    pub canonical_url: Option<String>,
    pub lang: Option<String>,
    pub via: Via,
    /// The standfirst under the headline, when the clip kept it apart from the text (a
    /// pasted scrape's): shown under the title, no part of `content_text`.
    pub dek: Option<String>,
    /// Sanitized HTML (ammonia on the way in; the UI sanitizes again before the DOM).
    pub content_html: String,
    /// Plain text of the body; highlights and claims point into it by character offset.
    pub content_text: String,
    pub notes: Vec<Note>,
    /// Other addresses and outlets this article was seen at.
    pub copies: Vec<ArticleCopy>,
    pub highlights: Vec<Highlight>,
    /// Other outlets' reports of the same happening ("also reported by"), first report first.
    pub story: Vec<StoryArticle>,
    /// The story (cluster of reports) the article belongs to, when it has siblings; memos
    /// on a story are attached to this id.
    pub story_id: Option<i64>,
    /// The entities the article mentions, most salient first.
    pub entities: Vec<ArticleEntity>,
}

impl Article {
    /// The address a reader follows to the original: where it was clipped from, or, for a
    /// saved page or pasted text clipped without one, the address the page names as its own
    /// (the reader's "Original" link; exports cite it).
    pub fn link(&self) -> Option<&str> {
        self.summary
            .url
            .as_deref()
            .or(self.canonical_url.as_deref())
    }
}

/// An entity an article mentions, as the reader's chips show it.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct ArticleEntity {
    pub name: String,
    /// company | person | org | place | product
    pub kind: String,
    /// How many times the article names it.
    pub count: i64,
}

/// Another outlet's report of the same happening.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct StoryArticle {
    pub id: i64,
    pub title: String,
    pub source: Option<String>,
    pub published_at: Option<String>,
}

/// A highlighted passage: W3C TextQuote (exact, prefix, suffix) + TextPosition (start, end,
/// in Unicode code points of `content_text`).
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct Highlight {
    pub id: i64,
    pub article_id: i64,
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
    pub start: i64,
    pub end: i64,
    pub color: String,
    pub note: Option<String>,
    /// The quoted text could not be found after the article's text changed; kept, not dropped.
    pub orphaned: bool,
    pub created_at: String,
}

/// A syndicated copy or re-clip that joined an article instead of becoming a twin.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct ArticleCopy {
    pub id: i64,
    pub url: Option<String>,
    pub title: String,
    pub source: Option<String>,
    /// Estimated share of the text in common (0 to 1).
    pub similarity: f64,
    pub seen_at: String,
}

/// A Markdown note, on an article or free-standing in the notebook.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct Note {
    pub id: i64,
    pub article_id: Option<i64>,
    pub body: String,
    pub created_at: String,
    pub updated_at: String,
}

/// A tag and how many articles carry it, and how many feeds put it on what they bring.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct Tag {
    pub name: String,
    /// The articles carrying it.
    pub count: i64,
    /// The feeds putting it on every article they bring.
    pub feeds: i64,
}

/// One article's tags after some were put on and taken off (names as the notebook keeps
/// them), and which of those asked for changed anything.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Default)]
pub struct Retagged {
    pub tags: Vec<String>,
    /// Tags it did not carry before.
    pub added: Vec<String>,
    /// Tags it carried and no longer does.
    pub removed: Vec<String>,
}

/// What renaming a tag did: the tag after (a merge's is the one merged into, counting
/// both tags' articles), whether another tag of that name took its articles, and the
/// themes and saved searches whose queries asked for it by the old name and now ask by
/// the new one.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct TagRenamed {
    pub tag: Tag,
    pub merged: bool,
    pub themes: Vec<String>,
    pub saved_searches: Vec<String>,
}

/// A tag taken off every article and feed (`TagDelete`): what `TagRestore` puts back, and
/// the themes and saved searches whose queries still ask for it.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct TagDeleted {
    pub name: String,
    pub articles: Vec<Holder>,
    pub feeds: Vec<Holder>,
    pub themes: Vec<String>,
    pub saved_searches: Vec<String>,
}

/// An article or feed that carried a tag: its id, and what tells it from a later row given
/// the same id (SQLite gives a deleted highest id to the next row): an article's content
/// hash, a feed's address.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Holder {
    pub id: i64,
    pub key: String,
}

/// Whether a clip made a new article or found the one already stored.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ClipStatus {
    /// A new article.
    Created,
    /// The same URL or the same text was already stored.
    Existing,
    /// A near-identical text (a syndicated copy, a re-clip) joined the stored article as a
    /// copy ("also at"); `ArticleSplit` makes it an article of its own.
    Joined,
}

/// One article produced (or found) by a clip.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct ClippedArticle {
    pub id: i64,
    pub title: String,
    pub source: Option<String>,
    pub byline: Option<String>,
    pub url: Option<String>,
    pub published_at: Option<String>,
    pub word_count: i64,
    pub status: ClipStatus,
}

/// What a clip gave: one article for a page, possibly several for a text scrape.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct ClipOutcome {
    pub articles: Vec<ClippedArticle>,
}

/// One full-text search result.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct SearchHit {
    pub article: ArticleSummary,
    /// A short excerpt around the match; matched words are wrapped in `<mark>`…`</mark>`
    /// and everything else is HTML-escaped.
    pub snippet: String,
    /// bm25 rank: lower is a better match.
    pub score: f64,
    /// The code-point span in the article's `content_text` of the first match the snippet
    /// shows, when the snippet is from the body: the reader brings it on screen.
    pub span_start: Option<i64>,
    pub span_end: Option<i64>,
}

/// A name a search asks for (`entity:`, `tag:`, `theme:`, `source:`) that the notebook
/// does not know, so that the search cannot match it.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct UnknownName {
    /// The field: `entity`, `tag`, `theme` or `source`; `word` for a word of the query
    /// that no article holds; `field` for a word written as a field that is none
    /// (`title:tutoring`), whose suggestion is the field it may mean or its value alone.
    pub field: String,
    /// The name or word as the query wrote it.
    pub value: String,
    /// Known names of the field that hold it or that it holds, shortest first, then those
    /// a typing slip away; for a word, the indexed words a slip away.
    pub suggestions: Vec<String>,
}

/// How precisely a timeline date is known.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Month,
    Quarter,
    Year,
}

/// Whether an event happened or is expected.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Tense {
    Happened,
    Expected,
}

/// What kind of timeline point this is.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Published,
    DatedClaim,
}

/// A figure carried by an event ("$64 billion to $72 billion", "5 gigawatts").
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct Amount {
    pub value: f64,
    pub value_max: Option<f64>,
    pub currency: Option<String>,
    pub unit: Option<String>,
}

/// One point on a timeline lane.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct TimelineItem {
    /// `YYYY-MM-DD`: the first day of the period when the precision is coarser than a day.
    pub date: String,
    pub precision: Precision,
    pub tense: Tense,
    pub kind: EventKind,
    pub text: String,
    pub article_id: i64,
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub amount: Option<Amount>,
    /// How many other outlets' reports of the same story this item stands for.
    pub siblings: i64,
    /// The story the article belongs to, when several outlets reported it: a timeline read
    /// in pages folds a story's reports across the pages by it (`timeline::append_page`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub story_id: Option<i64>,
    /// The sentence's code-point span in the article's `content_text` (claims only).
    pub span_start: Option<i64>,
    pub span_end: Option<i64>,
}

/// A row of the timeline: everything about one source, tag, entity or theme.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct Lane {
    pub key: String,
    pub label: String,
    pub items: Vec<TimelineItem>,
}

/// A timeline: lanes of dated items, plus how many matching articles had no date.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct Timeline {
    pub lanes: Vec<Lane>,
    pub undated: i64,
    /// When the timeline was asked for a page and more events follow: ask again with this
    /// as `after` for the next page of every lane.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub next: Option<String>,
}

/// What a timeline's lanes group by.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum LaneBy {
    #[default]
    Source,
    Tag,
}

/// The order of the library: newest clip first, or newest publication first (articles
/// with no publication date last).
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum LibrarySort {
    #[default]
    Clipped,
    Published,
}

/// A setting the user changes in the app, kept in the notebook (`PreferenceGet`/`Set`).
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Preference {
    /// The desktop app's global shortcut that clips the clipboard, e.g. `Ctrl+Shift+L`.
    ClipShortcut,
    /// Whether the app's one-key shortcuts (`j`, `u`, `g t`...) are on: `on` or `off`.
    /// Speech input and some screen readers type letters that would fire them.
    SingleKeyShortcuts,
    /// Whether the reader loads an article's images from the web: `load` or `block` (each
    /// image then shows its host and loads when clicked). A loaded image tells its host
    /// when the article is read.
    RemoteImages,
}

impl Preference {
    /// The key it is stored under in the `settings` table.
    pub fn key(self) -> &'static str {
        match self {
            Preference::ClipShortcut => "pref.clip_shortcut",
            Preference::SingleKeyShortcuts => "pref.single_key_shortcuts",
            Preference::RemoteImages => "pref.remote_images",
        }
    }

    /// The value in force when the user has set none.
    pub fn default_value(self) -> &'static str {
        match self {
            Preference::ClipShortcut => "Ctrl+Shift+L",
            Preference::SingleKeyShortcuts => "on",
            Preference::RemoteImages => "load",
        }
    }
}

/// Where the notebook lives and how much it holds.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct NotebookInfo {
    pub path: String,
    pub articles: i64,
    pub notes: i64,
    pub tags: i64,
    /// Whether this is the sample notebook (set by the face's `Desk`).
    pub sample: bool,
}

/// A file the app wrote for the user (the desktop window's JSON export): where it is and
/// how large.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct SavedFile {
    /// The file's full path.
    pub path: String,
    /// Its size in bytes.
    pub bytes: u64,
}

/// What the user handed over to clip.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ClipSource {
    /// Fetch this http(s) URL.
    Url { url: String },
    /// A saved or pasted HTML page; `url` is where it came from, when known.
    Html {
        html: String,
        #[ts(optional)]
        url: Option<String>,
    },
    /// Text copied out of a page.
    Text {
        text: String,
        #[ts(optional)]
        url: Option<String>,
    },
    /// Whatever was pasted into the clip box: the engine decides whether it is a URL,
    /// HTML or text.
    Paste { content: String },
    /// The live DOM of the page the reader is on (or their selection in it), sent by the
    /// browser extension; `url` is the page's address.
    Extension { html: String, url: String },
}

/// An entity as the entities page lists it.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct EntityInfo {
    pub id: i64,
    pub name: String,
    /// company | person | org | place | product
    pub kind: String,
    pub parent: Option<String>,
    pub aliases: Vec<String>,
    /// How many articles mention it.
    pub articles: i64,
}

/// A name the registry does not know that looks like a company or a person with a role,
/// offered to be added as an entity.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct EntitySuggestion {
    pub name: String,
    /// company | person
    pub kind: String,
    /// The phrase that gave it away ("Chief Executive Officer Alexandr Wang").
    pub evidence: String,
    /// How many of the recent articles name it.
    pub articles: i64,
    /// One article that names it.
    pub article_id: i64,
}

/// A theme: a named query with a colour, how many articles it holds, and the saved
/// searches asking for it (`theme:NAME`), which a delete leaves asking for nothing.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct ThemeInfo {
    pub id: i64,
    pub name: String,
    pub query: String,
    pub color: String,
    pub articles: i64,
    /// The names of the saved searches whose queries ask for the theme.
    pub saved_searches: Vec<String>,
}

/// A theme one article is in, or was taken out of by the user (the reader's theme chips).
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct ArticleTheme {
    pub name: String,
    pub color: String,
    /// Whether the article counts as in the theme (on its lane, under `theme:`).
    pub member: bool,
    /// The user's say: `true` confirmed, `false` rejected, null when the query decides.
    pub verdict: Option<bool>,
}

/// What a memo is about.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum MemoSubject {
    Entity,
    Theme,
    Story,
}

impl MemoSubject {
    /// The lower-case name stored in `memos.subject_kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            MemoSubject::Entity => "entity",
            MemoSubject::Theme => "theme",
            MemoSubject::Story => "story",
        }
    }

    /// The stored name back as a kind (unknown names read as `Entity`).
    pub fn parse(s: &str) -> Self {
        match s {
            "theme" => MemoSubject::Theme,
            "story" => MemoSubject::Story,
            _ => MemoSubject::Entity,
        }
    }
}

/// A research memo in Markdown on an entity, a theme or a story; citations are links to
/// `#/article/ID` (optionally `?at=START-END` for a highlight or a sentence).
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct Memo {
    pub id: i64,
    pub subject_kind: MemoSubject,
    /// The entity's or theme's name, or the story's id.
    pub subject: String,
    pub title: String,
    pub body: String,
    pub created_at: String,
    pub updated_at: String,
}

/// A named query in the search language.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct SavedSearch {
    pub id: i64,
    pub name: String,
    pub query: String,
    pub created_at: String,
}

/// What an entity edit would do, shown before it is applied.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct EntityEffect {
    /// The entity as it stands.
    pub entity: EntityInfo,
    /// The entity it would merge into, when the edit is a merge.
    pub into: Option<EntityInfo>,
    /// Articles that mention the entity.
    pub articles: i64,
    /// Timeline events tied to the entity (they move with a merge, leave with a reject).
    pub events: i64,
    /// Of those articles, how many mention `into` already (a merge adds the rest to it).
    pub shared_articles: i64,
}
