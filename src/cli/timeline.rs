//! `clipline timeline (--entity NAME | --theme NAME | --query Q | --by source|tag)`:
//! lanes of dated items, as text or as the JSON of DESIGN.md §6.

use super::{Format, call, print_json, unexpected};
use crate::api::{Request, Response};
use crate::model::{EventKind, LaneBy};
use crate::notebook::{Notebook, TimelineAsk};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A lane for this entity (repeatable): "Meta", "European Commission".
    #[arg(long = "entity", value_name = "NAME")]
    entities: Vec<String>,
    /// A lane for this theme (repeatable).
    #[arg(long = "theme", value_name = "NAME")]
    themes: Vec<String>,
    /// Lanes by source or by tag (the default when no entity, theme or query is given).
    #[arg(long, value_enum, conflicts_with_all = ["entities", "themes"])]
    by: Option<By>,
    /// Only items of articles matching this search; alone, one lane for it.
    #[arg(long, allow_hyphen_values = true)]
    query: Option<String>,
    /// Only publication events or only dated claims.
    #[arg(long, value_enum)]
    kind: Option<Kind>,
    /// From this day (YYYY-MM-DD), inclusive.
    #[arg(long)]
    from: Option<String>,
    /// Up to this day (YYYY-MM-DD), inclusive.
    #[arg(long)]
    to: Option<String>,
    /// Print a page of at most this many events per lane (then `--after` the cursor it
    /// prints to go on); without it, every event.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10_000))]
    limit: Option<u32>,
    /// Start after this cursor (the `next` of the page before).
    #[arg(long, value_name = "CURSOR", requires = "limit")]
    after: Option<String>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum By {
    Source,
    Tag,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum Kind {
    Published,
    DatedClaim,
}

pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    let filtered = !args.entities.is_empty()
        || !args.themes.is_empty()
        || args.query.is_some()
        || args.kind.is_some()
        || args.from.is_some()
        || args.to.is_some()
        || args.after.is_some();
    let req = Request::TimelineGet(TimelineAsk {
        by: args.by.map(|b| match b {
            By::Source => LaneBy::Source,
            By::Tag => LaneBy::Tag,
        }),
        entities: args.entities,
        themes: args.themes,
        kind: args.kind.map(|k| match k {
            Kind::Published => EventKind::Published,
            Kind::DatedClaim => EventKind::DatedClaim,
        }),
        query: args.query,
        from: args.from,
        to: args.to,
        limit: args.limit,
        after: args.after,
    });
    let timeline = match call(nb, req).await? {
        Response::Timeline(t) => t,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&timeline);
    }
    if timeline.lanes.iter().all(|l| l.items.is_empty()) {
        if filtered {
            println!("Nothing dated matches these choices.");
        } else {
            println!(
                "Nothing dated to show yet: clip an article (`clipline clip URL`); its \
                 publication date and the dates it mentions appear here."
            );
        }
    }
    for lane in &timeline.lanes {
        println!("{}", lane.label);
        for item in &lane.items {
            let mark = if item.tense == crate::model::Tense::Expected {
                "→"
            } else {
                " "
            };
            let amount = item
                .amount
                .as_ref()
                .map(|a| format!("  [{}]", crate::report::amount_label(a)))
                .unwrap_or_default();
            // A story reported by several outlets is one point: say how many it stands for.
            let also = match item.siblings {
                0 => String::new(),
                1 => " +1 other report".to_string(),
                n => format!(" +{n} other reports"),
            };
            println!(
                "  {}{mark} {:?}  {}{amount} (#{}{also})",
                item.date, item.precision, item.text, item.article_id
            );
        }
    }
    if timeline.undated > 0 {
        println!(
            "({} without a publication date {} not shown.)",
            super::counted(timeline.undated, "article"),
            if timeline.undated == 1 { "is" } else { "are" }
        );
    }
    if let Some(next) = &timeline.next {
        println!("(More follow: --after '{next}' for the next page.)");
    }
    Ok(())
}
