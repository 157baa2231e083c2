//! The `clipline` binary: parse the command line, run it, and turn any failure into one
//! plain sentence on stderr with exit code 1.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = clipline::cli::Cli::parse();
    if !matches!(cli.command, clipline::cli::Command::Serve(_)) {
        // `clipline list | head` should end quietly like any Unix tool, not panic on a
        // closed pipe. The server keeps Rust's default (ignore SIGPIPE) for its sockets.
        // SAFETY: called before any thread starts; SIG_DFL is a valid handler.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CLIPLINE_LOG")
                // sqlx's slow-statement warnings print a statement's whole SQL: a
                // developer's diagnostic (CLIPLINE_LOG=sqlx::query=warn shows them).
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,sqlx::query=error")),
        )
        .with_writer(std::io::stderr)
        .init();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("clipline: could not start: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(clipline::cli::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // `{:#}` prints the whole chain: "could not read x.html: No such file or directory".
            eprintln!("clipline: {err:#}");
            ExitCode::FAILURE
        }
    }
}
