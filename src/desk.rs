//! The notebook a long-running face (the desktop window, `clipline serve`) has open, and
//! the switch between the user's own notebook and the sample one.
//!
//! The command table works on one `Notebook`; a `Desk` holds the current one behind a lock,
//! answers `NotebookOpen` itself (building the sample notebook on first use) and hands every
//! other request to `api::dispatch` on whichever notebook is open — except preferences,
//! which are the user's and always live in their own notebook.

use std::path::PathBuf;

use tokio::sync::RwLock;

use crate::api::{self, ApiError, NotebookChoice, Request, Response};
use crate::notebook::Notebook;
use crate::sample;

/// The open notebook of a face that can switch between the user's and the sample.
#[derive(Debug)]
pub struct Desk {
    home: Notebook,
    sample_path: PathBuf,
    /// The sample notebook once opened: one instance for the face's run, so that its
    /// writers share one queue (see `notebook::writing`) and two requests to open it do not
    /// both build it (the second would throw away the first's half-built file).
    sample: tokio::sync::Mutex<Option<Notebook>>,
    current: RwLock<Notebook>,
    /// The loopback server's address with its token, once the face runs one (see
    /// `offer_pairing`): what a browser extension is paired with.
    pairing: std::sync::OnceLock<String>,
    /// Told after each command that added to what the library lists (see `adds_articles`):
    /// a window or a page shows the clips a browser extension sends without being reloaded.
    articles_changed: tokio::sync::broadcast::Sender<ArticlesChanged>,
}

impl Desk {
    /// A desk with the user's own notebook open.
    pub fn new(home: Notebook) -> Self {
        let sample_path = sample::path_beside(home.path());
        Self {
            current: RwLock::new(home.clone()),
            home,
            sample_path,
            sample: Default::default(),
            pairing: Default::default(),
            articles_changed: tokio::sync::broadcast::channel(16).0,
        }
    }

    /// Hear of every command this desk carried out that added to what the library lists
    /// (a clip, an import, a feed polled on request, a restore): one notice each, or
    /// `Lagged` when several came faster than they were heard, which means the same.
    pub fn article_changes(&self) -> tokio::sync::broadcast::Receiver<ArticlesChanged> {
        self.articles_changed.subscribe()
    }

    /// Say where this face's loopback server answers (`http://127.0.0.1:PORT/?token=…`),
    /// so that `PairingAddress` can tell the user what to paste into the browser extension.
    /// The first address offered stays.
    pub fn offer_pairing(&self, url: String) {
        let _ = self.pairing.set(url);
    }

    /// Poll the user's notebook's feeds, as `Notebook::poll_feeds_every` does, forever,
    /// telling the listeners of `article_changes` after each round that brought articles:
    /// an open library shows a feed's new items as it shows a browser's clips.
    pub async fn poll_feeds_every(&self, every: std::time::Duration) {
        self.home
            .poll_feeds_every(every, |_| {
                // No one listening is no failure.
                let _ = self.articles_changed.send(ArticlesChanged { by: None });
            })
            .await
    }

    /// The notebook open now.
    pub async fn notebook(&self) -> Notebook {
        self.current.read().await.clone()
    }

    /// Follow the progress of long work on whichever notebook is open (they share one hub).
    pub fn progress_events(
        &self,
    ) -> tokio::sync::broadcast::Receiver<crate::notebook::ProgressEvent> {
        self.home.progress_events()
    }

    /// Run one command on the open notebook; `NotebookOpen` switches notebooks (building
    /// the sample on first use) and answers with the newly open notebook's info.
    ///
    /// A bug that panics inside a command answers `internal` like any other bug, instead
    /// of dropping the server's connection or leaving the desktop window's call unanswered
    /// (a write in progress rolls back as its transaction is dropped).
    pub async fn dispatch(&self, req: Request) -> Result<Response, ApiError> {
        self.dispatch_from(req, None).await
    }

    /// [`Desk::dispatch`] for the page `by` (an id of its own choosing, see `server`): the
    /// notice of the articles it adds names it, so that it is not told of its own clips.
    pub async fn dispatch_from(
        &self,
        req: Request,
        by: Option<String>,
    ) -> Result<Response, ApiError> {
        let adds = adds_articles(&req);
        let answer = answer_panics(self.run(req)).await;
        // A clip of what the notebook holds already adds nothing.
        let added = match &answer {
            Ok(Response::Clipped(outcome)) => outcome
                .articles
                .iter()
                .any(|a| a.status != crate::model::ClipStatus::Existing),
            Ok(_) => true,
            Err(_) => false,
        };
        if adds && added {
            // No one listening is no failure.
            let _ = self.articles_changed.send(ArticlesChanged { by });
        }
        answer
    }

    async fn run(&self, req: Request) -> Result<Response, ApiError> {
        if let Request::PairingAddress = req {
            return self.pairing.get().cloned().map(Response::Document).ok_or_else(|| {
                ApiError::new(
                    crate::api::ErrorCode::NotFound,
                    "No loopback server is running here, so there is nothing to pair a browser \
                     with: start `clipline serve`, or see why the desktop app's did not start in its log.",
                )
            });
        }
        if let Request::NotebookOpen { which } = req {
            let next = match which {
                NotebookChoice::Home => self.home.clone(),
                NotebookChoice::Sample => {
                    let mut sample = self.sample.lock().await;
                    match &*sample {
                        Some(nb) => nb.clone(),
                        None => {
                            let nb = sample::open(&self.sample_path)
                                .await?
                                .sharing_progress_of(&self.home);
                            sample.insert(nb).clone()
                        }
                    }
                }
            };
            let mut info = next.info().await?;
            info.sample = next.path() == self.sample_path.as_path();
            *self.current.write().await = next;
            return Ok(Response::Info(info));
        }
        if matches!(
            req,
            Request::PreferenceGet { .. } | Request::PreferenceSet { .. }
        ) {
            return api::dispatch(&self.home, req).await;
        }
        let nb = self.notebook().await;
        let mut resp = api::dispatch(&nb, req).await?;
        if let Response::Info(info) = &mut resp {
            info.sample = nb.path() == self.sample_path.as_path();
        }
        Ok(resp)
    }
}

/// That a command added to the library's articles, and the page that sent it when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticlesChanged {
    pub by: Option<String>,
}

/// Whether a successful `req` adds to the library's articles (or replaces them all). Tags,
/// read state and deletes are left out: they come from the page showing the list, and a
/// list read again would lose the reader's place in it.
fn adds_articles(req: &Request) -> bool {
    matches!(
        req,
        Request::ArticleClip { .. }
            | Request::ArticleSplit { .. }
            | Request::ImportExport { .. }
            | Request::FeedPoll { .. }
            | Request::NotebookRestore { .. }
    )
}

/// Run `work`, turning a panic inside it into an `internal` error (its message goes to
/// the log, as every internal error's detail does).
async fn answer_panics(
    work: impl std::future::Future<Output = Result<Response, ApiError>>,
) -> Result<Response, ApiError> {
    use futures_util::FutureExt;
    match std::panic::AssertUnwindSafe(work).catch_unwind().await {
        Ok(answer) => answer,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            tracing::error!(panic = %what, "a command panicked");
            Err(ApiError::new(
                crate::api::ErrorCode::Internal,
                crate::api::INTERNAL_MESSAGE,
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_pairing_address_is_the_one_the_face_offered() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::new(Notebook::open(&dir.path().join("n.db")).await.unwrap());
        let err = desk.dispatch(Request::PairingAddress).await.unwrap_err();
        assert_eq!(
            err.code,
            crate::api::ErrorCode::NotFound,
            "no server, no address"
        );
        assert!(err.message.contains("clipline serve"), "{}", err.message);
        desk.offer_pairing("http://127.0.0.1:4170/?token=ab".into());
        desk.offer_pairing("http://127.0.0.1:9/?token=cd".into());
        let answer = desk.dispatch(Request::PairingAddress).await.unwrap();
        assert!(
            matches!(&answer, Response::Document(url) if url == "http://127.0.0.1:4170/?token=ab"),
            "the first offer stays: {answer:?}"
        );
    }

    #[tokio::test]
    async fn a_clip_is_told_to_those_listening_and_a_read_or_a_failure_is_not() {
        use tokio::sync::broadcast::error::TryRecvError;
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::new(Notebook::open(&dir.path().join("n.db")).await.unwrap());
        let mut changes = desk.article_changes();
        let clip = |text: &str| Request::ArticleClip {
            source: crate::model::ClipSource::Text {
                text: text.to_string(),
                url: None,
            },
            tags: None,
            clipped_at: None,
        };
        desk.dispatch(clip(
            "Harbour tug crews vote to strike\n\nTug crews at the harbour voted on Monday to \
             strike for two days next month over rosters, the union said.",
        ))
        .await
        .unwrap();
        assert_eq!(
            changes.try_recv(),
            Ok(ArticlesChanged { by: None }),
            "the clip is told"
        );
        desk.dispatch(clip(
            "Harbour tug crews vote to strike\n\nTug crews at the harbour voted on Monday to \
             strike for two days next month over rosters, the union said.",
        ))
        .await
        .unwrap();
        desk.dispatch(Request::TagList).await.unwrap();
        assert!(desk.dispatch(clip("   ")).await.is_err(), "nothing to clip");
        desk.dispatch(Request::ArticleMarkRead {
            ids: vec![1],
            read: true,
        })
        .await
        .unwrap();
        assert_eq!(
            changes.try_recv(),
            Err(TryRecvError::Empty),
            "a clip held already, a read, a failed clip and a change of read state add nothing"
        );
        desk.dispatch_from(
            clip(
                "Ferry operator orders two electric vessels\n\nThe ferry operator ordered two \
                  electric vessels on Tuesday for the island route, to be delivered in 2027.",
            ),
            Some("page-1".into()),
        )
        .await
        .unwrap();
        assert_eq!(
            changes.try_recv(),
            Ok(ArticlesChanged {
                by: Some("page-1".into())
            }),
            "the notice names the page that clipped"
        );
    }

    #[tokio::test]
    async fn a_command_that_panics_answers_internal() {
        let err = answer_panics(async {
            if std::hint::black_box(true) {
                panic!("a bug deep in a command");
            }
            Ok(Response::Done)
        })
        .await
        .unwrap_err();
        assert_eq!(err.code, crate::api::ErrorCode::Internal);
        assert!(err.message.contains("log"), "{}", err.message);
        let ok = answer_panics(async { Ok(Response::Done) }).await;
        assert!(matches!(ok, Ok(Response::Done)), "answers pass through");
    }

    #[tokio::test]
    async fn a_desk_switches_to_the_sample_and_back() {
        let dir = tempfile::tempdir().unwrap();
        let home = Notebook::open(&dir.path().join("notebook.db"))
            .await
            .unwrap();
        let desk = Desk::new(home);
        let Response::Info(info) = desk
            .dispatch(Request::NotebookOpen {
                which: NotebookChoice::Sample,
            })
            .await
            .unwrap()
        else {
            panic!("NotebookOpen answers with Info");
        };
        assert!(info.sample, "the sample notebook says it is the sample");
        assert!(info.articles >= 12, "the sample holds its pages");
        let Response::Info(info) = desk
            .dispatch(Request::NotebookOpen {
                which: NotebookChoice::Home,
            })
            .await
            .unwrap()
        else {
            panic!("NotebookOpen answers with Info");
        };
        assert!(!info.sample);
        assert_eq!(info.articles, 0, "the user's notebook is untouched");
    }

    #[tokio::test]
    async fn preferences_stay_in_the_users_notebook_while_the_sample_is_open() {
        use crate::model::Preference;
        let dir = tempfile::tempdir().unwrap();
        let home = Notebook::open(&dir.path().join("notebook.db"))
            .await
            .unwrap();
        let desk = Desk::new(home.clone());
        desk.dispatch(Request::NotebookOpen {
            which: NotebookChoice::Sample,
        })
        .await
        .unwrap();
        desk.dispatch(Request::PreferenceSet {
            key: Preference::ClipShortcut,
            value: "Alt+K".into(),
        })
        .await
        .unwrap();
        assert_eq!(
            home.preference(Preference::ClipShortcut).await.unwrap(),
            "Alt+K",
            "set while the sample was open, kept in the user's notebook"
        );
    }

    /// Two requests to open the sample while it is being built (two windows, a double
    /// click): the second waits for the first's build instead of throwing its half-built
    /// file away under it, and both get the one sample notebook.
    #[tokio::test]
    async fn two_opens_of_the_sample_at_once_both_get_it() {
        let dir = tempfile::tempdir().unwrap();
        let home = Notebook::open(&dir.path().join("notebook.db"))
            .await
            .unwrap();
        let desk = std::sync::Arc::new(Desk::new(home));
        let open = || Request::NotebookOpen {
            which: NotebookChoice::Sample,
        };
        let first = tokio::spawn({
            let desk = desk.clone();
            async move { desk.dispatch(open()).await }
        });
        let building = dir.path().join("sample.db");
        while !building.exists() {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let second = desk.dispatch(open()).await;
        let first = first.await.unwrap();
        for answer in [first, second] {
            match answer {
                Ok(Response::Info(info)) => assert!(info.sample && info.articles >= 12),
                other => panic!("both opens get the sample: {other:?}"),
            }
        }
        let nb = desk.notebook().await;
        nb.note_add(None, "still writable").await.unwrap();
    }
}
