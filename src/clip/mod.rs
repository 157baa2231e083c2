//! The outside world -> an extracted article. Pure: bytes, a URL or a paste in, values
//! out, no database (DESIGN §1, §4).
//!
//! - `fetch`: URL -> bytes, within size, time and redirect limits (http/https only).
//! - `decode`: bytes -> text, honouring BOM, HTTP charset and `<meta charset>`.
//! - `extract`: HTML -> `Extracted` (Readability body, title, byline, site, language),
//!   with dates and canonical URL from `meta` and `jsonld` (the elements they read
//!   collected in one walk by `page_tags`; normalised by `pubdate` and `canon`),
//!   headline and site name untangled by `title`, author names by `byline`,
//!   hostile nesting defused by `depth`, React streaming segments put in place by
//!   `streaming`, the visible header date (`textdate`), and the choice among metadata,
//!   header and URL dates (`datechoice`).
//! - `mojibake`: UTF-8 that a site stored as Windows-1252 ("Todayâ€™s") turned back.
//! - `sanitize`: hostile HTML -> the allow-listed HTML we store (DESIGN §7).
//! - `text`: pastes: URL, HTML or plain text, and plain text -> one article.
//! - `scrape`: a page copied as text -> its articles, without the site's chrome.
//! - `sniff`: what a local file really is, bounded and unpacked before decoding.
//! - `dedupe`: near-duplicate text (MinHash signatures and LSH bands).
//! - `language`: the language of a text that names none (a paste), from its words.
//! - `error`: `ClipError`, one plain sentence per failure.

pub mod byline;
pub mod canon;
pub mod chars;
pub mod datechoice;
pub mod decode;
pub mod dedupe;
pub mod depth;
pub mod error;
pub mod extract;
pub mod fetch;
pub mod jsonld;
pub mod language;
pub mod meta;
pub mod mojibake;
pub mod page_tags;
pub mod pubdate;
pub(crate) mod rawtext;
pub mod sanitize;
pub mod scrape;
pub mod sniff;
pub mod streaming;
pub mod text;
pub mod textdate;
pub mod title;
pub mod title_debris;

pub use canon::canonical_url;
pub use decode::decode_html;
pub use error::ClipError;
pub use extract::{Extracted, extract_html};
pub use fetch::{
    Conditional, FetchLimits, Fetched, Reach, Validators, fetch, fetch_conditional, starts_local,
};
pub use sanitize::sanitize_html;
pub use text::{PasteKind, classify_paste, text_to_extracted};
