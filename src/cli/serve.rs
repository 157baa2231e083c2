//! `clipline serve [--port N]`: the UI and API on 127.0.0.1 until Ctrl+C.

use crate::notebook::Notebook;
use crate::server;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 4170)]
    port: u16,
}

pub async fn run(nb: Notebook, args: Args) -> anyhow::Result<()> {
    let path = nb.path().display().to_string();
    server::serve(nb, args.port, |url| {
        println!("Clipline is serving {path} at {url}");
        println!("Open that address in a browser; press Ctrl+C to stop.");
    })
    .await?;
    Ok(())
}
