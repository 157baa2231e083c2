//! Entity edits through the notebook: a user's own entity is found in stored articles, an
//! alias finds it, a merge and a rejection take effect — and all of it survives
//! re-analysis.

use clipline::model::{ClipSource, MemoSubject};
use clipline::notebook::{Notebook, TimelineAsk};

async fn notebook_with_harbor() -> (tempfile::TempDir, Notebook) {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let html = std::fs::read_to_string(format!(
        "{}/tests/fixtures/cli/harbor-chips.html",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    nb.clip(ClipSource::Html { html, url: None }, &[], None)
        .await
        .unwrap();
    (dir, nb)
}

#[tokio::test]
async fn user_entities_aliases_merges_and_rejections_win_and_survive_reanalysis() {
    let (_dir, nb) = notebook_with_harbor().await;
    assert!(
        nb.find_entity("Harbor Semiconductor").await.is_err(),
        "not in the built-in registry"
    );

    let harbor = nb
        .entity_add("Harbor Semiconductor", "company", &["Harbor".into()])
        .await
        .unwrap();
    assert_eq!(
        harbor.articles, 1,
        "existing articles are analysed again for the new entity"
    );
    let lane = nb
        .timeline(&TimelineAsk {
            entities: vec!["Harbor".into()],
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(
        lane.lanes[0]
            .items
            .iter()
            .any(|i| i.text.contains("since 2023") && i.date == "2023-01-01"),
        "the alias finds the lane and its dated claim: {:#?}",
        lane.lanes[0].items
    );

    nb.entity_add("Lena Marsh", "person", &[]).await.unwrap();
    nb.entity_merge("Lena Marsh", "Harbor Semiconductor")
        .await
        .unwrap();
    assert_eq!(
        nb.find_entity("Lena Marsh").await.unwrap().name,
        "Harbor Semiconductor"
    );

    let us = nb
        .find_entity("United States")
        .await
        .expect("the registry knows the United States");
    nb.entity_reject(&us.name).await.unwrap();

    nb.reanalyze().await.unwrap();
    let names: Vec<String> = nb
        .entities(100)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert!(
        names.contains(&"Harbor Semiconductor".to_string()),
        "{names:?}"
    );
    assert!(
        !names.contains(&"United States".to_string()),
        "a rejected entity stays rejected: {names:?}"
    );
    assert!(
        !names.contains(&"Lena Marsh".to_string()),
        "a merged entity stays merged: {names:?}"
    );
    assert_eq!(
        nb.find_entity("Lena Marsh").await.unwrap().name,
        "Harbor Semiconductor"
    );

    nb.entity_rename("Harbor Semiconductor", "Harbor Semi")
        .await
        .unwrap();
    nb.reanalyze().await.unwrap();
    assert_eq!(
        nb.find_entity("Harbor Semiconductor").await.unwrap().name,
        "Harbor Semi",
        "the old name is an alias"
    );
}

#[tokio::test]
async fn names_that_look_like_entities_are_suggested_until_added_or_dismissed() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let html = "<html><head><title>Robot maker raises money</title></head><body><article>\
        <h1>Robot maker raises money</h1>\
        <p>Corvallis Robotics Inc. said on Monday it had raised $40 million from investors to \
        build warehouse robots, its first outside funding since it was founded in 2019.</p>\
        <p>Chief Executive Officer Priya Raman said the money would pay for two new factories \
        and for hiring engineers in Oregon over the next year.</p>\
        <p>The company sells its robots to grocery chains and parcel carriers across the \
        United States and plans to enter Europe next year, Raman said.</p></article></body></html>";
    nb.clip(
        ClipSource::Html {
            html: html.into(),
            url: None,
        },
        &[],
        None,
    )
    .await
    .unwrap();
    let names = |list: Vec<clipline::model::EntitySuggestion>| {
        list.into_iter()
            .map(|s| (s.name, s.kind))
            .collect::<Vec<_>>()
    };
    let found = names(nb.entity_suggestions(20).await.unwrap());
    assert!(
        found.contains(&("Corvallis Robotics".into(), "company".into())),
        "a name with a corporate suffix is suggested as a company: {found:?}"
    );
    assert!(
        found.contains(&("Priya Raman".into(), "person".into())),
        "a name after a role is suggested as a person: {found:?}"
    );

    nb.entity_suggestion_dismiss("Priya Raman").await.unwrap();
    nb.entity_add("Corvallis Robotics", "company", &[])
        .await
        .unwrap();
    let after = names(nb.entity_suggestions(20).await.unwrap());
    assert!(
        after
            .iter()
            .all(|(n, _)| n != "Priya Raman" && n != "Corvallis Robotics"),
        "a dismissed name and an added entity are not offered again: {after:?}"
    );
}

#[tokio::test]
async fn two_spellings_of_a_name_are_one_suggestion_dismissed_once() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let spellings = [
        "A. O. Smith Water Products Co.",
        "A.O. Smith Water Products Co.",
    ];
    for (i, name) in spellings.iter().enumerate() {
        let topic = ["heaters", "boilers"][i];
        let html = format!(
            "<html><head><title>Plumbing supplier report on {topic}</title></head><body><article>\
             <h1>Plumbing supplier report on {topic}</h1>\
             <p>{name} said on Tuesday that orders for its {topic} rose in the third quarter, \
             helped by new homes in the southern states and by colder weather in the north.</p>\
             <p>The maker of water {topic} expects sales to keep rising next year as builders \
             start more houses, a spokesman said in a statement sent to reporters.</p>\
             </article></body></html>"
        );
        nb.clip(
            ClipSource::Html {
                html,
                url: Some(format!("https://plumbing.example/{topic}")),
            },
            &[],
            None,
        )
        .await
        .unwrap();
    }
    let found: Vec<(String, i64)> = nb
        .entity_suggestions(20)
        .await
        .unwrap()
        .into_iter()
        .filter(|s| s.name.contains("Smith"))
        .map(|s| (s.name, s.articles))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "one suggestion for both spellings: {found:?}"
    );
    assert_eq!(found[0].1, 2, "named by both articles: {found:?}");
    nb.entity_suggestion_dismiss(&found[0].0).await.unwrap();
    let after = nb.entity_suggestions(20).await.unwrap();
    assert!(
        after.iter().all(|s| !s.name.contains("Smith")),
        "dismissing one spelling dismisses the other: {after:?}"
    );
}

/// A page about Lena Marsh's company that never names it, different for each `n` (so no
/// two join as copies of one story).
fn harbor_page(n: usize, topic: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>Chip maker report {n}: {topic}</title>\
         <meta property=\"article:published_time\" content=\"2025-0{m}-1{n}T09:00:00Z\">\
         </head><body><article><h1>Chip maker report {n}: {topic}</h1>\
         <p>Lena Marsh, who runs the chip maker, spoke about {topic} in report number {n} \
         on a visit to the United States office of the company, the {n}th such visit.</p>\
         <p>The company said the {topic} work would be reviewed again after its quarterly results, \
         and that {n} teams were now assigned to it across its sites.</p>\
         <p>The board approved the plan for {topic} unanimously, a spokesperson said, adding \
         that report {n} would be followed by another in the autumn.</p></article></body></html>",
        m = n + 3
    )
}

#[tokio::test]
async fn an_import_batch_follows_merges_rejections_and_themes_for_every_article() {
    let (dir, nb) = notebook_with_harbor().await;
    nb.entity_add("Harbor Semiconductor", "company", &["Harbor".into()])
        .await
        .unwrap();
    nb.entity_add("Lena Marsh", "person", &[]).await.unwrap();
    nb.entity_merge("Lena Marsh", "Harbor Semiconductor")
        .await
        .unwrap();
    nb.entity_reject("United States").await.unwrap();
    nb.theme_save("Chips", "chip OR wafers", None)
        .await
        .unwrap();
    nb.theme_save("Pricing", "pricing", None).await.unwrap();

    // One batch (fewer files than a batch holds): the articles share what the first one
    // asked the notebook, which must still follow the edits above.
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    let topics = ["wafers", "pricing", "chip packaging"];
    let mut files = Vec::new();
    for (n, topic) in topics.iter().enumerate() {
        let path = pages.join(format!("{n}.html"));
        std::fs::write(&path, harbor_page(n + 1, topic)).unwrap();
        files.push(path);
    }
    let report = nb.import_files(&files, &[], None, |_| {}).await.unwrap();
    assert_eq!(report.created, 3, "{report:?}");

    let entities = nb.entities(100).await.unwrap();
    let harbor = entities
        .iter()
        .find(|e| e.name == "Harbor Semiconductor")
        .expect("Harbor is stored");
    assert_eq!(
        harbor.articles, 4,
        "every imported article names Lena Marsh, merged into Harbor, so each is on \
         Harbor's lane, as is the clip before them: {entities:?}"
    );
    for gone in ["Lena Marsh", "United States"] {
        assert!(
            entities.iter().all(|e| e.name != gone),
            "{gone} is merged or rejected, in every article of the batch: {entities:?}"
        );
    }
    let themes: std::collections::HashMap<String, i64> = nb
        .themes()
        .await
        .unwrap()
        .into_iter()
        .map(|t| (t.name, t.articles))
        .collect();
    assert_eq!(
        themes["Chips"], 4,
        "the clip ('chip plant') and the three imported pages ('chip maker')"
    );
    assert_eq!(themes["Pricing"], 1, "only the page about pricing");
}

/// A name or alias answers to one entity only: adding, aliasing or renaming onto another
/// entity's name is refused (it would split that name's timeline from its search).
#[tokio::test]
async fn names_and_aliases_never_collide_with_another_entity() {
    let (_dir, nb) = notebook_with_harbor().await;
    nb.entity_add("Harbor Semiconductor", "company", &["Harbor".into()])
        .await
        .unwrap();
    nb.entity_add("Midwest Foundry", "company", &[])
        .await
        .unwrap();
    let refused = |r: Result<clipline::model::EntityInfo, clipline::notebook::NotebookError>| {
        r.expect_err("refused").to_string()
    };
    let err = refused(nb.entity_add("harbor semiconductor", "company", &[]).await);
    assert!(
        err.contains("already an entity called \"Harbor Semiconductor\""),
        "{err}"
    );
    let err = refused(
        nb.entity_add("Harbor Chips", "company", &["Midwest Foundry".into()])
            .await,
    );
    assert!(
        err.contains("already an entity called \"Midwest Foundry\""),
        "{err}"
    );
    assert!(
        nb.find_entity("Harbor Chips").await.is_err(),
        "nothing half-added"
    );
    let err = refused(nb.entity_alias("Midwest Foundry", "harbor").await);
    assert!(
        err.contains("already names \"Harbor Semiconductor\""),
        "{err}"
    );
    let err = refused(
        nb.entity_rename("Midwest Foundry", "Harbor Semiconductor")
            .await,
    );
    assert!(err.contains("already an entity called"), "{err}");
    // An entity's own names are not a collision.
    nb.entity_alias("Harbor Semiconductor", "Harbor")
        .await
        .unwrap();
    nb.entity_rename("Midwest Foundry", "midwest foundry")
        .await
        .unwrap();
    assert_eq!(
        nb.find_entity("Harbor").await.unwrap().name,
        "Harbor Semiconductor"
    );
}

/// A theme can be deleted; its articles stay, and the deleted theme is returned as it was
/// (so a face can offer to add it back), with the saved searches still asking for it.
#[tokio::test]
async fn a_theme_is_deleted_and_its_articles_stay() {
    let (_dir, nb) = notebook_with_harbor().await;
    nb.theme_save("Chip plants", "ohio OR fabrication", Some("#aa3300"))
        .await
        .unwrap();
    nb.saved_search_save("Unread fabs", "theme:\"CHIP PLANTS\" is:unread")
        .await
        .unwrap();
    nb.saved_search_save("Other", "-theme:chips ohio")
        .await
        .unwrap();
    assert_eq!(
        nb.themes().await.unwrap()[0].saved_searches,
        ["Unread fabs"]
    );
    let gone = nb.theme_delete("chip PLANTS").await.unwrap();
    assert_eq!(
        (gone.name.as_str(), gone.query.as_str(), gone.articles),
        ("Chip plants", "ohio OR fabrication", 1)
    );
    assert_eq!(gone.saved_searches, ["Unread fabs"]);
    assert!(nb.themes().await.unwrap().is_empty());
    assert_eq!(nb.search("fabrication", 10).await.unwrap().len(), 1);
    let err = nb
        .theme_delete("Chip plants")
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("no theme called"), "{err}");
    // Added back, it finds its article again.
    let back = nb
        .theme_save(&gone.name, &gone.query, Some(&gone.color))
        .await
        .unwrap();
    assert_eq!(back.articles, 1);
}

/// A theme renamed keeps its articles, the user's verdicts and the memos about it; a name
/// another theme has is refused, and a change of case is a rename.
#[tokio::test]
async fn a_renamed_theme_keeps_its_articles_verdicts_and_memos() {
    let (_dir, nb) = notebook_with_harbor().await;
    nb.theme_save("Chip plants", "ohio OR fabrication", None)
        .await
        .unwrap();
    nb.theme_save("Ports", "harbor", None).await.unwrap();
    let article = nb.search("fabrication", 1).await.unwrap()[0].article.id;
    nb.theme_verdict("Ports", article, Some(false))
        .await
        .unwrap();
    nb.memo_save(None, MemoSubject::Theme, "Ports", "", "Watch the tariffs.")
        .await
        .unwrap();

    let renamed = nb
        .theme_rename("ports", "Harbours and ports")
        .await
        .unwrap();
    assert_eq!(renamed.name, "Harbours and ports");
    assert_eq!(
        renamed.articles, 0,
        "the rejection of its one article is kept"
    );
    let names: Vec<String> = nb
        .themes()
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(
        names,
        ["Chip plants", "Harbours and ports"],
        "renamed, not copied"
    );
    let memos = nb
        .memos(Some((MemoSubject::Theme, "Harbours and ports")))
        .await
        .unwrap();
    assert_eq!(memos.len(), 1, "the memo follows its theme");

    let err = nb
        .theme_rename("Harbours and ports", "chip plants")
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("already a theme called \"Chip plants\""),
        "{err}"
    );
    let err = nb
        .theme_rename("Nowhere", "X")
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("no theme called"), "{err}");
    let recased = nb.theme_rename("chip plants", "Chip Plants").await.unwrap();
    assert_eq!(
        (recased.name.as_str(), recased.articles),
        ("Chip Plants", 1)
    );
}

/// A theme's query may not use `theme:` (its articles would go stale when the other theme
/// changes), and export formats that hold every article refuse a timeline's choices.
#[tokio::test]
async fn themes_do_not_nest_and_article_exports_refuse_timeline_choices() {
    let (_dir, nb) = notebook_with_harbor().await;
    nb.theme_save("Chips", "fabrication", None).await.unwrap();
    let err = nb
        .theme_save("Loop", "theme:Chips OR ohio", None)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("cannot use theme:"), "{err}");
    let ask = clipline::notebook::TimelineAsk {
        query: Some("ohio".into()),
        ..Default::default()
    };
    let err = nb
        .export(clipline::carry::export::ExportFormat::Bibtex, &ask)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("choose a timeline"), "{err}");
    let csv = nb
        .export(clipline::carry::export::ExportFormat::Csv, &ask)
        .await
        .unwrap();
    assert!(
        csv[0].content.contains("Harbor"),
        "a timeline CSV is filtered, not refused"
    );
}

#[tokio::test]
async fn a_rejection_is_taken_back_with_its_mentions_and_lane() {
    let (_dir, nb) = notebook_with_harbor().await;
    let lane_items = |nb: &Notebook| {
        let nb = nb.clone();
        async move {
            nb.timeline(&TimelineAsk {
                entities: vec!["Harbor".into()],
                ..Default::default()
            })
            .await
            .map(|t| t.lanes[0].items.len())
        }
    };
    nb.entity_add("Harbor Semiconductor", "company", &["Harbor".into()])
        .await
        .unwrap();
    let before = lane_items(&nb).await.unwrap();
    assert!(before > 0);

    nb.entity_reject("Harbor").await.unwrap();
    assert!(
        lane_items(&nb).await.is_err(),
        "a rejected entity has no lane"
    );
    let again = nb.entity_reject("harbor semiconductor").await.unwrap_err();
    assert!(
        again.to_string().contains("rejected already"),
        "rejecting twice says so: {again}"
    );

    let back = nb.entity_restore("HARBOR").await.unwrap();
    assert_eq!(back.name, "Harbor Semiconductor");
    assert_eq!(back.articles, 1, "its mentions come back");
    assert_eq!(
        lane_items(&nb).await.unwrap(),
        before,
        "and its lane, whole"
    );
    assert!(
        nb.entity_restore("Harbor").await.is_err(),
        "only a rejected entity is restored"
    );
}

#[tokio::test]
async fn an_entity_name_is_one_line_of_a_name_length() {
    let (_dir, nb) = notebook_with_harbor().await;
    let long = "Harbor ".repeat(40);
    let err = nb.entity_add(&long, "company", &[]).await.unwrap_err();
    assert!(err.to_string().contains("at most 200"), "{err}");
    let err = nb
        .entity_add("Harbor", "company", &["Harbor\nSemiconductor".into()])
        .await
        .unwrap_err();
    assert!(err.to_string().contains("line break"), "{err}");
    assert!(nb.find_entity("Harbor").await.is_err(), "nothing was added");
    nb.entity_add("Harbor", "company", &[]).await.unwrap();
    let err = nb.entity_rename("Harbor", &long).await.unwrap_err();
    assert!(
        err.to_string().contains("new name is 279 characters"),
        "{err}"
    );
}

/// Another process's entity edit (here a second handle on the file, with its own cached
/// matcher, as the CLI beside a running app) reaches this one's next clip.
#[tokio::test]
async fn an_entity_added_elsewhere_is_found_in_the_next_clip() {
    let (dir, app) = notebook_with_harbor().await; // the app has built its matcher
    let cli = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    cli.entity_add("Lena Marsh", "person", &[]).await.unwrap();
    cli.close().await;
    let html = harbor_page(1, "wafers");
    let clipped = app
        .clip(ClipSource::Html { html, url: None }, &[], None)
        .await
        .unwrap();
    let article = app.article(clipped.articles[0].id).await.unwrap();
    assert!(
        article.entities.iter().any(|e| e.name == "Lena Marsh"),
        "{:?}",
        article.entities
    );
}

/// Memos name their entity: a rename takes them along, and a merge moves the merged
/// entity's memos to the one it joined (found in review: they stayed under the old name,
/// missing from the timeline panel and the Markdown export).
#[tokio::test]
async fn an_entitys_memos_follow_its_rename_and_merge() {
    let (_dir, nb) = notebook_with_harbor().await;
    nb.entity_add("Harbor Semiconductor", "company", &[])
        .await
        .unwrap();
    nb.entity_add("Lena Marsh", "person", &[]).await.unwrap();
    for (subject, body) in [
        ("Harbor Semiconductor", "Watch the Ohio permits."),
        ("Lena Marsh", "Ask about the board."),
    ] {
        nb.memo_save(None, MemoSubject::Entity, subject, "", body)
            .await
            .unwrap();
    }
    nb.entity_rename("Harbor Semiconductor", "Harbor Semi")
        .await
        .unwrap();
    nb.entity_merge("Lena Marsh", "Harbor Semi").await.unwrap();
    let mut bodies: Vec<String> = nb
        .memos(Some((MemoSubject::Entity, "Harbor Semi")))
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.body)
        .collect();
    bodies.sort();
    assert_eq!(bodies, ["Ask about the board.", "Watch the Ohio permits."]);
    for old in ["Harbor Semiconductor", "Lena Marsh"] {
        let left = nb.memos(Some((MemoSubject::Entity, old))).await.unwrap();
        assert!(left.is_empty(), "no memo left under {old}");
    }
}

/// Adding an entity Clipline already knows (before any article names it) gives that entity
/// the user's aliases instead of a twin of its own: the lane finds the articles that name
/// it (found in review: the twin took the lane, empty, and the two could not be merged).
#[tokio::test]
async fn adding_an_entity_clipline_knows_is_that_entity() {
    let (_dir, nb) = notebook_with_harbor().await;
    let added = nb
        .entity_add("Nvidia", "company", &["Team Green".into()])
        .await
        .unwrap();
    assert_eq!(added.name, "Nvidia");
    let html = "<html><head><title>Nvidia raises its forecast</title>\
        <meta property=\"article:published_time\" content=\"2025-05-28\"></head><body><article>\
        <h1>Nvidia raises its forecast</h1><p>Nvidia said on Wednesday that it expects revenue \
        of 45 billion dollars in the second quarter, above what analysts had forecast, as \
        demand for its data-centre chips kept growing. Team Green, as traders call the \
        company, also raised its dividend.</p><p>The company reported first-quarter revenue \
        of 44.1 billion dollars, up 69 percent from a year earlier.</p></article></body></html>"
        .to_string();
    nb.clip(ClipSource::Html { html, url: None }, &[], None)
        .await
        .unwrap();
    let named: Vec<_> = nb
        .entities(500)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.name == "Nvidia")
        .collect();
    assert_eq!(named.len(), 1, "one Nvidia, not two: {named:?}");
    assert_eq!(named[0].articles, 1);
    let lane = nb
        .timeline(&TimelineAsk {
            entities: vec!["Team Green".into()],
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(
        !lane.lanes[0].items.is_empty(),
        "the user's alias finds the known entity's lane"
    );
    let err = nb
        .entity_add("Harbor Chips", "company", &["NVIDIA".into()])
        .await
        .unwrap_err();
    assert!(err.to_string().contains("Nvidia"), "{err}");
    let err = nb
        .entity_add("Meta", "company", &["Google".into()])
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("Google"),
        "a known entity takes no other known one's name: {err}"
    );
}
