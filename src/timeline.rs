//! Timelines: events grouped into lanes — one per entity, theme or query asked for, or one
//! per source or tag — in date order, with the date range, kind and query filters applied.

use std::collections::{BTreeMap, HashMap};

use sqlx::SqlitePool;

use crate::model::{Amount, EventKind, Lane, LaneBy, Precision, Tense, Timeline, TimelineItem};
use crate::store::StoreError;
use crate::store::events::{self, Cursor, EventFilter, EventRow, LaneSource};

/// A lane asked for by name, resolved to what it holds.
#[derive(Debug, Clone)]
pub struct LaneSpec {
    pub key: String,
    pub label: String,
    pub source: LaneSource,
}

/// Build a timeline of the given lanes (in the order given), each with its events in date
/// order; `kind` keeps only `published` or only `dated_claim` events.
pub async fn named_lanes(
    pool: &SqlitePool,
    specs: &[LaneSpec],
    filter: &EventFilter<'_>,
    kind: Option<EventKind>,
) -> Result<Timeline, StoreError> {
    let kind = kind.map(|k| match k {
        EventKind::Published => "published",
        EventKind::DatedClaim => "dated_claim",
    });
    let mut pages = Vec::with_capacity(specs.len());
    for spec in specs {
        pages.push(events::lane(pool, spec.source, filter, kind).await?);
    }
    // Every lane stops where the shortest-reaching cut lane stopped, so one cursor
    // resumes them all: a lane read further than that gives the rest on the next page.
    let mut next: Option<Cursor> = None;
    for rows in &mut pages {
        if let Some(cut) = cut_page(rows, filter.limit) {
            next = Some(next.map_or(cut.clone(), |n| n.min(cut)));
        }
    }
    let lanes = specs
        .iter()
        .zip(pages)
        .map(|(spec, mut rows)| {
            if let Some(end) = &next {
                rows.retain(|r| Cursor::of(r) <= *end);
            }
            Lane {
                key: spec.key.clone(),
                label: spec.label.clone(),
                items: collapse(rows),
            }
        })
        .collect();
    let undated = events::undated(pool, filter).await?;
    Ok(Timeline {
        lanes,
        undated,
        next: next.map(|c| c.to_string()),
    })
}

/// Trim rows read with `limit + 1` events to `limit` events; the cursor of the last kept
/// event when there were more. Rows are in (date, event id) order, and an event in several
/// lanes (tags) has one row per lane, so events are counted, not rows.
fn cut_page(rows: &mut Vec<EventRow>, limit: Option<usize>) -> Option<Cursor> {
    let limit = limit?;
    let mut events = 0;
    let mut last: Option<i64> = None;
    for (i, row) in rows.iter().enumerate() {
        if last != Some(row.event_id) {
            events += 1;
            last = Some(row.event_id);
        }
        if events > limit {
            rows.truncate(i);
            return rows.last().map(Cursor::of);
        }
    }
    None
}

/// Build a timeline: one lane per source (or tag), lanes ordered by how many items they
/// hold (then by name), items in date order, plus the count of matching undated articles.
pub async fn timeline(pool: &SqlitePool, filter: &EventFilter<'_>) -> Result<Timeline, StoreError> {
    let mut rows = events::timeline(pool, filter).await?;
    let next = cut_page(&mut rows, filter.limit);
    let undated = events::undated(pool, filter).await?;
    let mut lanes: BTreeMap<String, Vec<EventRow>> = BTreeMap::new();
    for row in rows {
        lanes.entry(row.lane.clone()).or_default().push(row);
    }
    let mut lanes: Vec<Lane> = lanes
        .into_iter()
        .map(|(label, rows)| Lane {
            key: lane_key(filter.by, &label),
            label,
            items: collapse(rows),
        })
        .collect();
    lanes.sort_by(|a, b| {
        b.items
            .len()
            .cmp(&a.items.len())
            .then_with(|| a.label.cmp(&b.label))
    });
    Ok(Timeline {
        lanes,
        undated,
        next: next.map(|c| c.to_string()),
    })
}

/// A stable key for a lane: `source:reuters`, `tag:ai`.
fn lane_key(by: LaneBy, label: &str) -> String {
    let prefix = match by {
        LaneBy::Source => "source",
        LaneBy::Tag => "tag",
    };
    format!("{prefix}:{}", label.to_lowercase())
}

/// Items in date order, with the reports of one story by several outlets folded into the
/// first one (its `siblings` counts the others): one publication item per story, and one
/// claim per story, date and precision.
fn collapse(rows: Vec<EventRow>) -> Vec<TimelineItem> {
    let mut out: Vec<TimelineItem> = Vec::with_capacity(rows.len());
    let mut seen: HashMap<(i64, String, String, String), usize> = HashMap::new();
    for row in rows {
        if let Some(story) = row.story_id {
            let date = if row.kind == "published" {
                String::new()
            } else {
                row.date_start.clone()
            };
            let key = (story, row.kind.clone(), date, row.precision.clone());
            if let Some(&i) = seen.get(&key) {
                out[i].siblings += 1;
                continue;
            }
            seen.insert(key, out.len());
        }
        out.push(item(row));
    }
    out
}

fn item(row: EventRow) -> TimelineItem {
    let amount = row.amount_value.map(|value| Amount {
        value,
        value_max: row.amount_value_max,
        currency: row.amount_currency.clone(),
        unit: row.amount_unit.clone(),
    });
    TimelineItem {
        date: row.date_start,
        precision: match row.precision.as_str() {
            "month" => Precision::Month,
            "quarter" => Precision::Quarter,
            "year" => Precision::Year,
            _ => Precision::Day,
        },
        tense: if row.tense == "expected" {
            Tense::Expected
        } else {
            Tense::Happened
        },
        kind: if row.kind == "dated_claim" {
            EventKind::DatedClaim
        } else {
            EventKind::Published
        },
        text: row.sentence,
        article_id: row.article_id,
        source: row.source,
        amount,
        siblings: 0,
        span_start: row.span_start,
        span_end: row.span_end,
    }
}
