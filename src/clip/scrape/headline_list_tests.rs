//! Tests of the splitter on news apps' and aggregators' lists of headlines and on
//! markets rivers (`headline_lists`, `tests/fixtures/scrapes/`): a briefing whose cluster
//! labels ("Full Coverage", "Picks for you") sit between its items, the same in French, a
//! "Today" tab with its sections' blurbs and a ranked list, a topic page with "Outlet ·
//! 2h" over each headline and an ad card, a curated feed with a promoted card, a markets
//! river with quote cards and an ad, a Spanish river with its times over the headlines, a
//! river with an item told by its headline alone, a newsletter digest closed by "Read
//! more", a link aggregator's front page (each link over its points, poster and time), a
//! river whose items open with their time with an item told by its headline alone
//! under a section's label, beside an ad.

use super::ScrapedArticle;
use super::tests::{fixture, rows, split};

/// Fails when any article's text holds one of `chrome`.
fn assert_absent(got: &[ScrapedArticle], chrome: &[&str]) {
    for a in got {
        for c in chrome {
            assert!(!a.text.contains(c), "{c:?} in {:?}", a.text);
        }
    }
}

/// Each article's title, byline and time, for pages whose items name no outlet.
fn titles_bylines_times(got: &[ScrapedArticle]) -> Vec<(&str, Option<&str>, Option<&str>)> {
    got.iter()
        .map(|a| {
            (
                a.title.as_str(),
                a.byline.as_deref(),
                a.published_at.as_deref(),
            )
        })
        .collect()
}

#[test]
fn a_news_apps_briefing_keeps_each_items_outlet_time_and_author() {
    // The app's greeting and today's date over "Top stories" head no item, and the
    // labels of its clusters ("Full Coverage", "Picks for you", "Local news") are no
    // outlets or headlines.
    let got = fixture!("news-app-briefing-with-cluster-labels.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Port authority sets dredging fees for the northern terminal",
                Some("The Harbour Courier"),
                Some("Mette Sørensen"),
                Some("2025-07-14T11:18:00Z")
            ),
            (
                "Lindqvist Lines says it will keep its ships at the old quays",
                Some("Nordic Shipping Daily"),
                Some("Arne Holm"),
                Some("2025-07-14T10:00:00Z")
            ),
            (
                "Container rates on the Baltic routes fall for a third week",
                Some("Baltic Freight Review"),
                Some("Lena Virtanen"),
                Some("2025-07-14T08:00:00Z")
            ),
            (
                "Why dredging the northern channel costs twice what it did in 2015",
                Some("Harbour Engineering Weekly"),
                Some("Tomas Berg"),
                Some("2025-07-13")
            ),
            (
                "Council delays the vote on the terminal road link to September",
                Some("City Desk"),
                Some("Ingrid Halvorsen"),
                Some("2025-07-14T06:00:00Z")
            ),
            // A fact check's labelled claim ("Claim by: ...") is no headline of its own.
            (
                "No, the new terminal will not close the old ferry quay",
                Some("Harbour Facts"),
                None,
                Some("2025-07-11")
            ),
        ]
    );
    assert_absent(
        &got,
        &[
            "Full Coverage",
            "Picks for you",
            "Local news",
            "Good evening",
            "Fact check",
        ],
    );
}

#[test]
fn a_markets_river_keeps_each_storys_author_or_outlet_and_time() {
    // Each item: headline, summary, then "Name", "·", "time" on lines of their own and
    // the quote cards of the shares it names ("LQV" over "-3.20%"); an ad signed under its
    // text between two items; a notice on the delayed quotes at the foot.
    let got = fixture!("markets-river-with-quote-cards-and-an-ad.txt");
    assert_eq!(
        titles_bylines_times(&got),
        [
            (
                "Lindqvist Lines cuts its northern route as fees at the new terminal bite",
                Some("Mette Sørensen"),
                Some("2025-07-14T11:35:00Z")
            ),
            (
                "Baltic freight rates fall for a third straight week",
                None,
                Some("2025-07-14T09:00:00Z")
            ),
            (
                "Port operator Halvorsen Group raises its dividend after a record quarter",
                Some("Arne Holm"),
                Some("2025-07-13")
            ),
            // After a sponsored card whose pitch reads as interface.
            (
                "Bunker fuel prices climb as refiners cut output",
                Some("Lena Virtanen and Tomas Berg"),
                Some("2025-07-12")
            ),
        ]
    );
    assert_eq!(got[1].source.as_deref(), Some("Reuters"));
    assert_absent(
        &got,
        &[
            "LQV",
            "-3.20%",
            "HLVG",
            "adviser",
            "Sponsored",
            "Quotes delayed",
            "Most Active",
            "Lindqvist Lines ASA",
            "88.10",
            "storm season",
        ],
    );
}

#[test]
fn a_news_apps_today_tab_with_blurbs_and_ranks_keeps_every_item() {
    // Sections' blurbs ("Picked by our editors.") are short paragraphs no item has; the
    // ranks of "Trending Stories" are numbers; authors stand beside the time or under it.
    let got = fixture!("news-app-today-tab-with-blurbs-and-ranks.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Port authority sets dredging fees for the northern terminal",
                Some("The Harbour Courier"),
                Some("Mette Sørensen"),
                Some("2025-07-14T09:00:00Z")
            ),
            (
                "Lindqvist Lines says it will keep its ships at the old quays",
                Some("Nordic Shipping Daily"),
                Some("Arne Holm"),
                Some("2025-07-14T07:00:00Z")
            ),
            (
                "Ferry timetable changes for the summer leave islanders stranded",
                Some("Quay Street"),
                None,
                Some("2025-07-14T11:20:00Z")
            ),
            (
                "Container rates on the Baltic routes fall for a third week",
                Some("Baltic Freight Review"),
                Some("Lena Virtanen and Tomas Berg"),
                Some("2025-07-13")
            ),
            (
                "Council delays the vote on the terminal road link to September",
                Some("City Desk"),
                Some("Ingrid Halvorsen"),
                Some("2025-07-14T06:00:00Z")
            ),
        ]
    );
    assert_absent(
        &got,
        &["Picked by", "Suggested from", "See more", "Trending"],
    );
}

#[test]
fn a_french_news_apps_briefing_keeps_each_items_outlet_time_and_authors() {
    // The skip link, the search box and "Plus d'articles à la une" are the app's; an
    // outlet named twice is no headline; "Hier" is yesterday among French times; two
    // authors without "Par" under a time sign the item above.
    let got = fixture!("french-news-app-briefing-with-clusters.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Le port de Saint-Aven fixe les redevances du nouveau terminal",
                Some("Le Courrier du Port"),
                Some("Hélène Kerbrat"),
                Some("2025-07-14T10:00:00Z")
            ),
            (
                "Les armateurs nordiques gardent leurs navires aux anciens quais",
                Some("La Dépêche Maritime"),
                Some("Yann Le Bris et Anne Morvan"),
                Some("2025-07-14T11:30:00Z")
            ),
            (
                "Les taux du fret en Baltique reculent pour la troisième semaine",
                Some("Fret Hebdo"),
                Some("Louis Garnier"),
                Some("2025-07-13")
            ),
            (
                "Le conseil municipal reporte le vote sur la route du terminal",
                Some("Le Courrier du Port"),
                None,
                Some("2025-07-14T07:00:00Z")
            ),
        ]
    );
}

#[test]
fn a_topic_page_with_outlet_and_time_over_each_headline() {
    // "Outlet · 2h" over each headline; "Analysis" labels one item; an ad card ("Fjordline
    // Wealth · Ad" over its pitch) stands among them.
    let got = fixture!("topic-page-outlet-and-time-over-headlines.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Port authority sets dredging fees for the northern terminal",
                Some("Harbour Courier"),
                None,
                Some("2025-07-14T10:00:00Z")
            ),
            (
                "Lindqvist Lines says it will keep its ships at the old quays",
                Some("Nordic Shipping Daily"),
                None,
                Some("2025-07-14T11:35:00Z")
            ),
            (
                "Why Baltic container rates keep falling",
                Some("Fret Hebdo"),
                None,
                Some("2025-07-13")
            ),
            (
                "Ferry timetable changes leave islanders stranded for the summer",
                Some("Quay Street"),
                None,
                Some("2025-07-09")
            ),
        ]
    );
    assert!(
        got.iter().all(|a| !a.text.contains("adviser")),
        "{:?}",
        rows(&got)
    );
}

#[test]
fn a_curated_feeds_promoted_card_and_curator_are_no_story_or_author() {
    let got = split(
        "Harbour Watch\nMagazine by Ingrid Halvorsen\nFollow\nHarbour Courier - Mette Sørensen\nPort authority sets dredging fees for the northern terminal\nThe fees will pay for the dredging of the northern channel, the authority said.\n3h\nFlipped by Ingrid Halvorsen\nLike\nComment\nFlip\nPromoted\nFjordline Wealth\nInsure every container for less and lock in your rate today\nLike\nComment\nFlip\nNordic Shipping Daily - Arne Holm and Lena Virtanen\nLindqvist Lines says it will keep its ships at the old quays\nThe company said the new fees made the northern route unprofitable for its smaller ships.\n5h\nFlipped by Ingrid Halvorsen\nLike\nComment\nFlip\n",
    );
    let titles: Vec<&str> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Port authority sets dredging fees for the northern terminal",
            "Lindqvist Lines says it will keep its ships at the old quays"
        ]
    );
    for a in &got {
        assert!(
            !a.text.contains("adviser") && !a.text.contains("Flipped"),
            "{:?}",
            a.text
        );
        assert_ne!(
            a.byline.as_deref(),
            Some("Ingrid Halvorsen"),
            "the curator is no author"
        );
        assert_ne!(a.source.as_deref(), Some("Flipped by Ingrid Halvorsen"));
    }
}

#[test]
fn a_spanish_river_with_times_over_headlines_and_authors_under_summaries() {
    // "Hace 2 h" abbreviates its hours; the page's date over the first item gives way to
    // that item's own time on the same day.
    let got = fixture!("spanish-river-times-over-headlines.txt");
    assert_eq!(
        titles_bylines_times(&got),
        [
            (
                "La autoridad portuaria fija las tasas de dragado de la nueva terminal",
                Some("Marta Ibáñez"),
                Some("2025-07-14T11:40:00Z")
            ),
            (
                "Las navieras nórdicas mantendrán sus buques en los muelles antiguos",
                Some("Andrés Molina"),
                Some("2025-07-14T10:00:00Z")
            ),
            (
                "El ayuntamiento aplaza la votación sobre el acceso por carretera a la terminal",
                Some("Pilar Ocaña"),
                Some("2025-07-13")
            ),
        ]
    );
}

#[test]
fn a_rivers_item_told_by_its_headline_alone_is_an_article_of_its_own() {
    // "Watch: ..." has no summary: its outlet and time stand right under it, then the
    // next item's headline and summary.
    let got = fixture!("river-with-a-headline-only-video-item.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Port authority sets dredging fees for the northern terminal",
                Some("Harbour Courier"),
                None,
                Some("2025-07-14T09:00:00Z")
            ),
            (
                "Lindqvist Lines says it will keep its ships at the old quays",
                Some("Nordic Shipping Daily"),
                None,
                Some("2025-07-14T11:10:00Z")
            ),
            (
                "Watch: Dredgers start work on the northern channel at dawn",
                Some("Quay Street"),
                None,
                Some("2025-07-14T10:00:00Z")
            ),
            (
                "Container rates on the Baltic routes fall for a third week",
                Some("Fret Hebdo"),
                None,
                Some("2025-07-13")
            ),
        ]
    );
}

#[test]
fn a_page_of_headlines_alone_under_trending_now_keeps_them() {
    // "Trending now" heads the site's furniture under a story; over a page of headlines
    // alone it heads what was copied.
    let got = split(
        "Portside\nHome\nExplore\nSaved\nTrending now\nRefresh\nHarbour Courier · 3h\nPort authority sets dredging fees for the northern terminal\nNordic Shipping Daily · 52m\nLindqvist Lines says it will keep its ships at the old quays\nFret Hebdo · 1d\nBaltic container rates fall for a third straight week\nLoad more stories\n",
    );
    assert_eq!(
        rows(&got),
        vec![
            (
                "Port authority sets dredging fees for the northern terminal",
                Some("Harbour Courier"),
                None,
                Some("2025-07-14T09:00:00Z")
            ),
            (
                "Lindqvist Lines says it will keep its ships at the old quays",
                Some("Nordic Shipping Daily"),
                None,
                Some("2025-07-14T11:08:00Z")
            ),
            (
                "Baltic container rates fall for a third straight week",
                Some("Fret Hebdo"),
                None,
                Some("2025-07-13")
            ),
        ]
    );
}

#[test]
fn a_most_read_list_ranked_without_stops_takes_no_items_meta() {
    let got = split(
        "The Harbour Courier\nLatest\nPort authority sets dredging fees for the northern terminal\n3 hours ago · Mette Sørensen\nLindqvist Lines says it will keep its ships at the old quays\nYesterday · Arne Holm\nLoad more\nMost read\n1 Ferry timetable changes leave islanders stranded\n2 Council delays the vote on the terminal road link\nAbout\nPrivacy\n",
    );
    assert_eq!(
        titles_bylines_times(&got),
        [
            (
                "Port authority sets dredging fees for the northern terminal",
                Some("Mette Sørensen"),
                Some("2025-07-14T09:00:00Z")
            ),
            (
                "Lindqvist Lines says it will keep its ships at the old quays",
                Some("Arne Holm"),
                Some("2025-07-13")
            ),
        ]
    );
}

#[test]
fn a_french_feed_with_a_tagline_over_its_items_and_outlets_beside_hier() {
    // The tagline over the first headline is no item; "Fret Hebdo · hier" and "il y a
    // 1 j" are days.
    let got = split(
        "Actu Express\nÀ la une\nLe fil info\nLes dernières actualités en continu\nLe port de Saint-Aven fixe les redevances du nouveau terminal\nLe Courrier du Port · il y a 35 min\nLes taux du fret en Baltique reculent pour la troisième semaine\nFret Hebdo · hier\nLe conseil municipal reporte le vote sur la route du terminal\nLe Courrier du Port · il y a 2 j\nVoir plus d'articles\n",
    );
    let titles: Vec<(&str, Option<&str>)> = got
        .iter()
        .map(|a| (a.title.as_str(), a.published_at.as_deref()))
        .collect();
    assert_eq!(
        titles,
        [
            (
                "Le port de Saint-Aven fixe les redevances du nouveau terminal",
                Some("2025-07-14T11:25:00Z")
            ),
            (
                "Les taux du fret en Baltique reculent pour la troisième semaine",
                Some("2025-07-13")
            ),
            (
                "Le conseil municipal reporte le vote sur la route du terminal",
                Some("2025-07-12")
            ),
        ]
    );
    assert_eq!(got[1].source.as_deref(), Some("Fret Hebdo"));
}

#[test]
fn a_newsletter_digest_whose_stories_each_end_with_read_more() {
    // "Read more" closes each story (it heads no box of links there), and the greeting
    // over them is no story.
    let got = fixture!("newsletter-digest-closed-by-read-more.txt");
    let titles: Vec<&str> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Port authority sets dredging fees for the northern terminal",
            "Lindqvist Lines keeps its ships at the old quays",
            "Council delays the vote on the terminal road link"
        ]
    );
    assert!(
        got[1].text.starts_with("The company said the new fees"),
        "{}",
        got[1].text
    );
    assert_absent(&got, &["Read more", "Good morning", "That's all"]);
}

#[test]
fn a_link_aggregators_front_page_gives_each_link_its_site_and_time() {
    // "318 points by nilsvd 2 hours ago | hide | 122 comments" under each link: the time
    // is the link's (the poster is no author), the address after the headline its outlet;
    // the rank numbers, "More" and the footer's announcement are no items.
    let got = fixture!("link-aggregator-front-page.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Harbour cities test tidal batteries on old ferry piers",
                Some("coastgrid.org"),
                None,
                Some("2025-07-14T10:00:00Z")
            ),
            (
                "Show LB: A map of every public EV charger that actually works",
                Some("plugcheck.app"),
                None,
                Some("2025-07-14T08:00:00Z")
            ),
            (
                "Ostrava steelworks switches its last blast furnace to hydrogen",
                Some("industryweek.cz"),
                None,
                Some("2025-07-14T05:00:00Z")
            ),
            (
                "Ask LB: How do you keep a team's runbooks from rotting?",
                None,
                None,
                Some("2025-07-14T01:00:00Z")
            ),
            (
                "Why the Danube's freight barges are running half empty",
                Some("rivertrade.eu"),
                None,
                Some("2025-07-13")
            ),
            (
                "A field guide to reading municipal bond filings",
                Some("notes.hollisreed.net"),
                None,
                Some("2025-07-11")
            ),
        ]
    );
    assert_absent(
        &got,
        &["points by", "hide", "Applications are open", "Guidelines"],
    );
}

#[test]
fn a_headline_alone_under_its_section_beside_an_ad_is_an_item_of_the_river() {
    // Items open with their time; "Sport" between the time and a headline with no
    // summary, and an ad's slot with its pitch and button after it, made the headline
    // join the zone and each author sign the item below.
    let got = fixture!("river-headline-only-item-beside-an-ad.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Flood barriers go up along the lower Wend as rain returns",
                Some("The Valley Sentinel"),
                Some("Harriet Vance"),
                Some("2025-07-14T11:51:00Z")
            ),
            (
                "Council delays vote on the Brockley bus depot sale",
                Some("The Valley Sentinel"),
                Some("Tomasz Kowal"),
                Some("2025-07-14T10:00:00Z")
            ),
            (
                "Wend Rovers sign goalkeeper Daniel Ashby on a three-year deal",
                Some("The Valley Sentinel"),
                Some("Nia Osei and Callum Reid"),
                Some("2025-07-14T08:00:00Z")
            ),
            (
                "Heatwave warning extended to the whole county until Thursday",
                Some("The Valley Sentinel"),
                Some("Owen Pryce"),
                Some("2025-07-13")
            ),
        ]
    );
    assert_absent(&got, &["Hollins Garden", "Shop now", "Load more"]);
}

#[test]
fn an_aggregators_masthead_and_menu_bar_head_no_link() {
    // The site's name on a line of its own over its menu bar: the menu was the first
    // link's headline and the masthead its outlet.
    let got = split(
        "Lanternboard\nnew | past | comments | ask | show | jobs | submit\nlogin\n1.\nShow LB: A tiling window manager written in Zig (github.com/marrowdev)\n312 points by kpetrov 3 hours ago | hide | 87 comments\n2.\nThe forgotten pneumatic mail network under Ostrava (lowtechquarterly.org)\n228 points by ferrous_wheel 5 hours ago | hide | 64 comments\n3.\nWhy our database vacuum took 19 hours and what we changed (engineering.parcelhop.io)\n401 points by dsantos 6 hours ago | hide | 133 comments\n",
    );
    assert_eq!(
        rows(&got),
        vec![
            (
                "Show LB: A tiling window manager written in Zig",
                Some("github.com/marrowdev"),
                None,
                Some("2025-07-14T09:00:00Z")
            ),
            (
                "The forgotten pneumatic mail network under Ostrava",
                Some("lowtechquarterly.org"),
                None,
                Some("2025-07-14T07:00:00Z")
            ),
            (
                "Why our database vacuum took 19 hours and what we changed",
                Some("engineering.parcelhop.io"),
                None,
                Some("2025-07-14T06:00:00Z")
            ),
        ]
    );
}
