//! Tests of `split_site_from_title`: the site name cut from a title only with evidence.

use super::split_site_from_title;
use url::Url;

fn split(title: &str, site: Option<&str>, h1: &[&str]) -> (String, Option<String>) {
    let headings: Vec<String> = h1.iter().map(|s| s.to_string()).collect();
    split_site_from_title(title, site, &headings, None)
}

#[test]
fn cuts_the_site_name_with_evidence() {
    // (title, declared site, <h1>s, expected headline, expected site)
    type Case<'a> = (
        &'a str,
        Option<&'a str>,
        &'a [&'a str],
        &'a str,
        Option<&'a str>,
    );
    let cases: &[Case] = &[
        (
            "青川：山区村道“最后一公里”全部硬化_青川日报",
            None,
            &["青川：山区村道“最后一公里”全部硬化"],
            "青川：山区村道“最后一公里”全部硬化",
            Some("青川日报"),
        ),
        (
            "港の再開発計画を承認｜みなと新聞",
            None,
            &["港の再開発計画を承認"],
            "港の再開発計画を承認",
            Some("みなと新聞"),
        ),
        (
            "Chips rally on demand - Gazette Media Group - Gazette",
            Some("Gazette Media Group - Gazette"),
            &[],
            "Chips rally on demand",
            Some("Gazette Media Group - Gazette"),
        ),
        (
            "Chips rally on demand - Urge Gazette | Local news for the whole North Coast",
            Some("Urge Gazette | Local news for the whole North Coast"),
            &["Chips rally on demand"],
            "Chips rally on demand",
            Some("Local news for the whole North Coast"),
        ),
        (
            "Chips rally on demand | Fine reporting from the whole North Coast",
            None,
            &["Chips rally on demand"],
            "Chips rally on demand",
            Some("Fine reporting from the whole North Coast"),
        ),
        (
            "Chips rally on demand • The Gazette",
            Some("The Gazette"),
            &[],
            "Chips rally on demand",
            Some("The Gazette"),
        ),
        (
            "Chips rally | The Gazette",
            None,
            &[],
            "Chips rally",
            Some("The Gazette"),
        ),
        (
            "Chips rally - The Gazette",
            Some("The Gazette"),
            &[],
            "Chips rally",
            Some("The Gazette"),
        ),
        (
            "The Gazette - Chips rally on demand",
            Some("The Gazette"),
            &[],
            "Chips rally on demand",
            Some("The Gazette"),
        ),
        (
            "Chips rally - gazette.example.com",
            None,
            &[],
            "Chips rally",
            Some("gazette.example.com"),
        ),
        (
            "Chips rally — Markets",
            None,
            &["Chips rally"],
            "Chips rally",
            Some("Markets"),
        ),
        // The section is not cut: nothing says "Markets" is not part of the headline.
        (
            "Chips rally - Markets | The Gazette",
            Some("The Gazette"),
            &[],
            "Chips rally - Markets",
            Some("The Gazette"),
        ),
        (
            "Chips rally - Markets | The Gazette",
            None,
            &["Chips rally"],
            "Chips rally",
            Some("The Gazette"),
        ),
        (
            "Machine learning, explained | MIT Sloan",
            Some("MIT Sloan"),
            &[],
            "Machine learning, explained",
            Some("MIT Sloan"),
        ),
    ];
    for (title, site, h1, want_title, want_site) in cases {
        let (got_title, got_site) = split(title, *site, h1);
        assert_eq!(got_title, *want_title, "headline of {title:?}");
        assert_eq!(got_site.as_deref(), *want_site, "site cut from {title:?}");
    }
}

#[test]
fn the_host_name_the_h1_and_a_declared_name_are_evidence_too() {
    let headings = |h: &[&str]| -> Vec<String> { h.iter().map(|s| s.to_string()).collect() };
    // The rest is the host's own name.
    assert_eq!(
        split_site_from_title(
            "Grads find degrees no longer guarantee jobs - Slashdot",
            None,
            &[],
            Url::parse("https://tech.slashdot.org/story/1")
                .ok()
                .as_ref(),
        ),
        (
            "Grads find degrees no longer guarantee jobs".to_string(),
            Some("Slashdot".to_string())
        )
    );
    assert_eq!(
        split_site_from_title(
            "Chips rally - Gazette",
            None,
            &[],
            Url::parse("https://www.gazette.co.uk/a").ok().as_ref()
        )
        .0,
        "Chips rally"
    );
    assert_eq!(
        split_site_from_title(
            "Covid-19 - what we know",
            None,
            &[],
            Url::parse("https://www.know.com/").ok().as_ref()
        )
        .0,
        "Covid-19 - what we know",
        "the host's name must be all of the rest"
    );
    // More parts than two rounds cut, after the page's own headline.
    assert_eq!(
        split_site_from_title(
            "Have an app idea? | by Summer Swann | AI Development | Yeti LLC",
            None,
            &headings(&["Have an app idea?"]),
            None,
        )
        .0,
        "Have an app idea?"
    );
    // One word, shown as the page's headline, before the name the page declares.
    assert_eq!(
        split_site_from_title(
            "Coffee - University of Wisconsin-Stevens Point",
            Some("University of Wisconsin-Stevens Point"),
            &headings(&["Coffee"]),
            None,
        )
        .0,
        "Coffee"
    );
    assert_eq!(
        split_site_from_title(
            "Coffee - University of Wisconsin-Stevens Point",
            Some("University of Wisconsin-Stevens Point"),
            &[],
            None,
        )
        .0,
        "Coffee - University of Wisconsin-Stevens Point",
        "one word is too little without the <h1>"
    );
}

#[test]
fn a_platforms_credit_a_section_folder_and_an_ampersand_are_evidence_too() {
    let at = |u: &str| Url::parse(u).expect("a test URL");
    let h1 = |h: &str| vec![h.to_string()];
    // The declared site credited in parentheses.
    assert_eq!(
        split_site_from_title(
            "Skiplagging in relocation (via Passle)",
            Some("Passle"),
            &[],
            None
        ),
        (
            "Skiplagging in relocation".to_string(),
            Some("Passle".to_string())
        )
    );
    assert_eq!(
        split_site_from_title("Notes (via Passle)", Some("Gazette"), &[], None).0,
        "Notes (via Passle)",
        "another site's credit is part of the headline"
    );
    // A section the path files the story under, even when the <h1> shows it.
    let opinion = at("https://www.example.com/story/opinion/contributors/2025/12/19/meditation/1/");
    let title = "How meditation rewires brains | Opinion";
    assert_eq!(
        split_site_from_title(title, None, &h1(title), Some(&opinion)).0,
        "How meditation rewires brains"
    );
    let news = at("https://www.example.com/story/news/2025/12/19/meditation/");
    assert_eq!(
        split_site_from_title(title, None, &h1(title), Some(&news)).0,
        title,
        "without the folder the <h1> keeps it whole"
    );
    let slug = at("https://www.example.com/opinion");
    assert_eq!(
        split_site_from_title(title, None, &h1(title), Some(&slug)).0,
        title,
        "the page's own slug is no folder"
    );
    // "&" in the <title> and "and" in the <h1> are the same headline.
    assert_eq!(
        split_site_from_title(
            "How to Restore & Refinish Furniture | Old Crows Antiques - Old Crows Antiques Mall in Littleton CO",
            None,
            &h1("How to Restore and Refinish Furniture"),
            None,
        )
        .0,
        "How to Restore & Refinish Furniture"
    );
}

#[test]
fn keeps_the_publishers_spacing_but_not_the_markups() {
    // (title as the page gives it, expected headline)
    for (title, want) in [
        // Indentation of the <title> element: layout, made one space.
        ("\n   Chips rally\n   on demand\t", "Chips rally on demand"),
        // French typography binds the colon and the number with no-break spaces.
        (
            "Revue\u{a0}: «6\u{a0}jours» en salle",
            "Revue\u{a0}: «6\u{a0}jours» en salle",
        ),
        // A no-break space between two words only keeps a last word off its own line.
        ("Chips rally on\u{a0}demand", "Chips rally on demand"),
        // The ideographic space is part of Japanese text.
        (
            "欲張りなイヌ\u{3000}＜童話集＞",
            "欲張りなイヌ\u{3000}＜童話集＞",
        ),
        ("Chips rally:  a review", "Chips rally:  a review"),
    ] {
        assert_eq!(split(title, None, &[]).0, want, "spacing of {title:?}");
    }
}

#[test]
fn finds_separators_spaced_with_any_whitespace() {
    assert_eq!(
        split("Chips rally on demand\u{a0}| The Gazette", None, &[]),
        (
            "Chips rally on demand".to_string(),
            Some("The Gazette".to_string())
        ),
        "a no-break space before the bar still makes it a separator"
    );
    assert_eq!(
        split("Wi-Fi rally - gazette.example.com", None, &[]),
        (
            "Wi-Fi rally".to_string(),
            Some("gazette.example.com".to_string())
        ),
        "an unspaced hyphen is part of a word, the spaced one separates"
    );
}

#[test]
fn leaves_real_headlines_alone() {
    for (title, site, h1) in [
        ("Covid-19 - what we know so far", None, &[][..]),
        (
            "Meta - the company that ate the internet",
            Some("The Gazette"),
            &[][..],
        ),
        ("Q&A | Tim Cook", None, &["Q&A | Tim Cook"][..]),
        ("Single", None, &[][..]),
        // A long rest after " - " may be a subtitle or the author, even after the <h1>.
        (
            "Chips rally on demand - and why it will last for years to come",
            None,
            &["Chips rally on demand"][..],
        ),
        ("Yes | No", None, &[][..]),
        (
            "Autumn leaves at the camp (2) @ Steven's home :: PIXNET ::",
            Some("Steven's home"),
            &[][..],
        ),
    ] {
        assert_eq!(
            split(title, site, h1),
            (title.to_string(), None),
            "{title:?} is a headline"
        );
    }
}
