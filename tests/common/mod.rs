//! What the store's scale tests share: text written for them and a small notebook made
//! from it through the real import.

use clipline::eval::generate::{Material, page};
use clipline::notebook::Notebook;

/// Text written for these tests: every paragraph says "market"; only the first report's
/// own paragraphs say "lighthouse".
pub fn material() -> Material {
    let paragraph = |i: usize, extra: &str| {
        format!(
            "Paragraph {i}: the market for container shipping moved as traders in Rotterdam \
             weighed freight rates, fuel costs and port congestion.{extra}"
        )
    };
    let paragraphs: Vec<String> = (0..40).map(|i| paragraph(i, "")).collect();
    let articles = (0..12)
        .map(|i| {
            let extra = if i == 0 {
                " The lighthouse keeper agreed."
            } else {
                ""
            };
            (
                format!("Shipping report number {i} on freight and port traffic"),
                Some("Dana Whitfield".to_string()),
                (0..3).map(|k| paragraph(100 + i * 3 + k, extra)).collect(),
            )
        })
        .collect();
    Material {
        articles,
        paragraphs,
        outlets: vec![
            ("Harbour Gazette".into(), "harbour-gazette.example".into()),
            ("Freight Daily".into(), "freight-daily.example".into()),
        ],
    }
}

/// A notebook of `n` generated articles (through the real import) plus two undated ones.
pub async fn notebook(n: usize) -> (tempfile::TempDir, Notebook) {
    let dir = tempfile::tempdir().unwrap();
    let m = material();
    let mut files = Vec::new();
    for i in 0..n {
        let p = page(&m, 5, i);
        let path = dir.path().join(&p.name);
        std::fs::write(&path, p.html).unwrap();
        files.push(path);
    }
    for i in 0..2 {
        let path = dir.path().join(format!("undated-{i}.html"));
        std::fs::write(
            &path,
            format!(
                "<html><head><title>Undated note {i} on the market</title></head><body><article>\
                 <h1>Undated note {i} on the market</h1><p>A note {i} without any date about the \
                 market for shipping containers, written for this test and long enough to be \
                 kept by the extractor as the body of an article about freight.</p></article></body></html>"
            ),
        )
        .unwrap();
        files.push(path);
    }
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let report = nb
        .import_files(&files, &[], Some("2026-01-05T10:00:00Z"), |_| {})
        .await
        .unwrap();
    assert!(
        report.failed.is_empty(),
        "every generated page imports: {:?}",
        report.failed
    );
    (dir, nb)
}
