//! The user's notebook, opened after the window shows: an older notebook is upgraded for
//! this version first (34 s at 100,000 articles), and a notebook that cannot be opened at
//! all should be said so in the window, not by an app that quits before showing one.
//!
//! The window's commands wait on an `Opening` until the open has ended, then find the
//! `Desk` managed, or answer why the notebook could not be opened (the page shows that in
//! its error banner).

use clipline::api::{ApiError, ErrorCode, INTERNAL_MESSAGE};
use tokio::sync::watch;

/// How the open ended: `None` while it runs.
type Outcome = Option<Result<(), ApiError>>;

/// What the commands wait on until the notebook is open.
pub struct Opening(watch::Receiver<Outcome>);

/// What the open tells the waiting commands, once.
pub struct Opened(watch::Sender<Outcome>);

/// A pair: the waiters' side (managed by the app) and the opener's.
pub fn opening() -> (Opening, Opened) {
    let (tell, hear) = watch::channel(None);
    (Opening(hear), Opened(tell))
}

impl Opening {
    /// Wait until the open has ended: `Ok` when the notebook is open (its `Desk` is then
    /// managed), else the error that says why it could not be.
    pub async fn wait(&self) -> Result<(), ApiError> {
        let mut hear = self.0.clone();
        let outcome = hear
            .wait_for(Option::is_some)
            .await
            // The opener went without telling: a bug, not the user's notebook.
            .map_err(|_| ApiError::new(ErrorCode::Internal, INTERNAL_MESSAGE))?
            .clone();
        outcome.unwrap_or(Ok(()))
    }
}

impl Opened {
    /// Tell every waiting command, and every later one, how the open ended.
    pub fn tell(self, outcome: Result<(), ApiError>) {
        self.0.send_replace(Some(outcome));
    }
}

/// The error every command answers when the notebook at `path` could not be opened: the
/// reason, naming the file once, and that the open is tried again at the next start.
pub fn could_not_open(path: &std::path::Path, err: &dyn std::fmt::Display) -> ApiError {
    let (path, reason) = (path.display().to_string(), err.to_string());
    let what = if reason.contains(&path) {
        format!("Clipline could not open its notebook. {reason}")
    } else {
        format!("Clipline could not open its notebook {path}: {reason}")
    };
    let ended = if what.ends_with(['.', '!', '?']) {
        ""
    } else {
        "."
    };
    ApiError::new(
        ErrorCode::Storage,
        format!("{what}{ended} It is opened again when Clipline next starts."),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn commands_wait_for_the_open_and_then_go_on() {
        let (opening, opened) = opening();
        let opening = std::sync::Arc::new(opening);
        let waiter = tokio::spawn({
            let opening = opening.clone();
            async move { opening.wait().await }
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!waiter.is_finished(), "a command waits while the open runs");
        opened.tell(Ok(()));
        assert_eq!(waiter.await.unwrap(), Ok(()));
        assert_eq!(opening.wait().await, Ok(()), "and later ones go on at once");
    }

    #[tokio::test]
    async fn every_command_is_told_why_the_notebook_could_not_be_opened() {
        let (opening, opened) = opening();
        let path = std::path::Path::new("/home/ada/notebook.db");
        opened.tell(Err(could_not_open(path, &"file is not a database")));
        for _ in 0..2 {
            let told = opening.wait().await.unwrap_err();
            assert_eq!(told.code, ErrorCode::Storage);
            assert_eq!(
                told.message,
                "Clipline could not open its notebook /home/ada/notebook.db: file is not a \
                 database. It is opened again when Clipline next starts."
            );
        }
        let reason = "The notebook /home/ada/notebook.db could not be opened: denied";
        let named = could_not_open(path, &reason).message;
        assert_eq!(
            named.matches("/home/ada/notebook.db").count(),
            1,
            "the file is named once: {named}"
        );
    }

    #[tokio::test]
    async fn an_opener_gone_without_telling_is_an_internal_error_not_a_hang() {
        let (opening, opened) = opening();
        drop(opened);
        let told = tokio::time::timeout(Duration::from_secs(5), opening.wait())
            .await
            .expect("no hang");
        assert_eq!(told.unwrap_err().code, ErrorCode::Internal);
    }
}
