//! `clipline highlight add ID (--quote TEXT | --start N --end N)`: highlight a passage;
//! `clipline highlight delete HIGHLIGHT` removes one and prints the command that adds it
//! back.

use super::{Format, call, print_json, shell_quote, unexpected};
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
    /// Delete a highlight (its number as `show` lists it); prints the command that adds
    /// it back.
    Delete {
        /// The highlight's number.
        highlight: i64,
    },
}

pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    let (article, quote, start, end, color, note) = match cmd {
        Command::Add {
            article,
            quote,
            start,
            end,
            color,
            note,
        } => (article, quote, start, end, color, note),
        Command::Delete { highlight } => return delete(nb, highlight, format).await,
    };
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

async fn delete(nb: &Notebook, id: i64, format: Format) -> anyhow::Result<()> {
    let h = match call(nb, Request::HighlightDelete { id }).await? {
        Response::Highlight(h) => h,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&h);
    }
    println!(
        "Deleted highlight #{id} (\"{}\") of article #{}.",
        h.exact, h.article_id
    );
    // An orphaned highlight's words are no longer in the text: no command can put it back
    // there, so what it held is printed for the user to keep.
    if h.orphaned {
        println!(
            "It was orphaned (its words are no longer in the article's text), so it cannot be added back."
        );
        if let Some(note) = h.note.as_deref() {
            println!("Its note: {note}");
        }
        return Ok(());
    }
    let note = h
        .note
        .as_deref()
        .map(|n| format!(" --note {}", shell_quote(n)))
        .unwrap_or_default();
    println!(
        "To add it back:\n  {} highlight add {} --start {} --end {} --color {}{note}",
        super::clipline_on(nb),
        h.article_id,
        h.start,
        h.end,
        shell_quote(&h.color)
    );
    Ok(())
}
