//! Clipline's engine: clip news articles into one SQLite notebook, annotate them, and read
//! them on timelines. The faces (the `clipline` CLI, the loopback server, the Tauri desktop
//! app and the Svelte UI) reach it only through [`api::dispatch`].

pub mod analyze; // article -> entities, dated claims, figures
pub mod anchor; // highlights: TextQuote + TextPosition anchors, found again when text changes
pub mod api; // the command table: Request / Response / ApiError and dispatch()
pub mod carry; // exports other tools read, imports from the tools readers leave
pub mod cli; // the `clipline` command line, one file per subcommand
pub mod clip; // outside world -> extracted article: fetch, decode, extract, sanitize, canon
pub mod desk; // the open notebook of a long-running face, and the switch to the sample
pub mod eval; // extraction evaluation and benchmark on the development sets
pub mod model; // domain types every face shares (serde + ts-rs)
pub mod notebook; // the service: one method per command, owning its transactions
pub mod query; // the query language shared by search, saved searches and themes
pub mod report; // a timeline and its memos as a Markdown document
pub mod sample; // the sample notebook built from the pages in samples/
pub mod search; // full-text search with snippets
pub mod server; // axum on 127.0.0.1: POST /api/rpc and the built UI
pub mod store; // SQLite through sqlx: connect, migrate, one file per table group
pub mod timeline; // timelines: lanes of dated events
