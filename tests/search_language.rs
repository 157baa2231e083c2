//! The search language on a real notebook's index: an excluded group leaves out only the
//! articles that hold all of it, a dash standing alone excludes nothing, a phrase of no
//! letters asks for nothing, a source's domain matches in any case, and Chinese, Japanese
//! and Korean words are found inside the sentences they are written in without spaces.

use clipline::model::ClipSource;
use clipline::notebook::Notebook;

/// Five articles about Meta: with capex, with capex and chips, with chips (two), with
/// neither. Returns the notebook and each article's id by its words.
async fn meta_notebook() -> (tempfile::TempDir, Notebook, Vec<(&'static str, i64)>) {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let mut ids = Vec::new();
    for (name, body) in [
        ("capex", "Meta raised its capex forecast for the year."),
        (
            "capex+chips",
            "Meta raised capex to buy more chips for its data centres.",
        ),
        ("chips", "Meta designs its own chips for training models."),
        ("chips2", "Meta tested new chips at a second site in Ohio."),
        (
            "neither",
            "Meta opened an office in Lisbon for its sales teams.",
        ),
    ] {
        let text = format!("Meta report: {name}\n\n{body} The company said so on Monday.");
        ids.push((name, clip_text(&nb, &text).await));
    }
    (dir, nb, ids)
}

/// Clip `text` (a headline, a blank line, the body) as pasted; its article's id.
async fn clip_text(nb: &Notebook, text: &str) -> i64 {
    let source = ClipSource::Text {
        text: text.into(),
        url: None,
    };
    nb.clip(source, &[], None).await.unwrap().articles[0].id
}

async fn found(nb: &Notebook, ids: &[(&'static str, i64)], query: &str) -> Vec<&'static str> {
    let hits = nb.search(query, 50).await.unwrap();
    let mut names: Vec<&str> = hits
        .iter()
        .filter_map(|h| {
            ids.iter()
                .find(|(_, id)| *id == h.article.id)
                .map(|(n, _)| *n)
        })
        .collect();
    names.sort_unstable();
    names
}

#[tokio::test]
async fn exclusions_dashes_and_empty_phrases_mean_what_they_say() {
    let (_dir, nb, ids) = meta_notebook().await;
    for (query, want) in [
        (
            "meta -(capex chips)",
            vec!["capex", "chips", "chips2", "neither"],
        ),
        (
            "meta -(capex -chips)",
            vec!["capex+chips", "chips", "chips2", "neither"],
        ),
        ("meta -- capex", vec!["capex", "capex+chips"]),
        ("meta --capex", vec!["chips", "chips2", "neither"]),
        ("capex \"***\" \"-\"", vec!["capex", "capex+chips"]),
        ("(capex OR)", vec!["capex", "capex+chips"]),
    ] {
        assert_eq!(found(&nb, &ids, query).await, want, "{query}");
    }
}

#[tokio::test]
async fn a_source_is_found_by_its_name_or_domain_in_any_case() {
    let (_dir, nb, _) = meta_notebook().await;
    let html = "<html><head><title>Harbour cranes arrive</title>\
        <meta property=\"og:site_name\" content=\"Harbour Ledger\"></head><body><article>\
        <h1>Harbour cranes arrive</h1><p>Three new cranes arrived at the harbour on Monday, \
        the port authority said, ahead of the busy season for container traffic.</p>\
        <p>The cranes were built over two years and shipped from Rotterdam.</p>\
        </article></body></html>";
    nb.clip(
        ClipSource::Html {
            html: html.into(),
            url: Some("https://harbourledger.example/2025/cranes".into()),
        },
        &[],
        None,
    )
    .await
    .unwrap();
    for query in [
        "source:harbourledger.example",
        "source:HarbourLedger.example",
        "source:\"harbour ledger\"",
    ] {
        assert_eq!(nb.search(query, 10).await.unwrap().len(), 1, "{query}");
    }
}

/// A word inside Chinese or Japanese text is indexed as part of its run of characters, so
/// a search for it alone finds nothing; the notebook must not then claim no article has it.
#[tokio::test]
async fn a_word_inside_unspaced_text_is_not_called_unknown() {
    let (_dir, nb, _) = meta_notebook().await;
    clip_text(
        &nb,
        "東京の株式市場が上昇\n\n東京の株式市場が上昇した。投資家は半導体株を買った。",
    )
    .await;
    let unknown = nb.search_unknown_names("東京 株式").await.unwrap();
    assert!(unknown.is_empty(), "{unknown:?}");
    let typo = nb.search_unknown_names("metta").await.unwrap();
    assert_eq!(
        typo.len(),
        1,
        "a slip in a spaced word is still named: {typo:?}"
    );
}

/// The index's own check that what it holds is what its content view gives.
async fn index_agrees_with_its_text(nb: &Notebook) {
    sqlx::query("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        .execute(nb.pool())
        .await
        .expect("the full-text index holds exactly the folded text of the articles");
}

#[tokio::test]
async fn letters_the_tokenizer_keeps_are_folded_so_a_name_is_found_as_typed_on_any_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let text = "Ørsted picks Łódź for a turbine plant\n\nØrsted will build the plant near Łódź, \
                on the Hauptstraße, said Æblerød of the works council, whose œuvre is finance. \
                The Danish company gave no figure for the investment.";
    let id = clip_text(&nb, text).await;
    for (query, marked) in [
        ("orsted", "Ørsted"),
        ("ØRSTED", "Ørsted"),
        ("lodz", "Łódź"),
        ("hauptstrasse", "Hauptstraße"),
        ("Hauptstraße", "Hauptstraße"),
        ("aeblerod", "Æblerød"),
        ("oeuvre", "œuvre"),
        ("\"orsted will build\"", "Ørsted will build"),
        ("ørst*", "Ørsted"),
    ] {
        let hits = nb.search(query, 10).await.unwrap();
        assert_eq!(hits.len(), 1, "{query} finds the article");
        assert!(
            hits[0].snippet.contains(&format!("<mark>{marked}</mark>")),
            "{query} marks {marked} as written: {}",
            hits[0].snippet
        );
    }

    // The view the index reads folds exactly the letters the query's words are folded by.
    let every: String = clipline::query::fold::LETTERS
        .iter()
        .map(|(c, _)| format!("x{c}x "))
        .collect();
    sqlx::query("UPDATE articles SET content_text = ?1 WHERE id = ?2")
        .bind(&every)
        .bind(id)
        .execute(nb.pool())
        .await
        .unwrap();
    let folded: String =
        sqlx::query_scalar("SELECT content_text FROM articles_fts_source WHERE id = ?1")
            .bind(id)
            .fetch_one(nb.pool())
            .await
            .unwrap();
    assert_eq!(
        folded,
        clipline::query::fold::fold_letters(&every),
        "the view and query::fold::LETTERS fold the same letters"
    );
    // Its update, a note and a delete keep the index in step with the view.
    index_agrees_with_its_text(&nb).await;
    assert!(
        nb.search("orsted", 10).await.unwrap().len() == 1,
        "the title still holds it"
    );
    nb.note_add(Some(id), "Call Łukasz at Ørsted's press office.")
        .await
        .unwrap();
    assert_eq!(nb.search("lukasz", 10).await.unwrap().len(), 1);
    index_agrees_with_its_text(&nb).await;
    nb.delete_articles(&[id]).await.unwrap();
    index_agrees_with_its_text(&nb).await;
    assert!(nb.search("orsted", 10).await.unwrap().is_empty());
}

#[tokio::test]
async fn tags_and_sources_are_found_whatever_the_case_of_their_letters_beyond_ascii() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let html = "<html><head><title>La croissance tient</title>\
                <meta property=\"og:site_name\" content=\"Économie Matin\"></head><body><article>\
                <h1>La croissance tient</h1><p>La croissance de l'économie française reste forte \
                selon les chiffres publiés lundi par l'institut national de la statistique.</p>\
                </article></body></html>";
    let clipped = nb
        .clip(
            ClipSource::Html {
                html: html.into(),
                url: Some("https://economie-matin.example/croissance".into()),
            },
            &["Økonomi".to_string()],
            None,
        )
        .await
        .unwrap();
    let id = clipped.articles[0].id;
    for query in [
        "tag:Økonomi",
        "tag:økonomi",
        "tag:ØKONOMI",
        "source:\"économie matin\"",
        "source:\"ÉCONOMIE MATIN\"",
        "croissance tag:økonomi",
    ] {
        let hits = nb.search(query, 10).await.unwrap();
        assert_eq!(
            hits.iter().map(|h| h.article.id).collect::<Vec<_>>(),
            [id],
            "{query}"
        );
    }
    // A second tagging in another case is the same tag.
    nb.clip(
        ClipSource::Text {
            text: "Rentene stiger igjen\n\nNorges Bank hevet renten torsdag, og økonomer venter \
                   flere hevinger i år."
                .into(),
            url: None,
        },
        &["ØKONOMI".to_string()],
        None,
    )
    .await
    .unwrap();
    let tags = nb.tags().await.unwrap();
    assert_eq!(tags.len(), 1, "{tags:?}");
    assert_eq!((tags[0].name.as_str(), tags[0].count), ("Økonomi", 2));
    // The library's own filters too.
    let ask = |tag, source| clipline::store::articles::LibraryAsk {
        tag,
        source,
        limit: 50,
        ..Default::default()
    };
    assert_eq!(nb.list(&ask(Some("økonomi"), None)).await.unwrap().len(), 2);
    assert_eq!(
        nb.list(&ask(None, Some("ÉCONOMIE MATIN")))
            .await
            .unwrap()
            .len(),
        1
    );
    // A theme saved again under its name in another case is the same theme.
    nb.theme_save("Økonomi", "croissance", None).await.unwrap();
    nb.theme_save("ØKONOMI", "croissance OR renten", None)
        .await
        .unwrap();
    let themes = nb.themes().await.unwrap();
    assert_eq!(themes.len(), 1, "{themes:?}");
    assert_eq!(
        (themes[0].name.as_str(), themes[0].query.as_str()),
        ("Økonomi", "croissance OR renten")
    );
    assert_eq!(nb.search("theme:økonomi", 10).await.unwrap().len(), 2);
    nb.theme_delete("økonomi").await.unwrap();
    assert!(nb.themes().await.unwrap().is_empty());
}

/// Chinese, Japanese and Korean sentences have no spaces between words: a word inside one
/// is found (each character is indexed, a word is the phrase of its characters), marked in
/// the snippet, asked for by a theme, in a note too; the index stays in step through notes,
/// changes of the copy and deletes, and the characters out of order find nothing.
#[tokio::test]
async fn chinese_japanese_and_korean_words_are_found_inside_their_sentences() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let mut ids = Vec::new();
    for text in [
        "港口扩建计划获批\n\n市政府周一表示，港口扩建计划已经获批，预计明年开工，总投资约为十亿元。",
        "新しい港湾計画\n\n市は月曜日、港湾の拡張計画が承認されたと発表した。工事は来年始まる。",
        "항만 확장 계획 승인\n\n시는 월요일 항만 확장 계획이 승인되었다고 밝혔다. 공사는 내년에 시작된다.",
        "Harbour plan approved\n\nThe city said on Monday that the harbour plan was approved.",
    ] {
        ids.push(clip_text(&nb, text).await);
    }
    let hits = |q: &'static str| {
        let nb = &nb;
        async move {
            nb.search(q, 10)
                .await
                .unwrap()
                .into_iter()
                .map(|h| (h.article.id, h.snippet))
                .collect::<Vec<_>>()
        }
    };
    for (query, article, marked) in [
        ("扩建", 0, "扩建"),
        ("明年开工", 0, "明年开工"),
        ("港口 十亿", 0, "港口"),
        ("拡張計画", 1, "拡張計画"),
        ("承認", 1, "承認"),
        ("계획", 2, "계획"),
        ("승인", 2, "승인"),
    ] {
        let found = hits(query).await;
        assert_eq!(found.len(), 1, "{query}: {found:?}");
        assert_eq!(found[0].0, ids[article], "{query}");
        assert!(
            found[0].1.contains(&format!("<mark>{marked}</mark>")),
            "{query} marks {marked}: {}",
            found[0].1
        );
    }
    assert!(hits("扩工").await.is_empty(), "characters not in a row");
    for planned in [
        "扩建 after:2000-01-01",
        "扩建 is:unread",
        "\"港口扩建\" -tag:none",
    ] {
        assert_eq!(hits(planned).await.len(), 1, "{planned}: with a filter");
    }
    assert_eq!(hits("harbour").await.len(), 1, "other text as before");

    // A word in the headline weighs as a headline's does: before one twice in a body.
    let busy = "城市简讯\n\n今天港口的船只比平时多，港口工人说这周都会很忙。";
    let other = clip_text(&nb, busy).await;
    let ranked: Vec<i64> = hits("港口").await.iter().map(|h| h.0).collect();
    assert_eq!(ranked, [ids[0], other], "the headline first");
    nb.delete_articles(&[other]).await.unwrap();

    let theme = nb
        .theme_save("Port works", "扩建 OR 拡張", None)
        .await
        .unwrap();
    assert_eq!(theme.articles, 2, "a theme asks the index the same way");

    // A note on an article with no copy yet makes one; on one with a copy, it is written
    // over (an upsert, once indexed twice out of the index: the check below failed).
    let mut notes = Vec::new();
    for id in [ids[3], ids[0]] {
        notes.push(nb.note_add(Some(id), "再问一下港务局").await.unwrap());
        index_agrees_with_its_text(&nb).await;
    }
    let mut noted: Vec<i64> = hits("港务局").await.iter().map(|h| h.0).collect();
    noted.sort_unstable();
    assert_eq!(noted, [ids[0], ids[3]], "a note's words too");
    for note in notes {
        nb.note_delete(note.id).await.unwrap();
        index_agrees_with_its_text(&nb).await;
    }
    assert!(hits("港务局").await.is_empty(), "gone with the notes");
    assert_eq!(
        hits("扩建").await.len(),
        1,
        "the article itself still found"
    );
    // The copy changed and taken away on its own (as an extraction again does).
    for sql in [
        "UPDATE article_cjk SET text = text || ' 新 的' WHERE article_id = ?1",
        "UPDATE article_cjk SET title = title || ' 新' WHERE article_id = ?1",
        "DELETE FROM article_cjk WHERE article_id = ?1",
    ] {
        sqlx::query(sql)
            .bind(ids[1])
            .execute(nb.pool())
            .await
            .unwrap();
        index_agrees_with_its_text(&nb).await;
    }
    assert!(
        hits("拡張計画").await.is_empty(),
        "found through the copy alone"
    );
    nb.delete_articles(&[ids[0]]).await.unwrap();
    index_agrees_with_its_text(&nb).await;
    assert!(hits("扩建").await.is_empty(), "gone with its article");
    let left: i64 = sqlx::query_scalar("SELECT count(*) FROM article_cjk")
        .fetch_one(nb.pool())
        .await
        .unwrap();
    assert_eq!(
        left, 1,
        "the Korean article's: its article or its copy took the others"
    );
}

#[tokio::test]
async fn a_note_found_shows_its_words_without_their_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let id = clip_text(
        &nb,
        "Harbor board meets\n\nThe harbor board met on Monday to weigh a new quay for the \
         container terminal, which handles most of the region's freight traffic each year.",
    )
    .await;
    nb.note_add(
        Some(id),
        "**Harbor IR** confirmed the _quay_ budget; see `Q3`.",
    )
    .await
    .unwrap();
    let hits = nb.search("confirmed", 10).await.unwrap();
    assert_eq!(hits.len(), 1);
    assert!(
        hits[0]
            .snippet
            .contains("Harbor IR <mark>confirmed</mark> the quay budget; see Q3."),
        "{}",
        hits[0].snippet
    );
}
