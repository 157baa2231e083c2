//! Timelines: events grouped into lanes (by source or tag for now; by entity and theme
//! once analysis fills the events table), in date order.

use std::collections::BTreeMap;

use sqlx::SqlitePool;

use crate::model::{Amount, EventKind, Lane, LaneBy, Precision, Tense, Timeline, TimelineItem};
use crate::store::StoreError;
use crate::store::events::{self, EventFilter, EventRow};

/// Build a timeline: one lane per source (or tag), lanes ordered by how many items they
/// hold (then by name), items in date order, plus the count of matching undated articles.
pub async fn timeline(pool: &SqlitePool, filter: &EventFilter<'_>) -> Result<Timeline, StoreError> {
    let rows = events::timeline(pool, filter).await?;
    let undated = events::undated(pool, filter).await?;
    let mut lanes: BTreeMap<String, Vec<TimelineItem>> = BTreeMap::new();
    for row in rows {
        let lane = row.lane.clone();
        lanes.entry(lane).or_default().push(item(row));
    }
    let mut lanes: Vec<Lane> = lanes
        .into_iter()
        .map(|(label, items)| Lane {
            key: lane_key(filter.by, &label),
            label,
            items,
        })
        .collect();
    lanes.sort_by(|a, b| {
        b.items
            .len()
            .cmp(&a.items.len())
            .then_with(|| a.label.cmp(&b.label))
    });
    Ok(Timeline { lanes, undated })
}

/// A stable key for a lane: `source:reuters`, `tag:ai`.
fn lane_key(by: LaneBy, label: &str) -> String {
    let prefix = match by {
        LaneBy::Source => "source",
        LaneBy::Tag => "tag",
    };
    format!("{prefix}:{}", label.to_lowercase())
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
    }
}
