//! `clipline tag add ID TAG...`: tag an article.

use super::{Format, call, print_json};
use crate::api::Request;
use crate::notebook::Notebook;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Put one or more tags on an article.
    Add {
        /// The article's number.
        article: i64,
        /// The tags.
        #[arg(required = true)]
        tags: Vec<String>,
    },
}

pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    let Command::Add { article, tags } = cmd;
    for tag in &tags {
        call(
            nb,
            Request::TagAdd {
                article_id: article,
                tag: tag.clone(),
            },
        )
        .await?;
    }
    match format {
        Format::Json => print_json(&serde_json::json!({ "article_id": article, "tags": tags })),
        Format::Text => {
            println!("Tagged article #{article}: {}.", tags.join(", "));
            Ok(())
        }
    }
}
