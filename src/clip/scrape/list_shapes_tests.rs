//! Tests of the splitter on lists that are not a news site's (`tests/fixtures/scrapes/`):
//! a podcast's episodes, each numbered over its title, dated, timed and summed up, with
//! its player's buttons; a feed reader's items; a Japanese portal's list; and a live
//! blog's credit line.

use super::tests::{fixture, rows, split};

/// None of `chrome` is in `text`.
fn assert_left_out(text: &str, chrome: &[&str]) {
    for c in chrome {
        assert!(!text.contains(c), "{c:?} in {text:?}");
    }
}

#[test]
fn a_podcasts_episodes_are_an_article_each() {
    // "Episode 88" over each title named no outlet (and so opened nothing), "Dredging,
    // explained" was a subhead too short to head a story, and "Show notes" a headline.
    let got = fixture!("podcast-episode-list.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "The last net-maker on Quay Street",
                Some("Quayside Audio"),
                None,
                Some("2025-07-10")
            ),
            (
                "Who pays when a ferry is cancelled?",
                Some("Quayside Audio"),
                None,
                Some("2025-07-03")
            ),
            (
                "Dredging, explained",
                Some("Quayside Audio"),
                None,
                Some("2025-06-26")
            ),
        ]
    );
    for a in &got {
        for chrome in ["Episode 8", "Show notes", "Play", "Load more", "41:05"] {
            assert!(!a.text.contains(chrome), "{chrome:?} in {:?}", a.text);
        }
    }
    assert!(got[2].text.starts_with("Why the channel needs digging"));
}

#[test]
fn a_feed_readers_items_keep_the_outlet_over_a_slash_and_the_time() {
    // "Quayside Bulletin" / "/" / "3h": the reader's outlet and time, each its own
    // element; "45m" read as a counter kept one item from its outlet, and the reader's
    // "Add Content" was an author.
    let got = fixture!("feed-reader-outlet-slash-time.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Pilots' union agrees new night-shift rota for the outer harbour",
                Some("Quayside Bulletin"),
                None,
                Some("2025-07-14T09:00:00Z")
            ),
            (
                "Ferry operator orders two battery ships for the island routes",
                Some("Coastline Courier"),
                None,
                Some("2025-07-14T11:15:00Z")
            ),
            (
                "Dredging of the northern channel to start a month early",
                Some("Quayside Bulletin"),
                None,
                Some("2025-07-13")
            ),
        ]
    );
}

#[test]
fn a_japanese_lists_outlets_named_news_and_a_breaking_tag_are_read() {
    // "東海ビジネスニュース" counts as many words, and was no outlet; "【速報】" opened no
    // headline, and the outlet under it became the title.
    let got = split(
        "ニュース一覧\n新着順\n港湾の夜間作業、人手不足で短縮へ　関係者に波紋\n東海ビジネスニュース\n2025年7月14日 10:30\n名古屋港の運営会社は14日、夜間の荷役作業を9月から短縮すると発表した。\nコメント8\n【速報】神戸港で貨物船が接触事故　けが人なし\n関西テレビニュース\n2025年7月14日 09:12\n14日午前8時ごろ、神戸港の第3突堤付近で貨物船2隻が接触した。けが人はいない。\nコメント21\n北陸の漁港で定置網の水揚げ好調　ブリが例年の2倍\n北陸中央新聞\n2025年7月13日 18:40\n富山湾の定置網漁で、今季のブリの水揚げが例年の約2倍に達している。\nコメント4\n",
    );
    assert_eq!(
        rows(&got),
        vec![
            (
                "港湾の夜間作業、人手不足で短縮へ 関係者に波紋",
                Some("東海ビジネスニュース"),
                None,
                Some("2025-07-14")
            ),
            (
                "【速報】神戸港で貨物船が接触事故 けが人なし",
                Some("関西テレビニュース"),
                None,
                Some("2025-07-14")
            ),
            (
                "北陸の漁港で定置網の水揚げ好調 ブリが例年の2倍",
                Some("北陸中央新聞"),
                None,
                Some("2025-07-13")
            ),
        ]
    );
}

#[test]
fn a_live_blogs_credit_line_gives_its_authors() {
    // "Live coverage by ..." under the headline was a line of the text, and the blog had
    // no byline.
    let got = split(
        "The Northern Ledger\nLive\nFloods live: river Wend peaks overnight as hundreds leave their homes\nLive coverage by Harriet Vance and Tomasz Kowal\nMon 14 Jul 2025 10.05 BST\n10.05 BST\nThe river reached 5.2 metres at the old bridge at 4am, the highest level since records began, the Environment Agency said.\n09.40 BST\nThe council has opened two more rest centres, at the leisure centre and the grammar school, for families who have left their homes.\n",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].byline.as_deref(),
        Some("Harriet Vance and Tomasz Kowal")
    );
    assert!(!got[0].text.contains("Live coverage by"), "{}", got[0].text);
}

#[test]
fn a_live_blogs_filter_and_script_notice_are_no_text() {
    let got = split(
        "The Northern Ledger\nLive\nFloods live: river Wend peaks overnight as hundreds leave their homes\nLive coverage by Harriet Vance\nShow key events only\nPlease turn on JavaScript to use this feature\n10.05 BST\nKey event\nThe river reached 5.2 metres at the old bridge at 4am, the highest level since records began, the Environment Agency said.\n09.40 BST\nThe council has opened two more rest centres, at the leisure centre and the grammar school, for families who have left their homes.\n",
    );
    assert_eq!(got.len(), 1);
    for chrome in ["Show key events", "JavaScript", "Key event"] {
        assert!(
            !got[0].text.contains(chrome),
            "{chrome:?} in {}",
            got[0].text
        );
    }
}

#[test]
fn a_row_of_share_buttons_does_not_head_a_story() {
    // "Partager l'article sur Facebook" headed a second article holding the whole text,
    // and the first kept only the standfirst.
    let got = fixture!("regional-article-share-row.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Millau : le marché couvert rouvrira en octobre après dix-huit mois de chantier",
            Some("Le Courrier des Causses"),
            Some("Hélène Vidal"),
            Some("2025-07-08")
        )]
    );
    let text = &got[0].text;
    assert!(text.contains("Les échafaudages devraient disparaître fin septembre."));
    assert!(text.contains("à un loyer réduit la première année."));
    assert_left_out(
        text,
        &["Partager", "Copier le lien", "la fête du Roquefort"],
    );
}

#[test]
fn a_tech_blogs_code_is_its_text_and_its_thoughts_are_comments() {
    // The query's lines headed an article of their own ("SELECT run_day, count(*)",
    // its outlet "GROUP BY run_day;"), and "2 thoughts on ..." opened no thread, so the
    // last link over it headed the comments as an article.
    let got = fixture!("tech-blog-post-with-code-and-thoughts.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Moving our nightly exports from cron to a queue",
            Some("Tidewater Labs Blog"),
            Some("Marta Kowalczyk"),
            Some("2025-06-30")
        )]
    );
    let text = &got[0].text;
    for code in [
        "0 2 * * * /opt/export/run.sh --since yesterday",
        "SELECT run_day, count(*)",
        "GROUP BY run_day;",
        "def enqueue_daily_export(day):",
        "queue.put(task_name=\"export_orders\"",
        "return day",
        "the third failure pages whoever is on call.",
        "did so before anyone woke up.",
    ] {
        assert!(text.contains(code), "{code:?} not in {text:?}");
    }
    assert_left_out(
        text,
        &[
            "thoughts on",
            "workflow engine",
            "Next post",
            "Like Loading",
        ],
    );
}

#[test]
fn a_magazine_feature_is_titled_by_its_headline_not_its_photo_credit() {
    // "Photographs by Tomas Verhoeven" was the title, the captions and their credits
    // "Tomas Verhoeven for The Harbour Quarterly" stayed in the text, and so did the
    // player's "Listen (24 min)" and the print edition's note.
    let got = fixture!("magazine-feature-photographed.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "The Net-Maker",
            Some("The Harbour Quarterly"),
            Some("Ines Okoro"),
            Some("2025-06-28")
        )]
    );
    let text = &got[0].text;
    assert!(
        text.starts_with("Albert Marr learned to tie a net"),
        "{text}"
    );
    assert!(text.ends_with("He has not said no."), "{text}");
    assert_left_out(
        text,
        &[
            "Photographs by",
            "for The Harbour Quarterly",
            "first light",
            "half-finished net",
            "Listen",
            "print edition",
        ],
    );
}

#[test]
fn a_tv_stations_story_under_its_live_promotion() {
    // "Watch Live: 4 News at Noon" headed the story, and the video and related links set
    // into the text ("WATCH: ...", "RELATED: ...") and the player's "Loading ad..." stayed
    // in it.
    let got = fixture!("local-tv-story-with-watch-links.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Ferry service to Marrow Island resumes after dock repairs",
            Some("WRVT 4 News"),
            Some("Colm Ashby"),
            Some("2025-07-08T11:15:00Z")
        )]
    );
    let text = &got[0].text;
    assert!(text.starts_with("MARROW ISLAND (WRVT)"), "{text}");
    assert!(
        text.contains("the ferry will run its full summer schedule"),
        "{text}"
    );
    assert!(text.contains("the cost of the water taxi."), "{text}");
    assert_left_out(text, &["WATCH:", "RELATED:", "Loading ad", "Watch Live"]);
}

#[test]
fn a_korean_story_under_its_caption_credit_and_over_related_links() {
    // The picture's caption, credited "부산항만공사 제공" (provided by), was the title, and
    // the related articles (관련기사) made a second article.
    let got = fixture!("korean-article-caption-and-related.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "부산항 신항 3부두 개장…연간 물동량 200만TEU 늘어",
            Some("바다일보"),
            Some("이도윤"),
            Some("2025-07-09")
        )]
    );
    let text = &got[0].text;
    assert!(text.starts_with("부산항 신항에 자동화 설비를"), "{text}");
    assert!(text.contains("약속이 먼저 있어야 한다"), "{text}");
    assert_left_out(text, &["제공", "광고", "북항 재개발", "댓글"]);
}

#[test]
fn a_blog_platform_post_names_its_author_and_its_publication() {
    // The author and the publication come back in the boxes under the text, and the
    // header between them was taken for a table of contents: the platform's wordmark
    // headed the post, the headline went into its standfirst, and no author or outlet
    // was found.
    let got = fixture!("blog-platform-post-in-a-publication.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "What Our Ferry Timetable Gets Wrong About Tides",
            Some("Harbour Lines"),
            Some("Ines Varga"),
            Some("2025-07-02")
        )]
    );
    assert_eq!(
        got[0].dek.as_deref(),
        Some("Three years of sailing logs show the schedule was written for a calmer harbour")
    );
    let text = &got[0].text;
    assert!(text.starts_with("The ferry to the outer islands"), "{text}");
    assert!(
        text.contains("It would cost nothing but a printer."),
        "{text}"
    );
}

#[test]
fn a_match_report_signed_at_the_ground() {
    // "Ines Varga at the Quayside Ground" was the standfirst, and the report had no author.
    let got = fixture!("match-report-reporter-at-the-ground.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Harbour Town edge Millbrook in five-goal thriller on the coast",
            Some("Touchline"),
            Some("Ines Varga"),
            Some("2025-07-05T16:40:00Z")
        )]
    );
    assert_eq!(got[0].dek, None);
}

#[test]
fn a_company_blogs_index_is_its_signed_posts_only() {
    // The blog's name over its tagline and the newsletter box under the posts were two
    // more "articles", with neither a time nor an author.
    let got = fixture!("company-blog-index-signed-posts.txt");
    let titles: Vec<&str> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Tidewater opens a second depot at the river port",
            "How we route trucks around the tide tables",
            "Welcoming Ruth Obi as head of operations",
        ]
    );
    assert!(
        got.iter()
            .all(|a| a.byline.is_some() && a.published_at.is_some())
    );
}

#[test]
fn the_newsroom_signing_is_no_author() {
    // "Por Redacción" (the desk) was the item's author.
    let got = split(
        "El Faro del Golfo\n\
         Energía\n\
         La planta solar del puerto entra en operación tras tres años de retraso\n\
         Con 180 megawatts de capacidad, el parque abastecerá a unos 250,000 hogares, según la empresa.\n\
         Por Redacción\n\
         ayer\n\
         Economía\n\
         El puerto suma 8,400 empleos formales en el primer semestre del año\n\
         La cifra es la más alta en una década, según los datos del instituto de seguridad social.\n\
         Por Luisa Fernanda Cauich\n\
         hace 2 días\n",
    );
    let authors: Vec<Option<&str>> = got.iter().map(|a| a.byline.as_deref()).collect();
    assert_eq!(authors, [None, Some("Luisa Fernanda Cauich")]);
}
