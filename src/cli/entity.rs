//! `clipline entity list|add|alias|rename|merge|reject|suggest|dismiss`: the notebook's
//! entities, shaped by the user (edits win over the built-in registry and survive
//! re-analysis), and names worth adding.

use super::{Format, call, print_json, shell_quote, unexpected};
use crate::api::{Request, Response};
use crate::model::EntityInfo;
use crate::notebook::Notebook;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Entities with their article counts.
    List {
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// Add an entity of your own.
    Add {
        name: String,
        /// company, person, org, place or product.
        #[arg(long, default_value = "company")]
        kind: String,
        /// Other names it goes by (repeatable).
        #[arg(long = "alias")]
        aliases: Vec<String>,
    },
    /// Give an entity another name to recognise.
    Alias { name: String, alias: String },
    /// Rename an entity.
    Rename { name: String, new_name: String },
    /// Merge the first entity into the second: its articles and timeline points move to
    /// the second, and its names become the second's (asks first; `--yes` in scripts).
    Merge {
        /// The entity that goes, e.g. "Meta AI".
        from: String,
        /// The entity that stays, e.g. "Meta".
        into: String,
        /// Merge without asking (a merge cannot be undone).
        #[arg(long)]
        yes: bool,
    },
    /// Reject an entity: it leaves every lane (`entity restore` takes it back).
    Reject { name: String },
    /// Take back a rejection: the entity is recognised again, in every article.
    Restore { name: String },
    /// Names in recent articles that look like companies or people but are no entity yet
    /// (add one with `entity add NAME --kind KIND`).
    Suggest {
        #[arg(long, default_value_t = 30)]
        limit: u32,
    },
    /// Never suggest this name again.
    Dismiss { name: String },
}

pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    let rejecting = match &cmd {
        Command::Reject { name } => Some(name.trim().to_string()),
        _ => None,
    };
    let dismissing = match &cmd {
        Command::Dismiss { name } => Some(name.trim().to_string()),
        _ => None,
    };
    let req = match cmd {
        Command::List { limit } => Request::EntityList { limit: Some(limit) },
        Command::Add {
            name,
            kind,
            aliases,
        } => Request::EntityAdd {
            name,
            kind,
            aliases: Some(aliases),
        },
        Command::Alias { name, alias } => Request::EntityAlias { name, alias },
        Command::Rename { name, new_name } => Request::EntityRename { name, new_name },
        Command::Merge { from, into, yes } => {
            // A merge cannot be undone, and the two names typed the wrong way round empty
            // the lane meant to stay.
            if !yes {
                let question = format!(
                    "Merge \"{from}\" into \"{into}\"? Its articles and timeline points move \
                     to \"{into}\", and \"{from}\" becomes one of its names. This cannot be \
                     undone."
                );
                let refused = "A merge cannot be undone: add --yes to merge without being asked.";
                if !super::go_ahead(&question, refused, "merged", format)? {
                    return Ok(());
                }
            }
            Request::EntityMerge { from, into }
        }
        Command::Reject { name } => Request::EntityReject { name },
        Command::Restore { name } => Request::EntityRestore { name },
        Command::Suggest { limit } => Request::EntitySuggestions { limit: Some(limit) },
        Command::Dismiss { name } => Request::EntitySuggestionDismiss { name },
    };
    let list = match call(nb, req).await? {
        Response::Entities(list) => list,
        Response::Entity(e) => vec![e],
        Response::EntitySuggestions(found) => {
            if format == Format::Json {
                return print_json(&serde_json::json!({ "suggestions": found }));
            }
            if found.is_empty() {
                println!("No suggestions: every name that looks like an entity is known.");
            }
            for s in &found {
                println!(
                    "{:<28} {:<8} {:>12}  e.g. #{}: \"{}\"",
                    s.name,
                    s.kind,
                    super::counted(s.articles, "article"),
                    s.article_id,
                    s.evidence
                );
            }
            return Ok(());
        }
        Response::Done => {
            if format == Format::Json {
                return print_json(&serde_json::json!({ "done": true }));
            }
            match rejecting {
                Some(name) => println!(
                    "Rejected \"{name}\": it leaves every lane and is no longer recognised. \
                     To take it back:\n  {} entity restore {}",
                    super::clipline_on(nb),
                    shell_quote(&name)
                ),
                None => match dismissing {
                    Some(name) => println!(
                        "\"{name}\" will not be suggested again (`entity add` makes it an entity)."
                    ),
                    None => println!("Done."),
                },
            }
            return Ok(());
        }
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&serde_json::json!({ "entities": list }));
    }
    for e in &list {
        print_row(e);
    }
    Ok(())
}

fn print_row(e: &EntityInfo) {
    let parent = e
        .parent
        .as_deref()
        .map(|p| format!(" (of {p})"))
        .unwrap_or_default();
    let aliases = if e.aliases.is_empty() {
        String::new()
    } else {
        format!("  aka {}", e.aliases.join(", "))
    };
    println!(
        "{:>5}  {:<8} {}{parent}{aliases}",
        e.articles, e.kind, e.name
    );
}
