//! What an import or a feed adds to a clip — the highlights and notes another tool kept,
//! the themes a feed confirms, the feed item the article came from — written in the clip's
//! own transaction, so an item is stored whole or not at all. Highlights are found again
//! by their quoted text; ones the article already has, and notes it already holds, are
//! not added twice, so an import run again adds nothing.

use crate::carry::import::QuoteNote;
use crate::model::ClipStatus;
use crate::store;

use super::Result;
use crate::anchor::find_quote;

/// Additions to the first article of a clip.
#[derive(Debug, Default)]
pub(super) struct Extras<'a> {
    pub quotes: &'a [QuoteNote],
    pub notes: &'a [String],
    /// Themes a new article is confirmed in (an article already stored keeps its verdicts).
    pub themes: &'a [String],
    /// `(feed id, item guid, item URL)`: the feed item this clip came from.
    pub feed_item: Option<(i64, &'a str, Option<&'a str>)>,
    /// How far fetching the page may reach (an item of a feed on the internet stays
    /// there; see `clip::fetch::reach`). Not an addition: `is_empty` leaves it out.
    pub reach: crate::clip::Reach,
    /// When the article was published, as its source (a feed item) says, for a page that
    /// names no date of its own (RFC 3339). Not an addition: `is_empty` leaves it out.
    pub published: Option<&'a str>,
    /// Whether a new article comes in read (read in the tool it is imported from; an
    /// article already stored keeps its state).
    pub read: bool,
}

/// What the additions did.
#[derive(Debug, Default, Clone, PartialEq)]
pub(super) struct ExtrasDone {
    pub highlights: usize,
    pub notes: usize,
    /// Quotes not found in the article's text.
    pub unfound: Vec<String>,
}

impl Extras<'_> {
    /// Whether there is nothing to add.
    pub fn is_empty(&self) -> bool {
        self.quotes.is_empty()
            && self.notes.is_empty()
            && self.themes.is_empty()
            && self.feed_item.is_none()
            && !self.read
    }
}

/// Apply `extras` to article `id` (clipped as `status`) inside the caller's transaction.
pub(super) async fn apply(
    tx: &mut sqlx::SqliteConnection,
    id: i64,
    status: ClipStatus,
    extras: &Extras<'_>,
) -> Result<ExtrasDone> {
    let mut done = ExtrasDone::default();
    if extras.is_empty() {
        return Ok(done);
    }
    let now = store::now();
    if !extras.quotes.is_empty() {
        let text = store::articles::body(&mut *tx, id)
            .await?
            .map(|b| b.content_text)
            .unwrap_or_default();
        let have = store::highlights::for_article(&mut *tx, id).await?;
        for q in extras.quotes {
            let found = find_quote(&text, &q.quote)
                .and_then(|(s, e)| crate::anchor::anchor(&text, s, e).ok());
            let Some(anchor) = found else {
                done.unfound.push(q.quote.clone());
                continue;
            };
            if have
                .iter()
                .any(|h| h.start == anchor.start as i64 && h.end == anchor.end as i64)
            {
                continue;
            }
            let note = q.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
            store::highlights::insert(&mut *tx, id, &anchor, "yellow", note, &now).await?;
            done.highlights += 1;
        }
    }
    if !extras.notes.is_empty() {
        let have = store::notes::for_article(&mut *tx, id).await?;
        for note in extras
            .notes
            .iter()
            .map(|n| n.trim())
            .filter(|n| !n.is_empty())
        {
            if !have.iter().any(|n| n.body.trim() == note) {
                store::notes::insert(&mut *tx, Some(id), note, &now).await?;
                done.notes += 1;
            }
        }
    }
    if status == ClipStatus::Created {
        if extras.read {
            store::articles::set_read_many(&mut *tx, &[id], true, &now).await?;
        }
        for theme in extras.themes {
            if let Some((theme_id, _, _)) = store::themes::find(&mut *tx, theme).await? {
                store::themes::set_manual(&mut *tx, theme_id, id, Some(true)).await?;
            }
        }
    }
    if let Some((feed_id, guid, url)) = extras.feed_item {
        store::feeds::insert_item(&mut *tx, feed_id, guid, url, Some(id), None, &now).await?;
    }
    // The themes were scored before these came: those asking about them again.
    if done.highlights > 0 || done.notes > 0 || (extras.read && status == ClipStatus::Created) {
        super::annotations::rescore_many(&mut *tx, &[id], super::annotations::Edited::Notes)
            .await?;
    }
    Ok(done)
}
