//! Tests of the splitter on single articles, ambiguous layouts and hostile input: it
//! must never panic, and a text that holds one article must give one.

use super::tests::{clip_time, split};
use super::*;

#[test]
fn plain_text_article_keeps_the_text_to_extracted_shape() {
    let got = split(
        "\n  Meta raises its spending plan  \nBy Jane Doe\n\nMeta said on Monday it would spend more.\nAnalysts   were surprised.\n\n\nShares fell 3%.\n",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].title, "Meta raises its spending plan");
    assert_eq!(got[0].byline.as_deref(), Some("Jane Doe"));
    assert_eq!(
        got[0].text,
        "Meta said on Monday it would spend more.\n\nAnalysts were surprised.\n\nShares fell 3%."
    );
    let one = split("Just a headline");
    assert_eq!(
        (one[0].title.as_str(), one[0].text.as_str()),
        ("Just a headline", "Just a headline")
    );
}

#[test]
fn subheads_do_not_split_an_article() {
    let text = "Why the harbour plan stalled\n\nThe council met on Tuesday and again could not agree on the funding split between the two towns.\n\nWho pays\n\nThe larger town wants the cost shared by population, the smaller by frontage.\n\nWhat comes next\n\nA mediator will report in September.";
    let got = split(text);
    assert_eq!(
        got.len(),
        1,
        "subheads without times or outlets are part of the article"
    );
    assert_eq!(got[0].title, "Why the harbour plan stalled");
    assert!(got[0].text.contains("\n\nWho pays\n\n") && got[0].text.ends_with("in September."));
}

#[test]
fn a_whole_article_pasted_twice_gives_one() {
    let once = "Ferry fares to rise in autumn\nBy Tomas Berg\nThe operator said fares on the island routes would rise by 6% from October.\nSeason tickets are exempt until the new year.\n";
    let got = split(&format!("{once}\n{once}"));
    assert_eq!(got.len(), 1, "the repeat adds nothing: {got:?}");
    assert_eq!(got[0].text.split("\n\n").count(), 2);
}

#[test]
fn column_byline_as_a_bare_name() {
    let text = "Opinion\nThe quiet end of the free model era\nRosa Kettering\nJul 14, 2025\nThe companies that gave their models away are starting to ask for something back.\nThat was always the plan.";
    let got = split(text);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].title, "The quiet end of the free model era");
    assert_eq!(got[0].byline.as_deref(), Some("Rosa Kettering"));
    assert_eq!(got[0].published_at.as_deref(), Some("2025-07-14"));
}

#[test]
fn times_go_with_the_side_the_page_puts_them_on() {
    let before = "2 hours ago\nHeadline about the first thing\nThe first teaser says what happened today.\n3 hours ago\nHeadline about the second thing\nThe second teaser says what happened too.";
    let got = split(before);
    let times: Vec<_> = got.iter().map(|a| a.published_at.as_deref()).collect();
    assert_eq!(
        times,
        [Some("2025-07-14T10:00:00Z"), Some("2025-07-14T09:00:00Z")],
        "above headlines"
    );
    let after = "Headline about the first thing\nThe first teaser says what happened today.\n2 hours ago\nHeadline about the second thing\nThe second teaser says what happened too.\n3 hours ago";
    let got = split(after);
    let times: Vec<_> = got.iter().map(|a| a.published_at.as_deref()).collect();
    assert_eq!(
        times,
        [Some("2025-07-14T10:00:00Z"), Some("2025-07-14T09:00:00Z")],
        "under teasers"
    );
}

#[test]
fn headline_ending_in_a_period_under_an_outlet() {
    let text = "Indian Express\n17 minutes ago\nMeta's days are numbered.\nThe body of the first one is long enough to be a paragraph, clearly, and it goes on.\n\nThe Hindu\n3 hours ago\nFive EU states test an app.\nAnother body that is long enough to be a paragraph and keeps going on and on.\n";
    let got = split(text);
    let heads: Vec<_> = got
        .iter()
        .map(|a| (a.title.as_str(), a.source.as_deref()))
        .collect();
    assert_eq!(
        heads,
        [
            ("Meta's days are numbered.", Some("Indian Express")),
            ("Five EU states test an app.", Some("The Hindu")),
        ],
        "the outlet above the time is not the headline"
    );
}

#[test]
fn empty_and_chrome_only_inputs_are_errors() {
    for input in ["", "   ", "\n\r\n\t ", "\u{feff}\u{200b}"] {
        assert!(
            matches!(split_scrape(input, clip_time()), Err(ClipError::Empty)),
            "{input:?}"
        );
    }
    for input in [
        "Comments\nShare\nRelated Articles\n&w=3840&q=100)\n)",
        "17 minutes ago\n3 hours ago",
    ] {
        assert!(
            matches!(split_scrape(input, clip_time()), Err(ClipError::NoContent)),
            "nothing but chrome: {input:?}"
        );
    }
}

#[test]
fn odd_whitespace_and_scripts() {
    let crlf = split(
        "Title here\r\n\r\n\tThe body is a sentence with\ttabs in it.\r\nAnd a second one follows here.\r\n",
    );
    assert_eq!(crlf.len(), 1);
    assert_eq!(crlf[0].title, "Title here");
    assert_eq!(
        crlf[0].text,
        "The body is a sentence with tabs in it.\n\nAnd a second one follows here."
    );
    let cyr = split("Заголовок новости\nЭто первый абзац статьи, и в нём больше трёх слов.");
    assert_eq!(cyr[0].title, "Заголовок новости");
    let cjk = split("新闻标题\n这是正文的第一段，讲述了发生的事情。");
    assert_eq!((cjk.len(), cjk[0].title.as_str()), (1, "新闻标题"));
    let cr_only = split("Old Mac title\rA body written with carriage returns only.");
    assert_eq!(cr_only[0].title, "Old Mac title");
}

#[test]
fn very_long_input_without_newlines() {
    let long: String = (0..40_000)
        .map(|i| format!("Sentence {i} says something new. "))
        .collect();
    let got = split(&long);
    assert_eq!(got.len(), 1);
    assert!(
        got[0].title.ends_with('…') && got[0].title.chars().count() < 100,
        "{}",
        got[0].title
    );
    let one_word = "x".repeat(1_000_000);
    assert!(split_scrape(&one_word, clip_time()).is_ok());
    let pasted_twice = "The quick brown fox jumps over the lazy dog again. ".repeat(40_000);
    let got = split(&pasted_twice);
    assert_eq!(
        got[0].text, "The quick brown fox jumps over the lazy dog again.",
        "one copy kept"
    );
}

#[test]
fn binary_junk_never_panics() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(20_000).collect();
    let junk = String::from_utf8_lossy(&bytes);
    let _ = split_scrape(&junk, clip_time());
}

#[test]
fn random_mixes_of_page_pieces_never_panic() {
    const PIECES: &[&str] = &[
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\t",
        "Comments",
        "17 minutes ago",
        "By Jane Doe",
        "- The Hindu",
        "The Hindu",
        "Headline Here Today",
        "A sentence that ends here.",
        "&w=3840&q=100)",
        "é",
        "中文",
        "\u{0}",
        "\u{feff}",
        "|",
        ":",
        "10:09",
        "Jul 14, 2025",
        ".",
        "?",
        "a",
        "1",
        "-",
        "Reuters | 2 hours ago",
        " - ",
        "2025-07-14",
        "+05:30",
        "a:b:c",
        "12th",
        "14-jul-",
        "…",
        "\u{fffd}",
        "Join our WhatsApp Channel",
        "Advertisement",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let rounds: usize = std::env::var("SCRAPE_FUZZ_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3_000);
    for _ in 0..rounds {
        let mut s = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        for k in 0..(seed % 60) {
            let i = (seed.rotate_left(k as u32 * 7) % PIECES.len() as u64) as usize;
            s.push_str(PIECES[i]);
        }
        if let Ok(arts) = split_scrape(&s, clip_time()) {
            for a in arts {
                assert!(
                    !a.title.is_empty() && !a.text.is_empty(),
                    "{s:?} gave {a:?}"
                );
            }
        }
    }
}

/// Regression (cargo-fuzz, target `scrape`): a time-zone offset of absurd digits overflowed
/// `hours * 60` in debug builds.
#[test]
fn absurd_zone_offsets_are_not_zones() {
    for text in [
        "Mar 5 2025 10:00 +0955160000\n\nThe council met on Monday to discuss the budget for next year.",
        "Smsp to main\n\n*\n\n\u{0}\u{0}\u{2}+0955160000\u{0}\u{0}mers to avo\nstain\n\n00000000000000000039",
        "14 July 2025 10:09 UTC-2147483648\n\nShares rose after the results were published on Monday.",
    ] {
        let _ = split_scrape(text, clip_time());
    }
    let crash = include_bytes!("../../../tests/fixtures/fuzz/scrape-zone-overflow.txt");
    let _ = split_scrape(&String::from_utf8_lossy(crash), clip_time());
}

/// Ordinary news text that the structural rules must not misread (each case once went
/// wrong in review).
#[test]
fn ordinary_news_text_is_not_misread() {
    let body = |s: &str| {
        format!(
            "{s} said on Monday, adding that the decision followed months of talks with the unions and regulators."
        )
    };
    // A menu's "Live updates" does not make a digest one live blog.
    let menu = format!(
        "Live updates\nWorld\n\nPort strike ends\nReuters · 2 hours ago\n{}\n\nAirline orders new jets\nBloomberg · 4 hours ago\n{}",
        body("The union"),
        body("The carrier")
    );
    assert_eq!(split(&menu).len(), 2, "two stories");
    // A live-blog headline among a digest's stories, each with its outlet.
    let digest = format!(
        "Israel-Gaza war live: talks resume in Cairo\nReuters · 1 hour ago\n{}\n\nPort strike ends after pay deal\nAP · 2 hours ago\n{}",
        body("Mediators"),
        body("The union")
    );
    assert_eq!(split(&digest).len(), 2, "stories with outlets stay apart");
    // "India Today" is a publication, not a section.
    let outlet = format!(
        "Markets rally as rate cut hopes grow\nIndia Today\n2 hours ago\n{}",
        body("The exchange")
    );
    assert_eq!(split(&outlet)[0].source.as_deref(), Some("India Today"));
    // A teaser line right under a body is not the next story's headline.
    let packed = format!(
        "{}\nOil prices slip as demand outlook dims\nCentral bank holds rates steady as inflation eases\nBloomberg · 4 hours ago\n{}",
        body("The minister"),
        body("The governor")
    );
    let got = split(&packed);
    assert_eq!(
        got.last().map(|a| a.title.as_str()),
        Some("Central bank holds rates steady as inflation eases")
    );
    // A headline above a photo credit stays the headline.
    let credit = format!(
        "Floods force thousands from their homes\nCredit: Getty Images\n{}",
        body("The agency")
    );
    assert_eq!(
        split(&credit)[0].title,
        "Floods force thousands from their homes"
    );
    // Datelines: an accented city, and a spelled-out name that is not an agency.
    let accented = format!(
        "Brazil cuts rates\n\nSÃO PAULO (Reuters) - {}",
        body("The bank")
    );
    assert_eq!(split(&accented)[0].source.as_deref(), Some("Reuters"));
    let spelled = format!(
        "Council meets\n\nUN (United Nations) - {}",
        body("The council")
    );
    assert_eq!(split(&spelled)[0].source, None);
    // Two numbered names are not a numbered list.
    let clubs = format!(
        "1. FC Köln signs striker\nkicker · 2 hours ago\n{}\n\n2. Bundesliga: Hamburg win again\nkicker · 3 hours ago\n{}",
        body("The club"),
        body("The coach")
    );
    let titles: Vec<String> = split(&clubs).into_iter().map(|a| a.title).collect();
    assert!(titles[0].starts_with("1. FC Köln"), "{titles:?}");
    // A name, then what they did, is a headline.
    let sues = format!("Elon Musk sues reporter\n\n{}", body("The lawyer"));
    assert_eq!(split(&sues)[0].title, "Elon Musk sues reporter");
    // Title-case headlines shaped like "Name in City" or "date Outlet" stay headlines,
    // and a section's two capitalised words above a headline are no author.
    for (page, title) in [
        (
            format!(
                "World\nChaos Erupts in Parliament\n2 hours ago\n{}",
                body("The speaker")
            ),
            "Chaos Erupts in Parliament",
        ),
        (
            format!("June 3 Primary Results\n2 hours ago\n{}", body("The clerk")),
            "June 3 Primary Results",
        ),
        (
            format!(
                "Herald Online\nBig Tech\nChipmakers Rally as Demand for AI Servers Grows\n{}",
                body("The analyst")
            ),
            "Chipmakers Rally as Demand for AI Servers Grows",
        ),
    ] {
        let got = split(&page);
        assert_eq!(got[0].title, title);
        assert_eq!(got[0].byline, None, "{page}");
    }
    // A bar in a headline is not a tab title's outlet when what follows is a label.
    let label = format!(
        "Meta bets big on data centers | Analysis\n\n{}",
        body("Meta")
    );
    assert_eq!(split(&label)[0].source, None);
}

/// Ordinary pages whose lines look like the shapes of other sites' chrome and bylines (a
/// review's cases): each keeps its headline, author and outlet.
#[test]
fn headlines_shaped_like_names_labels_and_credits_stay_headlines() {
    let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        (
            "Ceasefire Talks Stall\n\nNegotiators left Cairo on Monday without an agreement after three days of talks.\n\nBoth sides blamed the other for the impasse.",
            "Ceasefire Talks Stall",
            None,
            None,
        ),
        (
            "Oil Prices Slip Again\nBy Jane Rowe\n\nOil prices slipped on Monday as traders weighed weaker demand from China against supply cuts.\n\nBrent crude fell 1%.",
            "Oil Prices Slip Again",
            Some("Jane Rowe"),
            None,
        ),
        (
            "Senate Passes Budget Bill | Key Takeaways\nJuly 14, 2025\n\nThe Senate passed the budget bill late on Sunday by a vote of 51 to 49 after a marathon session.",
            "Senate Passes Budget Bill | Key Takeaways",
            None,
            None,
        ),
        (
            "Fed Holds Rates Steady | Live Updates\nUpdated 3 hours ago\n\nThe Federal Reserve left interest rates unchanged on Wednesday, as expected, and signalled two cuts later this year.",
            "Fed Holds Rates Steady | Live Updates",
            None,
            None,
        ),
        (
            "Di Maria Stars Again\n2 hours ago\n\nThe Argentine scored twice as his club beat its rival 3-1 on Sunday night.",
            "Di Maria Stars Again",
            None,
            None,
        ),
        (
            "How to Repot a Fiddle Leaf Fig\nJuly 14, 2025 · Jane Rowe\n\nSpring is the best time to repot, when the plant is starting to grow again.",
            "How to Repot a Fiddle Leaf Fig",
            Some("Jane Rowe"),
            None,
        ),
        (
            "Girls' School Enrolment Falls Across the Region\nSupported by\nBill & Melinda Gates Foundation\nJane Rowe\nMon 14 Jul 2025 10.09 BST\n\nEnrolment of girls in secondary schools fell by a fifth last year, a new report found.",
            "Girls' School Enrolment Falls Across the Region",
            Some("Jane Rowe"),
            None,
        ),
        (
            "Words to Live By\nA new memoir revisits old rules.\n\nThe actor's memoir, published on Tuesday, collects the advice her grandmother gave her as a child.\n\nCritics have called it warm and funny.",
            "Words to Live By",
            None,
            None,
        ),
        (
            "AFP via Getty Images\nChaos Erupts in Parliament Over Budget\n\nLawmakers shouted and threw papers as the debate on the budget collapsed into chaos on Monday.",
            "Chaos Erupts in Parliament Over Budget",
            None,
            None,
        ),
        (
            "Markets Are Too Calm About Inflation\nJane Rowe\nThe Economist\nJuly 14, 2025\n\nInvestors seem to believe that inflation is beaten, but the latest figures suggest otherwise.",
            "Markets Are Too Calm About Inflation",
            Some("Jane Rowe"),
            Some("The Economist"),
        ),
        (
            "Weekend Profile\nThe Reluctant Director\nJuly 14, 2025\n\nShe never wanted to make films, she says, sitting in a cafe near the studio where her latest movie was shot.",
            "The Reluctant Director",
            None,
            None,
        ),
        (
            "Watch: Storm Hits Florida Coast\n2 hours ago\n\nHurricane winds tore roofs off homes as the storm made landfall near Tampa on Monday.",
            "Watch: Storm Hits Florida Coast",
            None,
            None,
        ),
        (
            "Written by AI: The New Ghostwriters\nBy Jane Rowe\n\nPublishers are quietly using language models to draft books that appear under human names.",
            "Written by AI: The New Ghostwriters",
            Some("Jane Rowe"),
            None,
        ),
        (
            "News / World / Technology\nApple Sued in Texas\nBy Jane Rowe\nJuly 14, 2025\n\nA patent firm sued Apple in federal court in Texas on Monday, claiming its chips infringe seven patents.",
            "Apple Sued in Texas",
            Some("Jane Rowe"),
            None,
        ),
    ];
    for (page, title, byline, source) in cases {
        let got = split(page);
        assert_eq!(got.len(), 1, "{page}");
        assert_eq!(
            (
                got[0].title.as_str(),
                got[0].byline.as_deref(),
                got[0].source.as_deref()
            ),
            (*title, *byline, *source),
            "{page}"
        );
    }
    // Story text that looks like an author note or a caption stays.
    let namesake = split(
        "Mayor Faces a Recall Vote in September\nBy John Smith\nJuly 14, 2025\n\nVoters in the town will decide in September whether to remove the mayor.\n\nJohn Smith is the name of the challenger, a local grocer who is no relation to this reporter.\n\nThe mayor denies wrongdoing.",
    );
    assert!(
        namesake[0]
            .text
            .contains("John Smith is the name of the challenger")
    );
    let credited = split(
        "Chaos Erupts in Parliament\nBy Jane Rowe\nJuly 14, 2025\n\nLawmakers shouted and threw papers as the debate collapsed on Monday.\n\nThe speaker called for order.\nPhoto: Reuters\n\nThe speaker adjourned the house twice before order was restored.",
    );
    assert!(credited[0].text.contains("The speaker called for order."));
}

/// A clip time at the ends of what dates can hold splits like any other.
#[test]
fn extreme_clip_times_do_not_overflow() {
    let page = "Port strike ends\n3 hours ago\n\nThe union said on Monday that the strike was over after a pay deal was agreed.";
    for at in [DateTime::<Utc>::MAX_UTC, DateTime::<Utc>::MIN_UTC] {
        let got = split_scrape(page, at).expect("an article");
        assert_eq!(got[0].title, "Port strike ends");
    }
}

#[test]
fn letters_whose_lower_case_is_shorter_do_not_break_the_byline() {
    // "ẞ" (3 bytes) lower-cases to "ß" (2): an offset found in a lower-cased copy would
    // fall inside the letter in the line itself.
    let got = split(
        "Port of Hamburg adds a berth\n\nReported by Jan Groẞ, Edited by Anna Weber\n\nThe port said on Monday it would add a berth for larger ships by 2027.",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].byline.as_deref(), Some("Jan Groẞ"));
}

#[test]
fn the_fuzz_seed_of_letters_that_change_length_in_lower_case_splits_without_panic() {
    let seed = include_str!("../../../tests/fixtures/fuzz/shrinking-lower-case.txt");
    let got = split(seed);
    assert!(!got.is_empty());
    assert!(
        got.iter()
            .any(|a| a.text.contains("add a berth for larger ships by 2027"))
    );
    // Every line alone, and every line as the byline of a small story.
    for line in seed.lines() {
        let _ = split_scrape(line, clip_time()); // an empty line is an error, not a panic
        split(&format!(
            "Headline of a story\n\n{line}\n\nThe port said on Monday it would add a berth."
        ));
    }
}
