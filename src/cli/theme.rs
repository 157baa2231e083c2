//! `clipline theme add|list`: themes are named queries ("EU child safety rules" =
//! `(entity:"European Commission" OR EU) (child OR minors)`), each with a colour.

use super::{Format, call, print_json, unexpected};
use crate::api::{Request, Response};
use crate::notebook::Notebook;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Create or update a theme.
    Add {
        name: String,
        /// The query, in the search language.
        #[arg(long, allow_hyphen_values = true)]
        query: String,
        #[arg(long)]
        color: Option<String>,
    },
    /// Every theme with its article count.
    List,
}

pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    let req = match cmd {
        Command::Add { name, query, color } => Request::ThemeSave { name, query, color },
        Command::List => Request::ThemeList,
    };
    let themes = match call(nb, req).await? {
        Response::Themes(t) => t,
        Response::Theme(t) => vec![t],
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&serde_json::json!({ "themes": themes }));
    }
    for t in &themes {
        println!("{:>5}  {}  =  {}", t.articles, t.name, t.query);
    }
    Ok(())
}
