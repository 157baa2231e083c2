//! Progress of long work (analysing or extracting every article again, importing another
//! tool's export) as events any face
//! can follow: the CLI draws a bar, `clipline serve` streams them as server-sent events and
//! the desktop app emits them to its window. The work reports into the notebook's hub
//! whoever started it, so a re-analysis that an entity edit set off shows too.
//!
//! A job reports when it starts, at most every [`EVERY`] after that, and when it ends: a
//! notebook of 100,000 articles sends a few hundred events, not 100,000. A listener that
//! falls behind misses events, never the work (the channel holds the newest [`KEPT`]).
//!
//! A face can ask the running work to stop ([`Notebook::stop_jobs`]): each job checks
//! between items, and as every item is its own transaction, what was done stays done.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;
use ts_rs::TS;

use super::Notebook;

/// The least time between two reports of one job (its first and last always go out).
pub const EVERY: Duration = Duration::from_millis(100);

/// How many events wait for a slow listener before the oldest are dropped.
const KEPT: usize = 64;

/// Which long work an event is about.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Job {
    /// Every article analysed again (entities, themes, dated claims).
    Reanalyze,
    /// Every stored capture extracted again.
    Reextract,
    /// Every subscribed feed polled now (the user's "Poll now").
    FeedPoll,
    /// Another tool's export clipped item by item (a URL is fetched), or a notebook
    /// export loaded (counted in megabytes of the file read).
    Import,
}

/// How far a job has come: `done` of `total` items; `done == total` ends it, and so does
/// `stopped` (the user stopped it after `done`).
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
pub struct ProgressEvent {
    pub job: Job,
    pub done: u64,
    pub total: u64,
    pub stopped: bool,
    /// What the job last worked on, when it names its items (an import's item, a feed):
    /// a fetch that hangs is then seen for what it is.
    pub item: Option<String>,
}

/// The notebook's channel of progress events and its stop request (shared by its clones).
#[derive(Clone, Debug)]
pub(super) struct Hub {
    events: broadcast::Sender<ProgressEvent>,
    stop: Arc<AtomicBool>,
}

impl Default for Hub {
    fn default() -> Self {
        Self {
            events: broadcast::channel(KEPT).0,
            stop: Arc::default(),
        }
    }
}

/// One job's reporter: sends its start at once, then at most every [`EVERY`], and its end.
/// A job dropped before its end (an error, an interrupted request) reports itself stopped
/// where it was, so that no face shows it running for ever.
pub(super) struct Reporter {
    hub: Hub,
    job: Job,
    total: u64,
    last: Instant,
    /// Items done, as last reported to `step`.
    done: u64,
    /// The item last reported to `step_item`.
    item: Option<String>,
    /// Whether the job's last event has gone out.
    ended: bool,
}

impl Reporter {
    /// Report `done` items; sent when it ends the job or [`EVERY`] has passed.
    pub(super) fn step(&mut self, done: usize) {
        let done = done as u64;
        self.done = done;
        self.ended = done >= self.total;
        if self.ended || self.last.elapsed() >= EVERY {
            self.last = Instant::now();
            self.send(done, false);
        }
    }

    /// Report `done` items, the last of them called `item` (see [`Reporter::step`]).
    pub(super) fn step_item(&mut self, done: usize, item: &str) {
        self.item = Some(item.to_string());
        self.step(done);
    }

    /// Whether a face asked the work to stop (checked before each item); if so, the job
    /// reports [`Reporter::stop`] and returns what it did so far.
    pub(super) fn stop_asked(&self) -> bool {
        self.hub.stop.load(Ordering::Relaxed)
    }

    /// End the job early after `done` items: its last event says it stopped.
    pub(super) fn stop(&mut self, done: usize) {
        self.ended = true;
        self.send(done as u64, true);
    }

    fn send(&self, done: u64, stopped: bool) {
        // No listener is not an error: the work goes on unwatched.
        let _ = self.hub.events.send(ProgressEvent {
            job: self.job,
            done,
            total: self.total,
            stopped,
            item: self.item.clone(),
        });
    }
}

/// The next event `events` hears, past any it fell behind on (a slow listener misses a
/// few reports; the next one tells where the work is); `None` once the notebook is gone.
pub async fn next_event(events: &mut broadcast::Receiver<ProgressEvent>) -> Option<ProgressEvent> {
    loop {
        match events.recv().await {
            Ok(ev) => return Some(ev),
            Err(broadcast::error::RecvError::Lagged(_)) => continue,
            Err(broadcast::error::RecvError::Closed) => return None,
        }
    }
}

impl Drop for Reporter {
    fn drop(&mut self) {
        if !self.ended {
            self.send(self.done, true);
        }
    }
}

impl Notebook {
    /// Follow the progress of the long work this notebook (or a face sharing its hub, see
    /// [`Notebook::sharing_progress_of`]) does from now on.
    pub fn progress_events(&self) -> broadcast::Receiver<ProgressEvent> {
        self.progress.events.subscribe()
    }

    /// Ask the long work running now to stop before its next item (what is done stays).
    pub fn stop_jobs(&self) {
        self.progress.stop.store(true, Ordering::Relaxed);
    }

    /// This notebook, reporting its progress where `other`'s listeners hear it (a face that
    /// switches notebooks keeps one stream of events).
    pub fn sharing_progress_of(mut self, other: &Notebook) -> Self {
        self.progress = other.progress.clone();
        self
    }

    /// Start reporting a job of `total` items (its first event, `0 of total`, goes out now);
    /// a stop asked before it started does not stop it.
    pub(super) fn start_job(&self, job: Job, total: usize) -> Reporter {
        self.progress.stop.store(false, Ordering::Relaxed);
        let reporter = Reporter {
            hub: self.progress.clone(),
            job,
            total: total as u64,
            last: Instant::now(),
            done: 0,
            item: None,
            ended: total == 0,
        };
        reporter.send(0, false);
        reporter
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_job_reports_its_start_and_end_and_little_between() {
        let dir = tempfile::tempdir().unwrap();
        let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
        let mut events = nb.progress_events();
        let mut job = nb.start_job(Job::Reanalyze, 1000);
        for done in 1..=1000 {
            job.step(done);
        }
        let mut seen = Vec::new();
        while let Ok(ev) = events.try_recv() {
            seen.push(ev);
        }
        assert_eq!(seen.first().map(|e| e.done), Some(0), "{seen:?}");
        assert_eq!(seen.last().map(|e| e.done), Some(1000), "{seen:?}");
        assert!(
            seen.iter()
                .all(|e| e.job == Job::Reanalyze && e.total == 1000)
        );
        // A fast loop is over well within EVERY: its middle steps are not sent.
        assert!(seen.len() < 10, "throttled: {} events", seen.len());
    }

    #[tokio::test]
    async fn a_notebook_sharing_a_hub_reports_to_its_listeners() {
        let dir = tempfile::tempdir().unwrap();
        let a = Notebook::open(&dir.path().join("a.db")).await.unwrap();
        let b = Notebook::open(&dir.path().join("b.db"))
            .await
            .unwrap()
            .sharing_progress_of(&a);
        let mut events = a.progress_events();
        b.start_job(Job::Reextract, 3).step(3);
        // A stop asked of either reaches the other's work too.
        let mut job = b.start_job(Job::Reextract, 3);
        a.stop_jobs();
        assert!(job.stop_asked());
        job.stop(1);
        assert_eq!(events.try_recv().unwrap().done, 0);
        assert_eq!(
            events.try_recv().unwrap(),
            ProgressEvent {
                job: Job::Reextract,
                done: 3,
                total: 3,
                stopped: false,
                item: None
            }
        );
        assert_eq!(events.try_recv().unwrap().done, 0);
        let last = events.try_recv().unwrap();
        assert_eq!((last.done, last.stopped), (1, true));
        drop(job);
        assert!(events.try_recv().is_err(), "a stopped job has ended");
    }

    #[tokio::test]
    async fn a_job_dropped_before_its_end_says_it_stopped_where_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
        let mut events = nb.progress_events();
        {
            let mut job = nb.start_job(Job::Import, 5);
            job.step(2);
        } // an error returned mid-way
        let last = std::iter::from_fn(|| events.try_recv().ok())
            .last()
            .unwrap();
        assert_eq!((last.done, last.total, last.stopped), (2, 5, true));
        {
            let mut job = nb.start_job(Job::Import, 2);
            job.step(2);
        }
        let last = std::iter::from_fn(|| events.try_recv().ok())
            .last()
            .unwrap();
        assert_eq!(
            (last.done, last.stopped),
            (2, false),
            "a finished job adds nothing"
        );
    }
}
