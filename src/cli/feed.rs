//! `clipline feed add URL [--tag T] [--theme T] | list | remove ID|URL | poll [--force] |
//! import-opml FILE | export-opml`: subscriptions to RSS, Atom and JSON feeds.

use std::path::PathBuf;

use anyhow::Context;

use super::{Format, call, print_json, unexpected};
use crate::api::{Request, Response};
use crate::notebook::{FeedInfo, Notebook};

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Subscribe to a feed (fetched once to check it is one).
    Add {
        url: String,
        /// Tag every article clipped from this feed (repeatable).
        #[arg(long = "tag", value_name = "TAG")]
        tags: Vec<String>,
        /// Confirm every new article of this feed in this theme (repeatable).
        #[arg(long = "theme", value_name = "THEME")]
        themes: Vec<String>,
    },
    /// The subscriptions, with when each was last polled and any error.
    List,
    /// Unsubscribe; articles already clipped stay.
    Remove {
        /// The feed's number or URL.
        feed: String,
    },
    /// Fetch the feeds that are due and clip their new items in full.
    Poll {
        /// Poll every feed now, even those waiting after an error, and try again the items
        /// that failed (otherwise retried after six hours).
        #[arg(long)]
        force: bool,
    },
    /// Subscribe to every feed of an OPML file.
    ImportOpml { file: PathBuf },
    /// Print the subscriptions as OPML.
    ExportOpml,
}

/// Run one `feed` subcommand and print its outcome.
pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    match cmd {
        Command::Add { url, tags, themes } => {
            let feed = one_feed(call(nb, Request::FeedAdd { url, tags, themes }).await?)?;
            if format == Format::Json {
                return print_json(&feed);
            }
            let title = feed.row.title.as_deref().unwrap_or(&feed.row.url);
            println!(
                "Subscribed to {title} (feed {}); `clipline feed poll` clips its items now \
                 (a running app or `clipline serve` on its next round).",
                feed.row.id
            );
        }
        Command::List => {
            let feeds = match call(nb, Request::FeedList).await? {
                Response::Feeds(f) => f,
                other => return Err(unexpected(other)),
            };
            if format == Format::Json {
                return print_json(&serde_json::json!({ "feeds": feeds }));
            }
            for f in &feeds {
                let r = &f.row;
                let state = match (&r.last_error, &r.last_polled_at) {
                    (Some(e), _) => format!("failing ({} in a row): {e}", r.failures),
                    (None, Some(at)) => format!("polled {at}"),
                    (None, None) => "not polled yet".into(),
                };
                let themes = f.themes.iter().map(|t| format!("theme: {t}"));
                let labels: Vec<String> = f.tags.iter().cloned().chain(themes).collect();
                println!(
                    "{:>3}  {}  [{}]  {state}",
                    r.id,
                    r.title.as_deref().unwrap_or(&r.url),
                    labels.join(", ")
                );
            }
        }
        Command::Remove { feed } => {
            one_feed(call(nb, Request::FeedRemove { feed: feed.clone() }).await?)?;
            if format == Format::Json {
                return print_json(&serde_json::json!({ "removed": feed }));
            }
            println!("Unsubscribed.");
        }
        Command::Poll { force } => {
            let polls = match call(nb, Request::FeedPoll { force }).await? {
                Response::FeedPolls(p) => p,
                other => return Err(unexpected(other)),
            };
            if format == Format::Json {
                return print_json(&serde_json::json!({ "feeds": polls }));
            }
            for p in &polls {
                if p.status == "waiting" {
                    println!("{}: not due yet (--force polls it now)", p.url);
                    continue;
                }
                println!(
                    "{}: {}, {}{}",
                    p.url,
                    p.status.replace('_', " "),
                    super::counted(p.new_articles, "new article"),
                    p.error
                        .as_deref()
                        .map(|e| format!(" — {e}"))
                        .unwrap_or_default()
                );
                for f in &p.failed_items {
                    println!("  failed: {}: {}", f.item, f.reason);
                }
            }
        }
        Command::ImportOpml { file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("could not read {}", file.display()))?;
            let (added, skipped) = match call(nb, Request::FeedImportOpml { text }).await? {
                Response::OpmlImported { added, skipped } => (added, skipped),
                other => return Err(unexpected(other)),
            };
            if format == Format::Json {
                return print_json(&serde_json::json!({ "added": added, "skipped": skipped }));
            }
            println!(
                "Subscribed to {}; {} skipped. `clipline feed poll` clips their items now (a \
                 running app or `clipline serve` on its next round).",
                super::counted(added, "feed"),
                skipped.len()
            );
            for s in &skipped {
                println!("  skipped: {}: {}", s.item, s.reason);
            }
        }
        Command::ExportOpml => match call(nb, Request::FeedExportOpml).await? {
            // One JSON document with --format json, as every command prints.
            Response::Document(opml) if format == Format::Json => {
                return print_json(&serde_json::json!({ "opml": opml }));
            }
            Response::Document(opml) => print!("{opml}"),
            other => return Err(unexpected(other)),
        },
    }
    Ok(())
}

/// The one subscription an answer carries.
fn one_feed(resp: Response) -> anyhow::Result<FeedInfo> {
    match resp {
        Response::Feed(f) => Ok(f),
        other => Err(unexpected(other)),
    }
}
