//! `clipline serve [--port N] [--new-token]`: the UI and API on 127.0.0.1 until Ctrl+C.

use std::io::Write;

use crate::notebook::Notebook;
use crate::server;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = server::DEFAULT_PORT)]
    port: u16,
    /// Poll the subscribed feeds every N minutes while serving (0: never).
    #[arg(long, default_value_t = 10, value_name = "MINUTES")]
    poll_feeds: u64,
    /// Make a new token first: pages and the browser extension given the old one are
    /// refused until opened (or paired) again with the address printed now. For when the
    /// address has been seen elsewhere, or to unpair every browser.
    #[arg(long)]
    new_token: bool,
}

pub async fn run(nb: Notebook, args: Args) -> anyhow::Result<()> {
    let path = nb.path().display().to_string();
    if args.new_token {
        nb.new_server_token().await?;
        println!(
            "Made a new token: pages and extensions given the old one must be opened or paired again."
        );
    }
    let poll_feeds =
        (args.poll_feeds > 0).then(|| std::time::Duration::from_secs(args.poll_feeds * 60));
    server::serve(nb, args.port, poll_feeds, |url| {
        // Whoever started us may stop reading stdout; that must not stop the server.
        let mut out = std::io::stdout();
        let _ = writeln!(out, "Clipline is serving {path} at {url}");
        let _ = writeln!(out, "Open that address in a browser; press Ctrl+C to stop.");
        let _ = out.flush();
    })
    .await?;
    Ok(())
}
