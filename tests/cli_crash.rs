//! Crash safety: `clipline import` on a few hundred generated pages, killed with SIGKILL at
//! 50 moments chosen by a seeded RNG, re-run after each kill (it resumes: stored pages are
//! found again, not twinned). After every kill SQLite must find the file sound
//! (`PRAGMA integrity_check` = ok) and every article the import reported as stored (its
//! flushed "Stored article N from FILE" lines) must be there with its full text. A last
//! uninterrupted run must then leave every page stored exactly once.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_clipline");
const PAGES: usize = 300;
const KILLS: usize = 50;

/// A tiny xorshift64*: the same kill moments on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: &[&str] = &[
    "harbour",
    "council",
    "budget",
    "railway",
    "turbine",
    "farmers",
    "drought",
    "museum",
    "ferry",
    "tariff",
    "vaccine",
    "startup",
    "reactor",
    "copper",
    "lithium",
    "satellite",
    "election",
    "pension",
    "bridge",
    "airport",
    "glacier",
    "fishery",
    "refinery",
    "orchard",
    "tunnel",
    "library",
    "court",
    "senate",
    "union",
    "strike",
    "merger",
    "shares",
    "bond",
    "inflation",
    "wages",
    "rents",
    "housing",
    "clinic",
    "school",
    "canal",
    "forest",
    "coast",
    "steel",
    "cement",
    "grain",
    "coffee",
    "cocoa",
    "cotton",
    "timber",
    "salmon",
    "wind",
    "solar",
    "battery",
    "chip",
    "factory",
    "warehouse",
    "port",
    "border",
    "treaty",
    "summit",
];

/// An article-like page whose paragraphs are random words: no two pages look alike, so none
/// is joined to another as a near-duplicate.
fn page(rng: &mut Rng, n: usize) -> (String, Vec<String>) {
    let mut sentence = |len: usize| -> String {
        let words: Vec<&str> = (0..len)
            .map(|_| WORDS[rng.below(WORDS.len() as u64) as usize])
            .collect();
        format!("Officials {} said page {n} matters.", words.join(" "))
    };
    let title = format!("Report {n}: {}", sentence(4));
    let paragraphs: Vec<String> = (0..4)
        .map(|_| (0..3).map(|_| sentence(14)).collect::<Vec<_>>().join(" "))
        .collect();
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    let html = format!(
        "<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>\n{body}</article></body></html>"
    );
    (html, paragraphs)
}

/// Reported (article id -> file) from one run's stdout, complete lines only.
fn reported(line: &str) -> Option<(i64, PathBuf)> {
    let rest = line
        .strip_prefix("Stored article ")
        .or_else(|| line.strip_prefix("Already stored: article "))?;
    let (id, file) = rest.split_once(" from ")?;
    Some((id.parse().ok()?, PathBuf::from(file)))
}

/// Check the file is sound and every reported article holds its page's full text.
async fn check(
    db: &Path,
    stored: &BTreeMap<i64, PathBuf>,
    expect: &BTreeMap<PathBuf, Vec<String>>,
    when: &str,
) {
    if !db.exists() {
        assert!(
            stored.is_empty(),
            "{when}: articles were reported but there is no notebook file"
        );
        return; // killed before the file was created
    }
    let url = format!("sqlite://{}?mode=rw", db.display());
    let pool = sqlx::SqlitePool::connect(&url)
        .await
        .expect("the notebook opens after a kill");
    let report: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&pool)
        .await
        .expect("check");
    assert_eq!(report, ["ok"], "{when}: SQLite finds the notebook damaged");
    for (id, file) in stored {
        let text: Option<String> =
            sqlx::query_scalar("SELECT content_text FROM articles WHERE id = ?")
                .bind(id)
                .fetch_optional(&pool)
                .await
                .expect("read");
        let text = text.unwrap_or_else(|| {
            panic!("{when}: article {id} ({file:?}) was reported stored but is gone")
        });
        for p in &expect[file] {
            assert!(
                text.contains(p.as_str()),
                "{when}: article {id} lost text of {file:?}: {p:?}"
            );
        }
    }
    pool.close().await;
}

/// One uninterrupted `clipline import` of `pages` into `db`, which must complete.
fn whole_import(db: &Path, pages: &Path) -> std::process::Output {
    let done = Command::new(BIN)
        .arg("--db")
        .arg(db)
        .arg("import")
        .arg(pages)
        .output()
        .expect("import");
    assert!(
        done.status.success(),
        "an uninterrupted import completes: {}",
        String::from_utf8_lossy(&done.stderr)
    );
    done
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_killed_fifty_times_loses_nothing_it_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).expect("mkdir");
    let mut rng = Rng(0x5eed_c11b_11e5);
    let mut expect = BTreeMap::new();
    for n in 0..PAGES {
        let (html, paragraphs) = page(&mut rng, n);
        let file = pages.join(format!("page-{n:03}.html"));
        std::fs::write(&file, html).expect("write page");
        expect.insert(file, paragraphs);
    }
    // Kill moments fall within how long a whole import takes on this build (a release
    // build imports the pages in well under a second, a debug build takes longer).
    let started = std::time::Instant::now();
    whole_import(&dir.path().join("measure.db"), &pages);
    let window_ms = (started.elapsed().as_millis() as u64).clamp(50, 900);
    let mut stored: BTreeMap<i64, PathBuf> = BTreeMap::new();
    let (mut kills, mut runs, mut notebooks) = (0, 0, 1);
    let mut db = dir.path().join("notebook-1.db");
    while kills < KILLS {
        runs += 1;
        assert!(
            runs <= KILLS * 4,
            "the kills keep missing the import ({kills} in {runs} runs)"
        );
        let mut child = Command::new(BIN)
            .arg("--db")
            .arg(&db)
            .arg("import")
            .arg(&pages)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("import starts");
        let out = child.stdout.take().expect("stdout");
        let reader = std::thread::spawn(move || {
            BufReader::new(out)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| reported(&l))
                .collect::<Vec<_>>()
        });
        // Kill anywhere from the first instant (opening, migrating) to well into the import.
        std::thread::sleep(Duration::from_millis(rng.below(window_ms)));
        let finished = child.try_wait().expect("poll").is_some();
        child.kill().ok(); // SIGKILL on Unix
        child.wait().expect("reap");
        for (id, file) in reader.join().expect("reader") {
            if let Some(before) = stored.insert(id, file.clone()) {
                assert_eq!(
                    before, file,
                    "article {id} reported for two different files"
                );
            }
        }
        if finished {
            // This notebook is complete: check it whole, then go on with a fresh one so
            // every kill lands in an import that is still writing.
            check(&db, &stored, &expect, "after a completed import").await;
            assert_eq!(
                stored.len(),
                PAGES,
                "a completed import reported every page"
            );
            notebooks += 1;
            db = dir.path().join(format!("notebook-{notebooks}.db"));
            stored.clear();
            continue;
        }
        kills += 1;
        check(&db, &stored, &expect, &format!("after kill {kills}")).await;
    }

    let done = whole_import(&db, &pages);
    for line in String::from_utf8_lossy(&done.stdout).lines() {
        if let Some((id, file)) = reported(line) {
            stored.insert(id, file);
        }
    }
    check(&db, &stored, &expect, "after the last import").await;
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
        .await
        .expect("open");
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM articles")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(
        count as usize, PAGES,
        "every page stored exactly once after the kills"
    );
    assert_eq!(stored.len(), PAGES, "every page reported once");
    pool.close().await;
    eprintln!("kills survived: {kills} mid-import, in {runs} runs over {notebooks} notebook(s)");
}
