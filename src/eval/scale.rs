//! The scale benchmark behind `clipline bench --articles N` (issue 6): generate N pages
//! from the corpus (`generate`), import them with the real `clipline import` in a child
//! process (throughput and peak RSS), then time what a user waits for on the notebook that
//! results — searches of every query shape beside the bare FTS5 `MATCH` floor, an entity and
//! a theme timeline, library pages — and the bytes each article costs on disk.
//!
//! Figures only: nothing here asserts a target (benchmarks print, tests assert).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;

use super::generate::{Material, Rng, write_pages};
use crate::notebook::{Notebook, TimelineAsk};
use crate::query;
use crate::store::articles::LibraryAsk;

/// What to run.
#[derive(Debug, Clone)]
pub struct ScaleConfig {
    pub articles: usize,
    pub seed: u64,
    /// Where the pages (kept between runs) and the notebook (made afresh) go.
    pub dir: PathBuf,
    pub corpus: PathBuf,
    /// Timed runs per query.
    pub rounds: usize,
    /// The `clipline` binary that imports.
    pub exe: PathBuf,
    /// Time the notebook an earlier run left in `dir` (same N and seed) instead of
    /// generating and importing again: for measuring a query change without a long import.
    /// The import figures are then absent.
    pub reuse: bool,
}

/// Latency of one query shape, in milliseconds.
#[derive(Debug, Clone, Serialize)]
pub struct SearchFigures {
    pub query: String,
    pub matches: i64,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    /// p95 of the bare FTS5 MATCH of the query's words, ranked, same limit.
    pub floor_p95_ms: f64,
    /// How the planner runs the search (`store::fts::Strategy`): `Newest` lists words
    /// found in most articles newest first instead of ranking them like the floor does.
    pub strategy: String,
}

/// Every figure of the issue, with the keys it names.
#[derive(Debug, Clone, Serialize)]
pub struct ScaleReport {
    pub articles: usize,
    pub import_articles_per_s: Option<f64>,
    pub import_peak_rss_mb: Option<f64>,
    pub import_seconds: Option<f64>,
    pub search: BTreeMap<String, SearchFigures>,
    pub timeline_entity: String,
    /// Events the lane holds in all.
    pub timeline_entity_items: usize,
    /// A page of the lane as the timeline view asks for it (`TIMELINE_PAGE` events).
    pub timeline_entity_p95_ms: f64,
    /// The whole lane in one answer, as `clipline timeline` without `--limit` reads it.
    pub timeline_entity_all_p95_ms: f64,
    pub timeline_theme: String,
    pub timeline_theme_items: usize,
    pub timeline_theme_p95_ms: f64,
    pub timeline_theme_all_p95_ms: f64,
    pub timeline_page: u32,
    pub library_page_p95_ms: f64,
    pub db_bytes_per_article: f64,
}

/// Why the benchmark stopped.
#[derive(Debug, thiserror::Error)]
pub enum ScaleError {
    #[error(transparent)]
    Eval(#[from] super::EvalError),
    #[error(transparent)]
    Notebook(#[from] crate::notebook::NotebookError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("The import failed: {0}")]
    Import(String),
}

const SEARCH_LIMIT: u32 = 50;
/// The events per lane the timeline view asks for at a time (`ui/src/lib/views/Timeline.svelte`).
pub const TIMELINE_PAGE: u32 = 2_000;
/// Topics of the kind a beat follows; the bench times the one holding most articles.
const THEMES: [(&str, &str); 3] = [
    (
        "Artificial intelligence",
        r#""artificial intelligence" OR "machine learning" OR chatbot"#,
    ),
    (
        "Central banks and rates",
        r#""interest rates" OR "central bank" OR inflation"#,
    ),
    ("Elections", "election OR elections OR ballot"),
];

/// Run the benchmark; `say` hears what stage it is in.
pub async fn run(cfg: &ScaleConfig, mut say: impl FnMut(&str)) -> Result<ScaleReport, ScaleError> {
    let db = cfg
        .dir
        .join(format!("notebook-{}-{}.db", cfg.articles, cfg.seed));
    let import = if cfg.reuse {
        if !db.exists() {
            return Err(ScaleError::Import(format!(
                "there is no notebook to reuse at {}; run once without --reuse",
                db.display()
            )));
        }
        None
    } else {
        Some(generate_and_import(cfg, &db, &mut say).await?)
    };
    let nb = Notebook::open(&db).await?;
    let articles: i64 = sqlx::query_scalar("SELECT count(*) FROM articles")
        .fetch_one(nb.pool())
        .await
        .map_err(sql_err)?;

    let (entity, theme) = busiest_lanes(&nb).await?;
    say("timing searches");
    let search = searches(&nb, cfg.rounds, &entity).await?;
    say("timing timelines and library pages");
    let entity_lane = time_timeline(&nb, cfg.rounds, vec![entity.clone()], vec![]).await?;
    let theme_lane = time_timeline(&nb, cfg.rounds, vec![], vec![theme.clone()]).await?;
    let library_page_p95_ms = library_pages(&nb, cfg.rounds, articles).await?;
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(nb.pool())
        .await
        .map_err(sql_err)?;
    let bytes = std::fs::metadata(&db)?.len() as f64;
    nb.close().await;
    Ok(ScaleReport {
        articles: articles as usize,
        import_articles_per_s: import.map(|(seconds, _)| cfg.articles as f64 / seconds),
        import_peak_rss_mb: import.map(|(_, rss)| rss),
        import_seconds: import.map(|(seconds, _)| seconds),
        search,
        timeline_entity: entity,
        timeline_entity_items: entity_lane.items,
        timeline_entity_p95_ms: entity_lane.page_p95_ms,
        timeline_entity_all_p95_ms: entity_lane.all_p95_ms,
        timeline_theme: theme,
        timeline_theme_items: theme_lane.items,
        timeline_theme_p95_ms: theme_lane.page_p95_ms,
        timeline_theme_all_p95_ms: theme_lane.all_p95_ms,
        timeline_page: TIMELINE_PAGE,
        library_page_p95_ms,
        db_bytes_per_article: bytes / articles.max(1) as f64,
    })
}

/// Write the pages (kept between runs), make the notebook afresh with the bench's themes
/// and import the pages into it; returns (seconds, peak RSS in MB) of the import.
async fn generate_and_import(
    cfg: &ScaleConfig,
    db: &Path,
    say: &mut impl FnMut(&str),
) -> Result<(f64, f64), ScaleError> {
    say("reading the corpus");
    let material = Material::load(&cfg.corpus)?;
    let pages = cfg.dir.join(format!("pages-{}-{}", cfg.articles, cfg.seed));
    say(&format!(
        "writing {} pages to {}",
        cfg.articles,
        pages.display()
    ));
    write_pages(&material, cfg.seed, cfg.articles, &pages, |_| {})?;
    drop(material);

    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let nb = Notebook::open(db).await?;
    for (name, q) in THEMES {
        nb.theme_save(name, q, None).await?;
    }
    nb.close().await;
    say("importing (clipline import in a child process)");
    import(&cfg.exe, db, &pages)
}

/// Run `clipline --db DB import PAGES` and wait for it with `wait4`, which gives the
/// child's peak RSS; returns (seconds, peak RSS in MB).
fn import(exe: &Path, db: &Path, pages: &Path) -> Result<(f64, f64), ScaleError> {
    let start = Instant::now();
    let child = std::process::Command::new(exe)
        .arg("--db")
        .arg(db)
        .args(["--format", "json", "import"])
        .arg(pages)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for the kernel to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet reaped; both pointers are valid for writes.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let seconds = start.elapsed().as_secs_f64();
    if reaped != pid || !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        let mut err = String::new();
        if let Some(mut e) = child.stderr {
            use std::io::Read as _;
            let _ = e.read_to_string(&mut err);
        }
        return Err(ScaleError::Import(err.trim().to_string()));
    }
    // ru_maxrss is in kilobytes on Linux.
    Ok((seconds, usage.ru_maxrss as f64 / 1024.0))
}

/// Milliseconds at the 50th, 95th and 99th percentile.
fn percentiles(mut ms: Vec<f64>) -> (f64, f64, f64) {
    ms.sort_by(f64::total_cmp);
    let at = |p: f64| ms[((ms.len() as f64 - 1.0) * p).round() as usize];
    (at(0.50), at(0.95), at(0.99))
}

async fn timed<F, Fut, T>(rounds: usize, mut f: F) -> Result<(Vec<f64>, T), ScaleError>
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = Result<T, ScaleError>>,
{
    let mut last = f(0).await?; // warm the page cache
    let mut ms = Vec::with_capacity(rounds);
    for i in 0..rounds.max(1) {
        let start = Instant::now();
        last = f(i).await?;
        ms.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    Ok((ms, last))
}

fn sql_err(e: sqlx::Error) -> ScaleError {
    crate::notebook::NotebookError::from(crate::store::StoreError::from(e)).into()
}

/// The fixed mix of query shapes, with the rare and common terms read from the notebook's
/// term table and `entity` the one most articles name.
async fn query_mix(nb: &Notebook, entity: &str) -> Result<Vec<(&'static str, String)>, ScaleError> {
    let common: String = sqlx::query_scalar(
        "SELECT term FROM articles_fts_terms WHERE length(term) >= 5 AND term NOT GLOB '*[^a-z]*' ORDER BY doc DESC LIMIT 1",
    )
    .fetch_one(nb.pool())
    .await
    .map_err(sql_err)?;
    let rare: String = sqlx::query_scalar(
        "SELECT term FROM articles_fts_terms WHERE doc BETWEEN 3 AND 10 AND length(term) >= 6 AND term NOT GLOB '*[^a-z]*' ORDER BY term LIMIT 1",
    )
    .fetch_one(nb.pool())
    .await
    .map_err(sql_err)?;
    Ok(vec![
        ("one_word", "government".to_string()),
        ("phrase", "\"interest rates\"".to_string()),
        ("prefix", "regulat*".to_string()),
        (
            "word_date_range",
            "market after:2021-01-01 before:2022-01-01".to_string(),
        ),
        ("word_entity", format!("investment entity:\"{entity}\"")),
        ("rare_term", rare),
        ("common_term", common),
    ])
}

async fn searches(
    nb: &Notebook,
    rounds: usize,
    entity: &str,
) -> Result<BTreeMap<String, SearchFigures>, ScaleError> {
    let mut out = BTreeMap::new();
    for (shape, q) in query_mix(nb, entity).await? {
        let plan = query::sql::plan(
            &query::parse(&q)
                .map_err(crate::search::SearchError::from)
                .map_err(crate::notebook::NotebookError::from)?,
        );
        let strategy = {
            let mut conn = nb.pool().acquire().await.map_err(sql_err)?;
            crate::store::fts::choose(&mut conn, &plan)
                .await
                .map_err(crate::notebook::NotebookError::from)?
        };
        let fts = plan.fts.unwrap_or_default();
        let matches: i64 =
            sqlx::query_scalar("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1")
                .bind(&fts)
                .fetch_one(nb.pool())
                .await
                .map_err(sql_err)?;
        // The search and its floor take turns, round by round, so that both meet the
        // machine in the same state (caches, other load).
        nb.search(&q, SEARCH_LIMIT).await?; // warm the page cache
        bare_match(nb, &fts).await?;
        let (mut ours, mut floor) = (Vec::new(), Vec::new());
        for _ in 0..rounds.max(1) {
            let start = Instant::now();
            nb.search(&q, SEARCH_LIMIT).await?;
            ours.push(start.elapsed().as_secs_f64() * 1000.0);
            let start = Instant::now();
            bare_match(nb, &fts).await?;
            floor.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        let (p50_ms, p95_ms, p99_ms) = percentiles(ours);
        out.insert(
            shape.to_string(),
            SearchFigures {
                query: q,
                matches,
                p50_ms,
                p95_ms,
                p99_ms,
                floor_p95_ms: percentiles(floor).1,
                strategy: format!("{strategy:?}"),
            },
        );
    }
    Ok(out)
}

/// The bare FTS5 `MATCH` of `fts`, ranked as searches rank: the ids of the page, without
/// summaries or snippets (the floor a search is compared with).
async fn bare_match(nb: &Notebook, fts: &str) -> Result<usize, ScaleError> {
    let rows: Vec<(i64,)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1 \
         ORDER BY {} LIMIT ?2",
        crate::store::fts::RANK
    )))
    .bind(fts)
    .bind(i64::from(SEARCH_LIMIT))
    .fetch_all(nb.pool())
    .await
    .map_err(sql_err)?;
    Ok(rows.len())
}

/// The entity mentioned in most articles and the theme holding most articles.
async fn busiest_lanes(nb: &Notebook) -> Result<(String, String), ScaleError> {
    let entity: String = sqlx::query_scalar(
        "SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id \
         WHERE e.rejected = 0 GROUP BY e.id ORDER BY count(*) DESC LIMIT 1",
    )
    .fetch_optional(nb.pool())
    .await
    .map_err(sql_err)?
    .unwrap_or_else(|| "Reuters".into());
    let theme: String = sqlx::query_scalar(
        "SELECT t.name FROM article_themes x JOIN themes t ON t.id = x.theme_id \
         GROUP BY t.id ORDER BY count(*) DESC LIMIT 1",
    )
    .fetch_optional(nb.pool())
    .await
    .map_err(sql_err)?
    .unwrap_or_else(|| THEMES[0].0.into());
    Ok((entity, theme))
}

/// How long a lane takes: a page of it, and all of it.
struct LaneFigures {
    items: usize,
    page_p95_ms: f64,
    all_p95_ms: f64,
}

/// Time a lane read a page at a time (the first page and the one after it, alternately)
/// and whole.
async fn time_timeline(
    nb: &Notebook,
    rounds: usize,
    entities: Vec<String>,
    themes: Vec<String>,
) -> Result<LaneFigures, ScaleError> {
    let all = TimelineAsk {
        entities,
        themes,
        ..TimelineAsk::default()
    };
    let first = TimelineAsk {
        limit: Some(TIMELINE_PAGE),
        ..all.clone()
    };
    let second = TimelineAsk {
        after: nb.timeline(&first).await?.next,
        ..first.clone()
    };
    let count = |t: crate::model::Timeline| t.lanes.iter().map(|l| l.items.len()).sum::<usize>();
    let (page_ms, _) = timed(rounds, |i| {
        let ask = if i % 2 == 0 { &first } else { &second };
        async move { Ok(count(nb.timeline(ask).await?)) }
    })
    .await?;
    let (all_ms, items) = timed(rounds.div_ceil(5), |_| async {
        Ok(count(nb.timeline(&all).await?))
    })
    .await?;
    Ok(LaneFigures {
        items,
        page_p95_ms: percentiles(page_ms).1,
        all_p95_ms: percentiles(all_ms).1,
    })
}

/// p95 of reading a page of 50 at random places in the library, in both orders.
async fn library_pages(nb: &Notebook, rounds: usize, articles: i64) -> Result<f64, ScaleError> {
    let mut rng = Rng::new(42);
    let (ms, _) = timed(rounds, |i| {
        let after = (i % 4 != 0).then(|| 1 + rng.below(articles.max(1) as usize) as i64);
        let sort = if i % 2 == 0 {
            crate::model::LibrarySort::Clipped
        } else {
            crate::model::LibrarySort::Published
        };
        async move {
            let page = nb
                .list(&LibraryAsk {
                    sort,
                    after,
                    limit: 50,
                    ..LibraryAsk::default()
                })
                .await?;
            Ok(page.len())
        }
    })
    .await?;
    Ok(percentiles(ms).1)
}

impl ScaleReport {
    /// A plain table of every figure, with each search beside its floor.
    pub fn to_table(&self) -> String {
        let mut s = format!(
            "articles: {}\nimport: {}\n\n{:<16} {:>8} {:>8} {:>8} {:>8} {:>9} {:>6}  {:<15} query\n",
            self.articles,
            match (
                self.import_articles_per_s,
                self.import_seconds,
                self.import_peak_rss_mb
            ) {
                (Some(rate), Some(seconds), Some(rss)) =>
                    format!("{rate:.1} articles/s ({seconds:.0} s), peak RSS {rss:.0} MB"),
                _ => "not run (an earlier run's notebook was reused)".into(),
            },
            "search",
            "matches",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "floor p95",
            "ratio",
            "plan",
        );
        for (shape, f) in &self.search {
            s.push_str(&format!(
                "{shape:<16} {:>8} {:>8.2} {:>8.2} {:>8.2} {:>9.2} {:>6.2}  {:<15} {}\n",
                f.matches,
                f.p50_ms,
                f.p95_ms,
                f.p99_ms,
                f.floor_p95_ms,
                f.p95_ms / f.floor_p95_ms.max(0.001),
                f.strategy,
                f.query
            ));
        }
        s.push_str(&format!(
            "\ntimeline, entity lane \"{}\" ({} items): page of {} p95 {:.2} ms, whole lane p95 {:.2} ms\ntimeline, theme lane \"{}\" ({} items): page of {} p95 {:.2} ms, whole lane p95 {:.2} ms\nlibrary page of 50: p95 {:.2} ms\ndatabase: {:.0} bytes per article\n",
            self.timeline_entity,
            self.timeline_entity_items,
            self.timeline_page,
            self.timeline_entity_p95_ms,
            self.timeline_entity_all_p95_ms,
            self.timeline_theme,
            self.timeline_theme_items,
            self.timeline_page,
            self.timeline_theme_p95_ms,
            self.timeline_theme_all_p95_ms,
            self.library_page_p95_ms,
            self.db_bytes_per_article
        ));
        s
    }
}
