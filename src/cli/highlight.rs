//! `clipline highlight add ID (--quote TEXT | --start N --end N)`: highlight a passage.

use super::{Format, call, print_json, unexpected};
use crate::api::{Request, Response};
use crate::notebook::Notebook;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Highlight a passage of an article's text.
    Add {
        /// The article's number.
        article: i64,
        /// The passage to highlight (its first occurrence; case, quote marks, dashes and
        /// spacing may differ from the text's).
        #[arg(long, conflicts_with_all = ["start", "end"], required_unless_present = "start")]
        quote: Option<String>,
        /// Start offset, in characters of the article's text.
        #[arg(long, requires = "end")]
        start: Option<i64>,
        /// End offset (exclusive).
        #[arg(long)]
        end: Option<i64>,
        /// Colour name (default yellow).
        #[arg(long)]
        color: Option<String>,
        /// A note on the highlight.
        #[arg(long)]
        note: Option<String>,
    },
}

pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    let Command::Add {
        article,
        quote,
        start,
        end,
        color,
        note,
    } = cmd;
    let (start, end) = match quote {
        Some(quote) => {
            let text = match call(nb, Request::ArticleGet { id: article }).await? {
                Response::Article(a) => a.content_text,
                other => return Err(unexpected(other)),
            };
            let (start, end) = crate::anchor::find_quote(&text, &quote).ok_or_else(|| {
                anyhow::anyhow!(
                    "Article #{article} does not contain \"{quote}\" (even ignoring case, \
                     quote marks and spacing); check it with `clipline show {article}`."
                )
            })?;
            (start as i64, end as i64)
        }
        None => (start.unwrap_or(0), end.unwrap_or(0)),
    };
    let req = Request::HighlightAdd {
        article_id: article,
        start,
        end,
        color,
        note,
    };
    let highlight = match call(nb, req).await? {
        Response::Highlight(h) => h,
        other => return Err(unexpected(other)),
    };
    match format {
        Format::Json => print_json(&highlight),
        Format::Text => {
            println!(
                "Highlighted \"{}\" in article #{article} (#{}).",
                highlight.exact, highlight.id
            );
            Ok(())
        }
    }
}
