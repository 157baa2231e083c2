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
    let sources: Vec<LaneSource> = specs.iter().map(|s| s.source).collect();
    let undated = events::undated_in_lanes(pool, &sources, filter).await?;
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
    lanes.sort_by(lane_order);
    Ok(Timeline {
        lanes,
        undated,
        next: next.map(|c| c.to_string()),
    })
}

/// Fuller lanes first; then by name as a reader sorts it, whatever its case ("the
/// Guardian" between "Reuters" and "Wired", not after them).
fn lane_order(a: &Lane, b: &Lane) -> std::cmp::Ordering {
    b.items.len().cmp(&a.items.len()).then_with(|| {
        let folded = |l: &Lane| l.label.to_lowercase();
        folded(a)
            .cmp(&folded(b))
            .then_with(|| a.label.cmp(&b.label))
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
    let mut items = Vec::with_capacity(rows.len());
    fold_into(&mut items, rows.into_iter().map(item));
    items
}

/// What folds reports together: a story's publication, or its claim of one date and
/// precision. `None` for an article in no story.
type FoldKey = (i64, EventKind, String, Precision);

fn fold_key(item: &TimelineItem) -> Option<FoldKey> {
    let date = match item.kind {
        EventKind::Published => String::new(),
        EventKind::DatedClaim => item.date.clone(),
    };
    Some((item.story_id?, item.kind, date, item.precision))
}

/// Append `items` to a lane, each folded into an item of the same story already there
/// that stands for another article, the one with the fewest reports folded in yet: two
/// claims of one article stay two points, and another outlet's two claims of that date
/// fold one into each. What decides is read from the lane itself (each item's article and
/// count), so a lane read page by page folds as the lane read whole (`append_page`).
fn fold_into(lane: &mut Vec<TimelineItem>, items: impl Iterator<Item = TimelineItem>) {
    let mut groups: HashMap<FoldKey, Vec<usize>> = HashMap::new();
    for (i, it) in lane.iter().enumerate() {
        if let Some(key) = fold_key(it) {
            groups.entry(key).or_default().push(i);
        }
    }
    for it in items {
        let Some(key) = fold_key(&it) else {
            lane.push(it);
            continue;
        };
        let heads = groups.entry(key).or_default();
        let into = heads
            .iter()
            .copied()
            .filter(|&i| lane[i].article_id != it.article_id)
            .min_by_key(|&i| lane[i].siblings);
        match into {
            Some(i) => lane[i].siblings += 1 + it.siblings,
            None => {
                heads.push(lane.len());
                lane.push(it);
            }
        }
    }
}

/// Add the next page of a timeline to the pages read before it: lanes matched by key (a
/// lane new on this page goes last), a story's reports folded across pages as within one.
/// The UI's timeline view does the same as pages arrive.
pub fn append_page(into: &mut Timeline, page: Timeline) {
    for lane in page.lanes {
        match into.lanes.iter_mut().find(|l| l.key == lane.key) {
            Some(have) => fold_into(&mut have.items, lane.items.into_iter()),
            None => into.lanes.push(lane),
        }
    }
    into.next = page.next;
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
        story_id: row.story_id,
        span_start: row.span_start,
        span_end: row.span_end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(article_id: i64, text: &str) -> TimelineItem {
        TimelineItem {
            date: "2025-01-07".into(),
            precision: Precision::Day,
            tense: Tense::Happened,
            kind: EventKind::DatedClaim,
            text: text.into(),
            article_id,
            source: None,
            amount: None,
            siblings: 0,
            story_id: Some(3),
            span_start: None,
            span_end: None,
        }
    }

    #[test]
    fn lanes_go_fullest_first_then_by_name_whatever_its_case() {
        let lane = |label: &str, n: usize| Lane {
            key: lane_key(LaneBy::Source, label),
            label: label.into(),
            items: (0..n).map(|i| claim(i as i64, "x")).collect(),
        };
        let mut lanes = [
            lane("the Guardian", 1),
            lane("Wired", 1),
            lane("Reuters", 1),
            lane("Ars Technica", 2),
        ];
        lanes.sort_by(lane_order);
        let order: Vec<&str> = lanes.iter().map(|l| l.label.as_str()).collect();
        assert_eq!(order, ["Ars Technica", "Reuters", "the Guardian", "Wired"]);
    }

    #[test]
    fn two_outlets_two_claims_each_fold_into_two_points_of_one_other_report() {
        let mut lane = Vec::new();
        let items = [
            claim(1, "Meta said capex rose"),
            claim(1, "Meta said revenue grew 1 percent"),
            claim(5, "Capex rose, Meta said"),
            claim(5, "Revenue grew 1 percent"),
        ];
        fold_into(&mut lane, items.into_iter());
        let shown: Vec<(&str, i64)> = lane.iter().map(|i| (i.text.as_str(), i.siblings)).collect();
        assert_eq!(
            shown,
            [
                ("Meta said capex rose", 1),
                ("Meta said revenue grew 1 percent", 1)
            ],
            "one article's two claims stay two points, each with the other outlet's report"
        );
        // An article outside any story folds into nothing.
        let mut alone = claim(9, "Unrelated");
        alone.story_id = None;
        fold_into(&mut lane, [alone.clone(), alone].into_iter());
        assert_eq!(lane.len(), 4);
    }
}
