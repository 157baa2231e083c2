//! `clipline extract [FILE|-] [--url URL]`: run the extractor on a page and print what it
//! found, without a notebook.

use std::path::PathBuf;

use super::{Format, print_json};
use crate::notebook;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// An HTML file, or `-` for stdin.
    #[arg(default_value = "-")]
    input: PathBuf,
    /// Where the page came from (resolves relative links, gives the canonical URL).
    #[arg(long)]
    url: Option<String>,
}

pub async fn run(args: Args, format: Format) -> anyhow::Result<()> {
    let bytes = super::clip::read_input(&args.input)?;
    let extracted = notebook::extract_bytes(&bytes, args.url.as_deref())?;
    match format {
        Format::Json => print_json(&extracted),
        Format::Text => {
            println!("{}", extracted.title);
            for (label, value) in [
                ("byline", &extracted.byline),
                ("site", &extracted.site_name),
                ("published", &extracted.published_at),
                ("language", &extracted.lang),
                ("canonical", &extracted.canonical_url),
            ] {
                if let Some(value) = value {
                    println!("{label:>10}: {value}");
                }
            }
            println!("\n{}", extracted.text);
            Ok(())
        }
    }
}
