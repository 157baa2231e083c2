//! `clipline search QUERY`: full-text search with snippets.

use super::{Format, call, print_json, short_date, unexpected};
use crate::api::{Request, Response};
use crate::model::UnknownName;
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Words, "phrases", prefix*, OR, -exclude, (groups), and fields: entity:, tag:,
    /// theme:, source:, after:YYYY-MM-DD, before:, is:unread, has:notes, url: (a pasted
    /// https:// address finds the article clipped from it).
    #[arg(allow_hyphen_values = true)]
    query: String,
    /// At most this many results.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=500))]
    limit: u32,
}

/// The entities, tags, themes and sources the query asks for that the notebook does not
/// know, with what each may mean: the usual reason a search finds nothing.
async fn unknown_names(nb: &Notebook, query: String) -> anyhow::Result<Vec<UnknownName>> {
    match call(nb, Request::SearchUnknownNames { query }).await? {
        Response::UnknownNames(u) => Ok(u),
        other => Err(unexpected(other)),
    }
}

/// Print `unknown_names` for a person to read.
async fn explain_empty(nb: &Notebook, query: String) -> anyhow::Result<()> {
    for u in unknown_names(nb, query).await? {
        if u.field == "word" {
            match &u.suggestions[..] {
                [] => println!("No article holds the word \"{}\".", u.value),
                some => println!(
                    "No article holds the word \"{}\": did you mean {}?",
                    u.value,
                    some.join(" or ")
                ),
            }
            continue;
        }
        if u.field == "field" {
            let name = u.value.split(':').next().unwrap_or_default();
            println!(
                "There is no field \"{name}:\", so \"{}\" was looked for as words: did you mean {}?",
                u.value,
                u.suggestions.join(" or ")
            );
            continue;
        }
        let hint = match (&u.suggestions[..], u.field.as_str()) {
            ([], "source") => known_sources(nb).await?,
            ([], field) => format!("see clipline {field} list"),
            (some, _) => {
                let quoted: Vec<String> = some.iter().map(|s| query_value(&u.field, s)).collect();
                format!("did you mean {}?", quoted.join(" or "))
            }
        };
        println!("No {} is called \"{}\": {hint}", u.field, u.value);
    }
    Ok(())
}

/// The first few sources the notebook knows, for a source name it does not.
async fn known_sources(nb: &Notebook) -> anyhow::Result<String> {
    const SHOWN: usize = 8;
    let sources = match call(nb, Request::SourceList).await? {
        Response::Sources(s) => s,
        other => return Err(unexpected(other)),
    };
    Ok(match sources.len() {
        0 => "no article has a source yet".to_string(),
        n if n <= SHOWN => format!("the sources are {}", sources.join(", ")),
        n => format!(
            "the sources include {} and {} more",
            sources[..SHOWN].join(", "),
            n - SHOWN
        ),
    })
}

/// `field:value` as a query writes it (quoted when the value has a space).
fn query_value(field: &str, value: &str) -> String {
    if value.contains(char::is_whitespace) {
        format!("{field}:\"{value}\"")
    } else {
        format!("{field}:{value}")
    }
}

pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    let req = Request::Search {
        query: args.query.clone(),
        limit: Some(args.limit),
    };
    let hits = match call(nb, req).await? {
        Response::SearchResults(h) => h,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        // An empty result says why, as the text does: `unknown_names` lists the names the
        // notebook does not know (absent when there are results).
        if hits.is_empty() {
            let unknown = unknown_names(nb, args.query).await?;
            return print_json(&serde_json::json!({ "results": hits, "unknown_names": unknown }));
        }
        return print_json(&serde_json::json!({ "results": hits }));
    }
    if hits.is_empty() {
        println!("No article matches.");
        explain_empty(nb, args.query).await?;
    }
    for hit in &hits {
        let a = &hit.article;
        println!(
            "#{:<5} {}  {}",
            a.id,
            short_date(a.published_at.as_deref()),
            a.title
        );
        let plain = hit
            .snippet
            .replace("<mark>", "[")
            .replace("</mark>", "]")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        println!("       {plain}");
    }
    Ok(())
}
