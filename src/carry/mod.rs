//! Carrying a notebook in and out: exports in the formats other tools read (Obsidian,
//! Zotero, TimelineJS, spreadsheets, a browser) and imports from the tools readers leave
//! (Pocket, Wallabag, Omnivore, Zotero, browser bookmarks, saved pages).
//!
//! The formatters and parsers here are pure: data in, text or parsed items out. The
//! `Notebook` gathers the data and runs every imported page through the clip pipeline, so
//! imported HTML is sanitized, deduplicated, analysed and indexed like any clip.

pub mod export;
pub mod feed;
pub mod import;
pub mod opml;
