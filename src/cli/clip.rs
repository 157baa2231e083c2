//! `clipline clip <URL|FILE|->`: fetch or read a page or text and store it.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::{Format, call, print_json, short_date, unexpected};
use crate::api::{Request, Response};
use crate::model::{ClipOutcome, ClipSource, ClipStatus};
use crate::notebook::{InputKind, Notebook};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// An http(s) URL, a saved page or text file, or `-` for stdin.
    input: String,
    /// Where a file or stdin came from.
    #[arg(long)]
    url: Option<String>,
    /// Treat a file or stdin as HTML or as text (default: guess from the name and content).
    #[arg(long = "as", value_enum)]
    kind: Option<Kind>,
    /// Tag the clipped article (repeatable).
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,
    /// The clip time, RFC 3339 (default: now); relative dates in text scrapes resolve against it.
    #[arg(long)]
    clipped_at: Option<String>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum Kind {
    Html,
    Text,
}

pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    let scheme = args
        .input
        .split_once("://")
        .map(|(s, _)| s.to_ascii_lowercase());
    let is_url = matches!(scheme.as_deref(), Some("http" | "https"));
    let outcome = if is_url {
        if args.url.is_some() || args.kind.is_some() {
            anyhow::bail!(
                "--url and --as describe a file or stdin; an address is fetched as it is \
                 (save the page to a file to clip it with them)."
            );
        }
        let req = Request::ArticleClip {
            source: ClipSource::Url {
                url: args.input.clone(),
            },
            tags: Some(args.tags.clone()),
            clipped_at: args.clipped_at.clone(),
        };
        match call(nb, req).await? {
            Response::Clipped(outcome) => outcome,
            other => return Err(unexpected(other)),
        }
    } else {
        let path = PathBuf::from(&args.input);
        if !path.exists() && looks_like_an_address(&args.input) {
            anyhow::bail!(
                "There is no file {}. To clip the web page, give its whole address: https://{}",
                args.input,
                args.input
            );
        }
        let bytes = read_input(&path)?;
        let kind = match args.kind {
            Some(Kind::Html) => InputKind::Html,
            Some(Kind::Text) => InputKind::Text,
            None => guess_kind(&path, &bytes),
        };
        nb.clip_bytes(
            &bytes,
            kind,
            args.url.as_deref(),
            &args.tags,
            args.clipped_at.as_deref(),
        )
        .await?
    };
    print(&outcome, format)
}

fn print(outcome: &ClipOutcome, format: Format) -> anyhow::Result<()> {
    if format == Format::Json {
        return print_json(outcome);
    }
    for a in &outcome.articles {
        let verb = match a.status {
            ClipStatus::Created => "Clipped",
            ClipStatus::Existing => "Already in the notebook:",
            ClipStatus::Joined => "Joined as a copy of",
        };
        println!(
            "{verb} #{} {} — {} ({})",
            a.id,
            a.title,
            a.source.as_deref().unwrap_or("unknown source"),
            short_date(a.published_at.as_deref())
        );
    }
    Ok(())
}

/// Read a file, or stdin for `-`, with a plain error when it cannot be read.
pub(super) fn read_input(path: &Path) -> anyhow::Result<Vec<u8>> {
    // One byte past the cap is enough for the engine to refuse it: a 200 MB file is
    // never read whole.
    let cap = crate::clip::sniff::MAX_INPUT_BYTES + 1;
    let mut buf = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .take(cap)
            .read_to_end(&mut buf)
            .context("could not read stdin")?;
        return Ok(buf);
    }
    if path.is_dir() {
        anyhow::bail!(
            "{} is a folder; `clipline import {}` clips the pages and text files in it",
            path.display(),
            path.display()
        );
    }
    std::fs::File::open(path)
        .and_then(|f| f.take(cap).read_to_end(&mut buf))
        .with_context(|| format!("could not read {}", path.display()))?;
    Ok(buf)
}

/// `www.example.com/story` or `example.com`: a host name (letters, digits, dots and
/// hyphens, a dot inside, a final label of letters) with perhaps a path, written without
/// its `https://`.
fn looks_like_an_address(input: &str) -> bool {
    let host = input.split(['/', '?', '#']).next().unwrap_or_default();
    let Some((_, tld)) = host.rsplit_once('.') else {
        return false;
    };
    !host.starts_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic())
        && !matches!(
            tld.to_ascii_lowercase().as_str(),
            "html" | "htm" | "txt" | "md" | "gz" | "mhtml" | "mht" | "xhtml" | "text"
        )
}

/// `.txt` and `.md` are text, `.html`/`.htm` pages; otherwise look at the content.
fn guess_kind(path: &Path, bytes: &[u8]) -> InputKind {
    // `page.html.gz` is named by what it unpacks to.
    let path = if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
    {
        Path::new(path.file_stem().unwrap_or_default())
    } else {
        path
    };
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
        .as_deref()
    {
        Some("txt" | "md" | "text") => InputKind::Text,
        Some("html" | "htm" | "xhtml") => InputKind::Html,
        Some("mhtml" | "mht") => InputKind::Mhtml,
        _ => {
            let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_lowercase();
            if head.contains("<html") || head.contains("<!doctype") || head.contains("<body") {
                InputKind::Html
            } else {
                InputKind::Text
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::looks_like_an_address;

    #[test]
    fn addresses_without_a_scheme_are_told_from_file_names() {
        for address in [
            "www.reuters.com/technology/meta-ai-2025-07-14/",
            "example.com",
            "news.example.co.uk/story?id=4",
        ] {
            assert!(looks_like_an_address(address), "{address}");
        }
        for file in [
            "page.html",
            "notes.txt",
            "saved/page.htm",
            "-",
            "story",
            "a.b/c d",
        ] {
            assert!(!looks_like_an_address(file), "{file}");
        }
    }
}
