//! `clipline theme add|list|rename|remove`: themes are named queries ("EU child safety rules" =
//! `(entity:"European Commission" OR EU) (child OR minors)`), each with a colour; and
//! `theme confirm|reject|reset NAME ID`: the user's say on one article, over the query's.

use super::{Format, call, print_json, shell_quote, unexpected};
use crate::api::{Request, Response};
use crate::model::ArticleTheme;
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
    /// Count an article in a theme whatever the theme's query says.
    Confirm { name: String, article: i64 },
    /// Take an article out of a theme whatever the theme's query says.
    Reject { name: String, article: i64 },
    /// Let the theme's query decide again whether an article is in it.
    Reset { name: String, article: i64 },
}

pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    let verdict = |theme: String, article_id: i64, verdict: Option<bool>| Request::ThemeVerdict {
        theme,
        article_id,
        verdict,
    };
    let req = match cmd {
        Command::Add { name, query, color } => Request::ThemeSave { name, query, color },
        Command::List => Request::ThemeList,
        Command::Remove { name } => Request::ThemeDelete { name },
        Command::Rename { name, to } => Request::ThemeRename { name, to },
        Command::Confirm { name, article } => verdict(name, article, Some(true)),
        Command::Reject { name, article } => verdict(name, article, Some(false)),
        Command::Reset { name, article } => verdict(name, article, None),
    };
    let article = match &req {
        Request::ThemeVerdict { article_id, .. } => Some(*article_id),
        _ => None,
    };
    let removing = matches!(req, Request::ThemeDelete { .. });
    let themes = match call(nb, req).await? {
        Response::Themes(t) => t,
        Response::Theme(t) => vec![t],
        Response::ArticleThemes(t) => {
            return print_verdict(article.unwrap_or_default(), &t, format);
        }
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&serde_json::json!({ "themes": themes }));
    }
    if removing {
        for t in &themes {
            println!(
                "Removed the theme \"{}\" ({} {}).",
                t.name,
                super::counted(t.articles, "article"),
                if t.articles == 1 { "stays" } else { "stay" }
            );
            for asking in &t.saved_searches {
                println!("Saved search \"{asking}\" still asks for it in its query.");
            }
            // The command last: everything after "To add it back:" is the command.
            println!(
                "To add it back:\n  {} theme add {} --query={} --color {}",
                super::clipline_on(nb),
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

/// The themes of an article after a verdict on one of them.
fn print_verdict(article_id: i64, themes: &[ArticleTheme], format: Format) -> anyhow::Result<()> {
    if format == Format::Json {
        return print_json(&serde_json::json!({ "article_id": article_id, "themes": themes }));
    }
    let names = |keep: &dyn Fn(&ArticleTheme) -> bool| {
        let l: Vec<&str> = themes
            .iter()
            .filter(|t| keep(t))
            .map(|t| t.name.as_str())
            .collect();
        if l.is_empty() {
            "none".to_string()
        } else {
            l.join(", ")
        }
    };
    println!("Article #{article_id} is in: {}.", names(&|t| t.member));
    if themes.iter().any(|t| t.verdict == Some(false)) {
        println!(
            "Taken out of: {} (`clipline theme reset NAME {article_id}` lets the query decide again).",
            names(&|t| t.verdict == Some(false))
        );
    }
    Ok(())
}
