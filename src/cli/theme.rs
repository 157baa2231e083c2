//! `clipline theme add|list|rename|remove`: themes are named queries ("EU child safety rules" =
//! `(entity:"European Commission" OR EU) (child OR minors)`), each with a colour.

use super::{Format, call, print_json, shell_quote, unexpected};
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
    /// Rename a theme (its articles, verdicts and memos follow).
    Rename { name: String, to: String },
    /// Delete a theme (its articles stay); prints the command that adds it back.
    Remove { name: String },
}

pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    let req = match cmd {
        Command::Add { name, query, color } => Request::ThemeSave { name, query, color },
        Command::List => Request::ThemeList,
        Command::Remove { name } => Request::ThemeDelete { name },
        Command::Rename { name, to } => Request::ThemeRename { name, to },
    };
    let removing = matches!(req, Request::ThemeDelete { .. });
    let themes = match call(nb, req).await? {
        Response::Themes(t) => t,
        Response::Theme(t) => vec![t],
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&serde_json::json!({ "themes": themes }));
    }
    if removing {
        for t in &themes {
            println!(
                "Removed the theme \"{}\" ({} article(s) stay). To add it back:\n  \
                 clipline theme add {} --query={} --color {}",
                t.name,
                t.articles,
                shell_quote(&t.name),
                shell_quote(&t.query),
                shell_quote(&t.color)
            );
        }
        return Ok(());
    }
    if themes.is_empty() {
        println!(
            "No themes yet: `clipline theme add NAME --query='...'` makes one (a named search)."
        );
    }
    for t in &themes {
        println!("{:>5}  {}  =  {}", t.articles, t.name, t.query);
    }
    Ok(())
}
