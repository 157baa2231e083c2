//! The notebook round trip: a notebook holding every kind of data (articles, captures,
//! copies, stories, notes, highlights, tags, user entity edits, themes with verdicts) is
//! exported to JSON, loaded into an empty notebook, and everything is compared — the raw
//! rows and what the reader sees. Loading is all-or-nothing and only into an empty notebook.

use clipline::carry::export::{ExportFormat, json};
use clipline::model::ClipSource;
use clipline::notebook::{Notebook, TimelineAsk};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/cli/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn page(outlet: &str, date: &str, title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"{outlet}\">\
         <meta property=\"article:published_time\" content=\"{date}\"></head><body><article>\
         <h1>{title}</h1>{body}</article></body></html>"
    )
}

async fn clip(nb: &Notebook, html: String, url: Option<&str>, tags: &[&str]) -> i64 {
    let tags: Vec<String> = tags.iter().map(|t| t.to_string()).collect();
    let out = nb
        .clip(
            ClipSource::Html {
                html,
                url: url.map(str::to_owned),
            },
            &tags,
            Some("2025-06-01T09:00:00Z"),
        )
        .await
        .unwrap();
    out.articles[0].id
}

/// A notebook with one of everything a user can make.
async fn rich_notebook(nb: &Notebook) {
    let harbor = clip(
        nb,
        fixture("harbor-chips.html"),
        Some("https://ledger.example/harbor"),
        &["chips", "Ohio"],
    )
    .await;
    let syndicated = clip(
        nb,
        fixture("harbor-chips-syndicated.html"),
        Some("https://wire.example/harbor"),
        &[],
    )
    .await;
    assert_eq!(syndicated, harbor, "the syndicated copy joins the article");
    clip(nb, fixture("river-port.html"), None, &["ports"]).await;
    let first = page(
        "Gulf Business Daily",
        "2025-05-12T06:00:00Z",
        "Airbus wins order for 150 jets from Gulf carrier",
        "<p>Airbus has won an order for 150 single-aisle jets from a fast-growing Gulf carrier, the planemaker said on \
         Monday, its largest order of the year so far.</p><p>Deliveries are due to start in 2027, and the airline has \
         options on 50 more aircraft, according to people briefed on the deal. Airbus shares rose two percent in Paris \
         trading after the announcement.</p>",
    );
    let second = page(
        "Aviation Ledger",
        "2025-05-13T09:30:00Z",
        "Gulf carrier orders 150 Airbus jets in record deal",
        "<p>A Gulf airline placed a record order for 150 Airbus narrowbody aircraft, in a deal that analysts value at \
         well over ten billion dollars before discounts.</p><p>Airbus did not give the price. The carrier, which has \
         doubled its fleet since 2019, said the planes would replace older models and open new routes to Asia and \
         Africa from the end of the decade.</p>",
    );
    clip(nb, first, None, &[]).await;
    let airbus = clip(nb, second, None, &["aviation"]).await;
    assert_eq!(
        nb.article(airbus).await.unwrap().story.len(),
        1,
        "the two Airbus reports form a story"
    );

    nb.note_add(Some(harbor), "Check the **subsidy** figure.")
        .await
        .unwrap();
    nb.note_add(None, "A free-standing note on chips.")
        .await
        .unwrap();
    nb.highlight_add(harbor, 0, 20, Some("green"), Some("lead"))
        .await
        .unwrap();
    nb.highlight_add(airbus, 2, 30, None, None).await.unwrap();

    nb.entity_add("Harbor Semiconductor", "company", &["Harbor".into()])
        .await
        .unwrap();
    nb.entity_alias("Harbor Semiconductor", "Harbor Semi Inc.")
        .await
        .unwrap();
    nb.entity_add("Lena Marsh", "person", &[]).await.unwrap();
    nb.entity_merge("Lena Marsh", "Harbor Semiconductor")
        .await
        .unwrap();
    nb.entity_rename("Harbor Semiconductor", "Harbor Semi")
        .await
        .unwrap();
    let us = nb.find_entity("United States").await.unwrap();
    nb.entity_reject(&us.name).await.unwrap();

    nb.theme_save("Chip plants", "chip OR semiconductor", Some("#aa3300"))
        .await
        .unwrap();
    nb.theme_save("Jets", "Airbus", None).await.unwrap();
    nb.theme_verdict("Chip plants", airbus, Some(true))
        .await
        .unwrap();
    nb.theme_verdict("Jets", harbor, Some(false)).await.unwrap();

    nb.feed_add(
        "https://feeds.example/rss.xml",
        &["chips".into()],
        &["Jets".into()],
        false,
    )
    .await
    .unwrap();
}

#[tokio::test]
async fn a_notebook_survives_export_and_import_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("a.db")).await.unwrap();
    rich_notebook(&nb).await;
    // The reader's settings travel; the file's own (its server token) do not.
    use clipline::model::Preference;
    nb.preference_set(Preference::RemoteImages, "block")
        .await
        .unwrap();
    nb.entity_suggestion_dismiss("Zorblat Quenn").await.unwrap();
    let token = nb.server_token().await.unwrap();
    let files = nb
        .export(ExportFormat::Json, &TimelineAsk::default())
        .await
        .unwrap();
    let dump: json::NotebookDump =
        serde_json::from_str(&files[0].content).expect("the export parses back");
    for table in [
        "captures",
        "article_copies",
        "stories",
        "highlights",
        "entity_aliases",
        "article_themes",
        "feeds",
        "feed_tags",
        "feed_themes",
        "settings",
    ] {
        assert!(
            !dump.tables[table].rows.is_empty(),
            "the test notebook holds {table}"
        );
    }

    let copy = Notebook::open(&dir.path().join("b.db")).await.unwrap();
    let report = copy.load_dump(&dump).await.unwrap();
    assert_eq!(
        report.tables["articles"], 4,
        "harbor (with its syndicated copy), the port, two Airbus reports"
    );

    let again = copy.dump().await.unwrap();
    for (table, rows) in &dump.tables {
        assert_eq!(
            &again.tables[table], rows,
            "table {table} comes back row for row"
        );
    }
    assert_eq!(
        nb.all_articles().await.unwrap(),
        copy.all_articles().await.unwrap(),
        "articles with notes, highlights, tags, copies and stories read the same"
    );
    assert_eq!(
        nb.entities(500).await.unwrap(),
        copy.entities(500).await.unwrap()
    );
    assert_eq!(nb.themes().await.unwrap(), copy.themes().await.unwrap());
    assert_eq!(
        copy.find_entity("Harbor Semi Inc.").await.unwrap().name,
        "Harbor Semi",
        "the user's alias and rename survive"
    );
    assert_eq!(
        copy.find_entity("Lena Marsh").await.unwrap().name,
        "Harbor Semi",
        "the merge survives"
    );
    let lane = TimelineAsk {
        entities: vec!["Harbor Semi".into()],
        ..TimelineAsk::default()
    };
    assert_eq!(
        nb.timeline(&lane).await.unwrap(),
        copy.timeline(&lane).await.unwrap()
    );
    assert_eq!(
        copy.search("subsidy", 10).await.unwrap().len(),
        1,
        "the full-text index covers the imported notes"
    );
    assert_eq!(copy.info().await.unwrap().notes, 2);
    assert_eq!(
        copy.preference(Preference::RemoteImages).await.unwrap(),
        "block"
    );
    let dismissed: String =
        sqlx::query_scalar("SELECT value FROM settings WHERE key = 'entity_suggestions.dismissed'")
            .fetch_one(copy.pool())
            .await
            .unwrap();
    assert!(dismissed.contains("Zorblat Quenn"), "{dismissed}");
    assert!(
        !files[0].content.contains(&token),
        "the server token stays in its file"
    );
    assert_ne!(copy.server_token().await.unwrap(), token);

    // An export file edited to carry a token cannot set the new notebook's.
    let mut edited = dump.clone();
    let settings = edited.tables.get_mut("settings").unwrap();
    assert_eq!(settings.columns, ["key", "value"]);
    settings
        .rows
        .push(vec!["server_token".into(), "chosen-by-the-file".into()]);
    let third = Notebook::open(&dir.path().join("c.db")).await.unwrap();
    third.load_dump(&edited).await.unwrap();
    assert_ne!(third.server_token().await.unwrap(), "chosen-by-the-file");
}

#[tokio::test]
async fn loading_refuses_a_notebook_with_data_and_a_broken_export_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("a.db")).await.unwrap();
    rich_notebook(&nb).await;
    let dump = nb.dump().await.unwrap();
    let err = nb.load_dump(&dump).await.unwrap_err();
    assert!(err.to_string().contains("already holds data"), "{err}");

    let mut broken = dump.clone();
    let notes = broken.tables.get_mut("notes").unwrap();
    let last = notes.rows.len() - 1;
    notes.rows[last][0] = serde_json::json!("not an id");
    let empty = Notebook::open(&dir.path().join("b.db")).await.unwrap();
    let err = empty.load_dump(&broken).await.unwrap_err();
    assert!(err.to_string().contains("cannot be imported"), "{err}");
    assert_eq!(
        empty.info().await.unwrap().articles,
        0,
        "a failed import leaves the notebook empty"
    );

    let mut dangling = dump.clone();
    dangling.tables.remove("articles");
    let err = empty.load_dump(&dangling).await.unwrap_err();
    assert!(
        err.to_string().contains("do not fit"),
        "notes of missing articles are refused: {err}"
    );
    assert!(holds_nothing(&empty).await);
}

/// Whether every table of the notebook is empty.
async fn holds_nothing(nb: &Notebook) -> bool {
    nb.dump()
        .await
        .unwrap()
        .tables
        .values()
        .all(|t| t.rows.is_empty())
}

/// A copy of the rich notebook loaded from its export file with one column edited first
/// (`edit(row index) -> value`), as someone's export file might come: the copy, and the
/// column's index.
async fn loaded_with_edited(
    dir: &std::path::Path,
    table: &str,
    column: &str,
    edit: impl Fn(usize) -> serde_json::Value,
) -> (Notebook, usize) {
    let nb = Notebook::open(&dir.join("a.db")).await.unwrap();
    rich_notebook(&nb).await;
    let mut dump = nb.dump().await.unwrap();
    let rows = dump.tables.get_mut(table).unwrap();
    let col = rows.columns.iter().position(|c| c == column).unwrap();
    for (i, row) in rows.rows.iter_mut().enumerate() {
        row[col] = edit(i);
    }
    let copy = Notebook::open(&dir.join("b.db")).await.unwrap();
    copy.load_dump(&dump).await.unwrap();
    (copy, col)
}

#[tokio::test]
async fn an_edited_export_file_cannot_bring_scripts_into_the_reader() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "<p>Kept text</p><script>alert(1)</script><img src=\"https://img.example/a.png\" onerror=\"alert(2)\">\
                   <a href=\"javascript:alert(3)\">link</a><iframe src=\"https://evil.example/\"></iframe>";
    let (copy, col) = loaded_with_edited(dir.path(), "article_html", "html", |_| {
        serde_json::json!(hostile)
    })
    .await;
    let stored = copy.dump().await.unwrap();
    let html = &stored.tables["article_html"];
    assert!(!html.rows.is_empty());
    for row in &html.rows {
        let text = row[col].as_str().unwrap();
        assert!(text.contains("Kept text"), "{text}");
        for bad in ["<script", "alert(1)", "onerror", "javascript:", "<iframe"] {
            assert!(!text.contains(bad), "{bad} is left out: {text}");
        }
    }
}

#[tokio::test]
async fn citations_of_an_export_with_odd_dates_come_out_without_a_crash() {
    // A loaded export file may carry any text as a date ("2025-7-14" has three parts but
    // not ten characters).
    let dir = tempfile::tempdir().unwrap();
    let (copy, _) = loaded_with_edited(dir.path(), "articles", "published_at", |i| {
        serde_json::json!(["2025-7-14", "2025-07-1é", "é"][i % 3])
    })
    .await;
    for format in [ExportFormat::Bibtex, ExportFormat::CslJson] {
        let files = copy
            .export(format, &TimelineAsk::default())
            .await
            .unwrap_or_else(|e| panic!("{format:?}: {e}"));
        assert!(!files[0].content.is_empty(), "{format:?}");
    }
}

#[tokio::test]
async fn a_saved_page_is_cited_by_the_address_it_names_as_its_own() {
    // Clipped from a file, the page has no address it was fetched from: its canonical link
    // is the one a citation can give (the reader's "Original" link is the same).
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("a.db")).await.unwrap();
    let html = page(
        "Harbor Times",
        "2025-05-02",
        "Port adds a berth",
        "<p>The port of Harbor added a deep-water berth this spring, its first in a decade, and          expects the new quay to double the tonnage it handles by the end of next year.</p>",
    )
    .replace(
        "</head>",
        "<link rel=\"canonical\" href=\"https://harbor.example/news/berth\"></head>",
    );
    clip(&nb, html, None, &[]).await;
    let address = "https://harbor.example/news/berth";
    for format in [
        ExportFormat::Csv,
        ExportFormat::CslJson,
        ExportFormat::Bibtex,
        ExportFormat::Markdown,
    ] {
        let files = nb.export(format, &TimelineAsk::default()).await.unwrap();
        let all: String = files.iter().map(|f| f.content.as_str()).collect();
        assert!(all.contains(address), "{format:?} cites the page: {all}");
    }
    // The notebook's own export keeps the two apart: nothing was fetched from there.
    let files = nb
        .export(ExportFormat::Json, &TimelineAsk::default())
        .await
        .unwrap();
    let doc: serde_json::Value = serde_json::from_str(&files[0].content).unwrap();
    let table = &doc["tables"]["articles"];
    let column = |name: &str| {
        let columns = table["columns"].as_array().expect("the articles' columns");
        let at = columns.iter().position(|c| c == name).expect(name);
        table["rows"][0][at].clone()
    };
    assert_eq!(column("canonical_url"), address);
    assert!(column("url").is_null());
}

#[tokio::test]
async fn a_saved_export_takes_its_name_only_once_whole_and_a_failed_one_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("a.db")).await.unwrap();
    rich_notebook(&nb).await;
    let file = dir.path().join("notebook.json");
    std::fs::write(&file, "an older export").unwrap();
    let (saved, bytes) = nb.save_json(&file, true).await.unwrap();
    assert_eq!(saved, file, "it replaces the file it is told to");
    assert_eq!(std::fs::metadata(&file).unwrap().len(), bytes);
    let copy = Notebook::open(&dir.path().join("b.db")).await.unwrap();
    copy.load_json(&file).await.unwrap();
    assert_eq!(
        copy.dump().await.unwrap().tables,
        nb.dump().await.unwrap().tables,
        "the saved file is the whole notebook"
    );
    let partials = || {
        std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".partial"))
            .collect::<Vec<_>>()
    };
    assert!(partials().is_empty());

    // Told not to replace: the file there is kept, and the export takes the next free name.
    let (beside, _) = nb.save_json(&file, false).await.unwrap();
    assert_eq!(beside, dir.path().join("notebook (2).json"));
    // The same notebook, exported a moment later: the same file but for the time it says
    // it was made (the two can fall in different seconds).
    let without_time = |path: &std::path::Path| {
        let mut doc: serde_json::Value =
            serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        doc.as_object_mut()
            .unwrap()
            .remove("exported_at")
            .expect("a time");
        doc
    };
    assert_eq!(without_time(&beside), without_time(&file));

    // An export given up midway (the app quits, Ctrl+C): its hidden file goes with it.
    let cut_path = dir.path().join("cut.json");
    {
        let cut = nb.save_json(&cut_path, false);
        tokio::pin!(cut);
        tokio::select! {
            biased;
            _ = &mut cut => panic!("the export cannot be done in one step"),
            () = std::future::ready(()) => {}
        }
        assert_eq!(partials().len(), 1, "it had begun its file");
    }
    assert!(partials().is_empty(), "{:?}", partials());
    assert!(!cut_path.exists());

    // A target that cannot take the file (a folder with something in it): the error names
    // it, the written copy is removed, and what was there stays.
    let taken = dir.path().join("taken.json");
    std::fs::create_dir(&taken).unwrap();
    std::fs::write(taken.join("keep.txt"), "mine").unwrap();
    let err = nb.save_json(&taken, true).await.unwrap_err();
    assert!(err.to_string().contains("taken.json"), "{err}");
    assert!(partials().is_empty(), "{:?}", partials());
    assert_eq!(
        std::fs::read_to_string(taken.join("keep.txt")).unwrap(),
        "mine"
    );
    // A folder that is not there: the same.
    let err = nb
        .save_json(&dir.path().join("missing").join("notebook.json"), true)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("Could not write the export"),
        "{err}"
    );
}

#[tokio::test]
async fn an_export_file_loads_a_row_at_a_time_and_an_older_layout_too() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("a.db")).await.unwrap();
    rich_notebook(&nb).await;
    let dump = nb.dump().await.unwrap();

    // As an export from before the articles' HTML had a table of its own: the HTML in a
    // `content_html` column of the articles, third, and no `article_html` table.
    let mut older = dump.clone();
    let html = older.tables.remove("article_html").unwrap();
    let articles = older.tables.get_mut("articles").unwrap();
    articles.columns.insert(2, "content_html".into());
    for row in &mut articles.rows {
        let of_row = html.rows.iter().find(|h| h[0] == row[0]).unwrap();
        row.insert(2, of_row[1].clone());
    }
    let file = dir.path().join("older.json");
    std::fs::write(&file, serde_json::to_string_pretty(&older).unwrap()).unwrap();
    let copy = Notebook::open(&dir.path().join("b.db")).await.unwrap();
    let report = copy.load_json(&file).await.unwrap();
    assert_eq!(report.tables["article_html"], html.rows.len());
    let again = copy.dump().await.unwrap();
    for (table, rows) in &dump.tables {
        assert_eq!(
            &again.tables[table], rows,
            "table {table} comes back row for row"
        );
    }

    // As an export from before links to events kept the event's date: `event_entities`
    // without `date_start`, and (alphabetically) before `events`. With its keys sorted
    // too, as `jq -S` leaves a file: `version` after the tables.
    let mut undated = dump.clone();
    let links = undated.tables.get_mut("event_entities").unwrap();
    let at = links
        .columns
        .iter()
        .position(|c| c == "date_start")
        .unwrap();
    links.columns.remove(at);
    assert!(
        !links.rows.is_empty(),
        "the test notebook links entities to events"
    );
    for row in &mut links.rows {
        row.remove(at);
    }
    let mut sorted = serde_json::to_value(&undated).unwrap();
    sorted.sort_all_objects();
    let text = serde_json::to_string(&sorted).unwrap();
    assert!(text.find("\"tables\"") < text.find("\"version\""));
    let file = dir.path().join("undated.json");
    std::fs::write(&file, text).unwrap();
    let copy = Notebook::open(&dir.path().join("d.db")).await.unwrap();
    copy.load_json(&file).await.unwrap();
    assert_eq!(
        copy.dump().await.unwrap().tables["event_entities"],
        dump.tables["event_entities"],
        "each link takes its event's date"
    );

    // A file cut short loads nothing, and says why.
    let text = std::fs::read_to_string(&file).unwrap();
    let cut = dir.path().join("cut.json");
    std::fs::write(&cut, &text[..text.len() * 2 / 3]).unwrap();
    let empty = Notebook::open(&dir.path().join("c.db")).await.unwrap();
    let err = empty.load_json(&cut).await.unwrap_err();
    assert!(
        err.to_string().contains("not a whole notebook export"),
        "{err}"
    );
    assert!(
        holds_nothing(&empty).await,
        "nothing of the first two thirds is kept"
    );
    // Nor a later version of the document, nor other JSON.
    let mut later = serde_json::to_value(&dump).unwrap();
    later["version"] = 2.into();
    std::fs::write(&cut, later.to_string()).unwrap();
    let err = empty.load_json(&cut).await.unwrap_err();
    assert!(err.to_string().contains("is version 2"), "{err}");
    std::fs::write(&cut, r#"{"items": [], "tables": {}}"#).unwrap();
    let err = empty.load_json(&cut).await.unwrap_err();
    assert!(
        err.to_string().contains("not a Clipline notebook export"),
        "{err}"
    );
    // Nor does a newer Clipline's export.
    let mut newer = dump.clone();
    newer.schema += 1;
    std::fs::write(&cut, serde_json::to_string(&newer).unwrap()).unwrap();
    let err = empty.load_json(&cut).await.unwrap_err();
    assert!(err.to_string().contains("newer Clipline"), "{err}");
}

/// The spaced copy of Chinese text is derived data: the export leaves it out, and the
/// loaded notebook writes it again, so a word inside a sentence is found in the copy too.
#[tokio::test]
async fn a_loaded_export_finds_chinese_words_inside_their_sentences() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("a.db")).await.unwrap();
    let text = "港口扩建计划获批\n\n市政府周一表示，港口扩建计划已经获批，预计明年开工。";
    nb.clip(
        ClipSource::Text {
            text: text.into(),
            url: None,
        },
        &[],
        None,
    )
    .await
    .unwrap();
    let dump = nb.dump().await.unwrap();
    assert!(
        !dump.tables.contains_key("article_cjk"),
        "no derived copy in the file"
    );
    let copy = Notebook::open(&dir.path().join("b.db")).await.unwrap();
    copy.load_dump(&dump).await.unwrap();
    assert_eq!(copy.search("扩建", 10).await.unwrap().len(), 1);
    assert_eq!(copy.search("明年开工", 10).await.unwrap().len(), 1);
}
