//! `clipline timeline`: articles on their publication dates, in lanes.

use super::{Format, call, print_json, unexpected};
use crate::api::{Request, Response};
use crate::model::LaneBy;
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Lanes by source or by tag.
    #[arg(long, value_enum, default_value_t = By::Source)]
    by: By,
    /// Only articles matching this search.
    #[arg(long)]
    query: Option<String>,
    /// From this day (YYYY-MM-DD), inclusive.
    #[arg(long)]
    from: Option<String>,
    /// Up to this day (YYYY-MM-DD), inclusive.
    #[arg(long)]
    to: Option<String>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum By {
    Source,
    Tag,
}

pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    let req = Request::TimelineGet {
        by: Some(match args.by {
            By::Source => LaneBy::Source,
            By::Tag => LaneBy::Tag,
        }),
        query: args.query,
        from: args.from,
        to: args.to,
    };
    let timeline = match call(nb, req).await? {
        Response::Timeline(t) => t,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&timeline);
    }
    if timeline.lanes.is_empty() {
        println!("No dated articles yet.");
    }
    for lane in &timeline.lanes {
        println!("{}", lane.label);
        for item in &lane.items {
            println!("  {}  {} (#{})", item.date, item.text, item.article_id);
        }
    }
    if timeline.undated > 0 {
        println!(
            "({} article(s) without a publication date are not shown.)",
            timeline.undated
        );
    }
    Ok(())
}
