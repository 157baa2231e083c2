//! Tests of the splitter on the third to the ninth rounds of sites' copy-paste shapes
//! (`tests/fixtures/scrapes/`), most of them about bylines and what stands beside them:
//! places, job titles, agencies, addresses, author notes, breadcrumbs, and times glued,
//! dotted or in other languages.

use super::tests::{fixture, rows, split};

/// One article per fixture, as (title, source, byline, published_at), with what the first
/// try at each shape got wrong in the message.
#[test]
fn more_single_article_shapes() {
    for (got, want, why) in [
        (
            fixture!("breadcrumb-and-reading-list.txt"),
            (
                "Central bank holds rates as inflation stays above target",
                None,
                Some("Omar Haddad"),
                Some("2025-07-14"),
            ),
            "the breadcrumb 'News|Economy' is no outlet",
        ),
        (
            fixture!("byline-with-agencies-and-glued-dates.txt"),
            (
                "Car exports fall for third month as tariffs bite",
                Some("RBN"),
                Some("Lena Vogt"),
                Some("2025-07-14"),
            ),
            "'Lena Vogt | with Reuters, AFP' and '07/14/2025July 14, 2025'",
        ),
        (
            fixture!("italian-article.txt"),
            (
                "Il gruppo ferroviario presenta un piano da 2 miliardi per le linee regionali",
                Some("Corriere del Nord"),
                Some("Marco Bellini"),
                Some("2025-07-14"),
            ),
            "'di Marco Bellini' and '14 luglio 2025 (modifica il ...)'",
        ),
        (
            fixture!("portuguese-article.txt"),
            (
                "Estatal anuncia plano de investimentos de R$ 40 bilhões",
                None,
                Some("Ana Costa"),
                Some("2025-07-14"),
            ),
            "'14.jul.2025 às 10h12'; the place under the name is not the title",
        ),
        (
            fixture!("tab-title-and-profile-post.txt"),
            (
                "Why rate cuts will come later than markets expect",
                Some("Meridian Notes"),
                Some("Jane Okafor"),
                Some("2025-07-14"),
            ),
            "the tab title's '| Meridian Notes'; a name shown twice is no outlet",
        ),
        (
            fixture!("wire-tag-and-byline-after-time.txt"),
            (
                "Shipbuilder wins record order for gas carriers",
                Some("Eastern News Agency"),
                Some("Park Ji-won"),
                Some("2025-07-14"),
            ),
            "the '(LEAD)' tag; the byline under the time",
        ),
        (
            fixture!("dutch-article.txt"),
            (
                "Kabinet trekt extra geld uit voor woningbouw",
                Some("Omroep Nieuws"),
                None,
                Some("2025-07-14"),
            ),
            "'Vandaag, 10:12'; the masthead is no author",
        ),
    ] {
        assert_eq!(rows(&got), vec![want], "{why}");
    }
}

#[test]
fn profile_and_wire_furniture_stays_out_of_the_text() {
    for (got, chrome) in [
        (
            fixture!("tab-title-and-profile-post.txt"),
            &["Chief Economist", "Follow", "Comments"][..],
        ),
        (fixture!("wire-tag-and-byline-after-time.txt"), &["(END)"]),
        (
            fixture!("breadcrumb-and-reading-list.txt"),
            &["reading list"],
        ),
    ] {
        for c in chrome {
            assert!(!got[0].text.contains(c), "{c:?}: {}", got[0].text);
        }
    }
}

/// Bylines and times in the shapes of the fourth round of sites.
#[test]
fn bylines_with_roles_agencies_and_glued_times() {
    for (got, want, why) in [
        (
            fixture!("byline-with-lowercase-role.txt"),
            (
                "Inflation eases to 2.1 per cent as fuel prices fall",
                Some("Southern Broadcasting"),
                Some("Emilia Hart"),
                Some("2025-07-14"),
            ),
            "'By business reporter Emilia Hart'",
        ),
        (
            fixture!("byline-with-agency-and-role.txt"),
            (
                "EU unveils plan to cut red tape for small businesses",
                None,
                Some("Jane Doyle"),
                Some("2025-07-14T08:12:00Z"),
            ),
            "'By Jane Doyle with AP'",
        ),
        (
            fixture!("name-glued-to-time.txt"),
            (
                "Council votes to sell airport shares",
                Some("Harbour Post"),
                Some("Jane Rowe"),
                Some("2025-07-14"),
            ),
            "'Jane Rowe10:12, Jul 14 2025'",
        ),
        (
            fixture!("author-above-headline.txt"),
            (
                "Monsoon rains lift reservoir levels across southern States",
                None,
                Some("Rajesh Menon"),
                Some("2025-07-14T03:39:00Z"),
            ),
            "a name between the time and the headline is the author; 'Updated' no outlet",
        ),
        (
            fixture!("byline-with-comma-role.txt"),
            (
                "The best laptops for students in 2025",
                Some("Gadgetlab"),
                Some("Jane Doe"),
                Some("2025-07-14T10:12:00Z"),
            ),
            "'Written by Jane Doe, Senior Contributing Writer'",
        ),
        (
            fixture!("radio-story-page.txt"),
            (
                "Jobless claims fall to lowest level since spring",
                Some("Public Radio"),
                Some("Sam Horton"),
                Some("2025-07-14T05:09:00Z"),
            ),
            "'July 14, 20251:09 AM ET'",
        ),
    ] {
        assert_eq!(rows(&got), vec![want], "{why}");
    }
    for (got, chrome) in [
        (
            fixture!("caption-with-labelled-credit.txt"),
            &["Photograph", "reservoir in the hills"][..],
        ),
        (
            fixture!("radio-story-page.txt"),
            &["Heard on", "Headshot", "Transcript"],
        ),
    ] {
        for c in chrome {
            assert!(!got[0].text.contains(c), "{c:?}: {}", got[0].text);
        }
    }
}

/// The fifth round: subheads, buttons, illustration credits, author notes, update notes.
#[test]
fn subheads_buttons_and_author_notes() {
    for (got, want, chrome) in [
        (
            fixture!("subhead-and-author-note.txt"),
            (
                "Senate passes bill to extend flood insurance program",
                Some("Capitol Network"),
                Some("Jane Moss and Ali Reyes"),
                Some("2025-07-14T10:09:00Z"),
            ),
            &["What to know", "is a congressional reporter"][..],
        ),
        (
            fixture!("saved-stories-button.txt"),
            (
                "Retail sales rose in June as shoppers returned to stores",
                None,
                Some("Abha Rao"),
                Some("2025-07-14T10:09:00Z"),
            ),
            &["saved stories", "Listen"],
        ),
        (
            fixture!("essay-with-illustration-credit.txt"),
            (
                "The Case Against the Four-Day Week",
                None,
                Some("Derek Holt"),
                Some("2025-07-14T10:00:00Z"),
            ),
            &["Illustration by", "About the Author", "is a staff writer"],
        ),
        (
            fixture!("german-byline-with-city.txt"),
            (
                "Zulieferer streicht 3000 Stellen",
                Some("Süddeutscher Kurier"),
                Some("Jana Weber"),
                Some("2025-07-14"),
            ),
            &["Lesezeit", "München"],
        ),
        (
            fixture!("update-note.txt"),
            (
                "Chip Packager Soars After Raising Sales Forecast",
                Some("Markets Terminal"),
                Some("Riley Grant"),
                Some("2025-07-14T09:09:00Z"),
            ),
            &["(Updates", "Most Read"],
        ),
    ] {
        assert_eq!(rows(&got), vec![want]);
        for c in chrome {
            assert!(!got[0].text.contains(c), "{c:?}: {}", got[0].text);
        }
    }
}

/// The sixth round: places and jobs beside names, a section's live page, an aggregator's
/// "Name / Outlet:" lines.
#[test]
fn places_jobs_and_addresses_beside_names() {
    for (got, want) in [
        (
            fixture!("two-names-with-places.txt"),
            (
                "Oil prices fall as producers agree bigger output increase",
                Some("The Evening Ledger"),
                Some("Tom Wilson and Anjli Rao"),
                Some("2025-07-14"),
            ),
        ),
        (
            fixture!("name-comma-staff-writer.txt"),
            (
                "Carmaker to build $2bn battery plant in North Carolina",
                Some("Asia Business Daily"),
                Some("Koji Sato"),
                Some("2025-07-14T09:12:00Z"),
            ),
        ),
        (
            fixture!("byline-with-email.txt"),
            (
                "School board approves new start times",
                Some("Valley Gazette"),
                Some("Maria Lopez"),
                Some("2025-07-14"),
            ),
        ),
        (
            fixture!("place-under-name.txt"),
            (
                "El paro baja en 48.000 personas en junio",
                None,
                Some("Carlos Segura"),
                Some("2025-07-14"),
            ),
        ),
        // "Jul 14th 2025|San Francisco": a place the entity registry knows is no byline.
        (
            fixture!("place-after-date.txt"),
            (
                "The desert fab that will test America's chipmaking revival",
                None,
                None,
                Some("2025-07-14"),
            ),
        ),
    ] {
        assert_eq!(rows(&got), vec![want]);
        for c in ["staff writer", "covers education", "@", "Limited"] {
            assert!(!got[0].text.contains(c), "{c:?}: {}", got[0].text);
        }
    }
}

#[test]
fn section_live_page_is_one_article() {
    let got = fixture!("section-live-page.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Stock index hits record high as miners rally – business live",
            None,
            Some("Graeme Walton"),
            Some("2025-07-14T10:05:00Z"),
        )],
        "'– business live' announces a live page: its timed entries are one article"
    );
    assert!(got[0].text.contains("That beats the previous record"));
}

#[test]
fn aggregator_name_and_outlet_lines() {
    let got = fixture!("river-of-news.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Sources: AI startup founded by ex-Google researchers raised $2B at a $20B valuation",
                Some("Axios"),
                Some("Jane Kim"),
                None,
            ),
            (
                "Chipmaker unveils a laptop processor that runs for two days on a charge",
                Some("The Circuit"),
                Some("Tom Avery"),
                None,
            ),
        ]
    );
}

/// The seventh round: roles after commas, desks after jobs, government releases, guest
/// essays.
#[test]
fn roles_desks_releases_and_essays() {
    for (got, want, chrome) in [
        (
            fixture!("byline-role-after-comma.txt"),
            (
                "Pop star announces surprise world tour with 40 dates",
                Some("Daily Spark Online"),
                Some("Kim Adams"),
                Some("2025-07-14"),
            ),
            "EXCLUSIVE",
        ),
        (
            fixture!("name-over-job-with-desk.txt"),
            (
                "Streaming Service Orders Second Season of Space Drama",
                Some("Screen Trade"),
                Some("Alex Chen"),
                Some("2025-07-14T10:09:00Z"),
            ),
            "Senior Editor",
        ),
        (
            fixture!("government-press-release.txt"),
            (
                "Government announces £2 billion for new hospitals",
                Some("Department of Health"),
                None,
                Some("2025-07-14"),
            ),
            "From:",
        ),
        (
            fixture!("guest-essay-with-author-note.txt"),
            (
                "We Need to Talk About Heat",
                None,
                Some("Rosa Alvarez"),
                Some("2025-07-14"),
            ),
            "emergency physician in Phoenix",
        ),
    ] {
        assert_eq!(rows(&got), vec![want]);
        assert!(!got[0].text.contains(chrome), "{chrome:?}: {}", got[0].text);
    }
}

/// The eighth round: breadcrumbs, reading times first, short headlines over standfirsts,
/// titles after bylines in capitals, handles and dotted dates.
#[test]
fn breadcrumbs_short_headlines_handles_and_dotted_dates() {
    let got = fixture!("breadcrumb-and-reading-time-first.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Bank shares lead European markets higher",
            None,
            Some("Anita Rao"),
            Some("2025-07-14T07:39:00Z"),
        )]
    );
    let got = fixture!("short-headline-over-standfirst.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Bundestag beschließt Rentenreform",
            Some("Rundfunk Nachrichten"),
            None,
            Some("2025-07-14"),
        )],
        "a three-word headline under a menu is not the menu's"
    );
    let staff = fixture!("staff-writer-and-contact-note.txt");
    assert_eq!(staff[0].byline.as_deref(), Some("Sara Klein"));
    assert!(
        !staff[0].text.contains("can be reached"),
        "{}",
        staff[0].text
    );
    let got = fixture!("handle-and-dotted-date.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "AI startup cuts 20% of staff",
                None,
                Some("Jessica Lin"),
                Some("2025-07-14T09:09:00Z"),
            ),
            (
                "Senators question chipmakers over export loopholes",
                None,
                Some("Dana Ortiz"),
                Some("2025-07-14"),
            ),
        ]
    );
}

/// The ninth round: an alert email, a coverage list with times after the snippets, a name
/// between a standfirst and the text, a Korean article, a page's name over a digest.
#[test]
fn alerts_coverage_lists_and_page_names() {
    let got = fixture!("alert-email.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Port authority approves second container terminal",
                Some("Coastal Wire"),
                None,
                Some("2025-07-14"),
            ),
            (
                "Shipping lines welcome terminal decision",
                Some("The Harbour Times"),
                None,
                None,
            ),
        ],
        "'NEWS' is a label; the outlet stands under each headline"
    );
    assert!(!got[1].text.contains("Flag as irrelevant"));
    let got = fixture!("coverage-list-times-after.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Port authority approves second container terminal",
                Some("Reuters"),
                None,
                Some("2025-07-14T10:00:00Z"),
            ),
            (
                "Shipping stocks rise on port decision",
                None,
                Some("Fox Business"),
                Some("2025-07-14T09:00:00Z"),
            ),
        ],
        "the name over the second headline is the second story's, not the first's author"
    );
    let got = fixture!("portuguese-name-under-standfirst.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Governo aprova aumento do salário mínimo para 920 euros",
            Some("Jornal do Porto"),
            Some("Ana Ferreira"),
            Some("2025-07-14"),
        )],
        "a name between the standfirst and the text starts no article"
    );
    let got = fixture!("korean-article.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "삼성전자, 평택에 10조원 투자",
            None,
            Some("김수진"),
            Some("2025-07-14"),
        )],
        "'입력' before the time (no zone: the day), '기자' after the name"
    );
    let got = fixture!("page-name-over-digest.txt");
    assert_eq!(
        got.iter().map(|a| a.source.as_deref()).collect::<Vec<_>>(),
        [Some("Reuters"), Some("Bloomberg")],
        "each story's own outlet line names it, not the page's name over the first"
    );
}

/// "By" on a line of its own, each name on its own line with a follow button under it and
/// "and" between them, is one byline; a name that is not one ends it.
#[test]
fn by_over_names_on_their_own_lines() {
    let got = split(
        "Chain explores sale after sales slump\nBy\nRachel Kemp\nFollow\nand\nOwen Trask\nFollow\nJul 13, 2025 5:30 pm ET\n\nThe discount chain that expanded during the pandemic housing boom is exploring a sale, according to people familiar with the matter.\n\nIts owner has hired a bank to gauge interest from buyers.",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Chain explores sale after sales slump",
            None,
            Some("Rachel Kemp and Owen Trask"),
            Some("2025-07-13T21:30:00Z"),
        )]
    );
    assert!(
        got[0].text.starts_with("The discount chain"),
        "{}",
        got[0].text
    );
    // "By" over a line that is no name gives no byline.
    let plain = split(
        "Chain explores sale\nBy\nthe numbers that matter\n\nThe discount chain is exploring a sale, according to people familiar with the matter.",
    );
    assert_eq!(plain[0].byline, None);
}

/// A headline that ends in a stop, under a section's label and over its time, is the
/// headline; the outlet's name in brackets beside the time is no author.
#[test]
fn headline_with_a_stop_and_the_outlet_beside_its_time() {
    let got = split(
        "The Mainichi\nSign Up\nLog In\nBusiness\nKurosaka Electric to build EV battery plant in Fukuoka Pref.\nJuly 14, 2025 17:05 (Mainichi Japan)\nPrint\n\nTOKYO -- Kurosaka Electric Co. announced on July 14 that it will build a factory for electric vehicle batteries in the city of Kitakyushu.\n\nThe plant is to begin production in fiscal 2028, the company said.",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        got[0].title,
        "Kurosaka Electric to build EV battery plant in Fukuoka Pref."
    );
    assert_eq!(got[0].byline, None);
    assert_eq!(got[0].published_at.as_deref(), Some("2025-07-14"));
    assert!(
        got[0].text.starts_with("TOKYO -- Kurosaka"),
        "{}",
        got[0].text
    );
}

#[test]
fn capitals_take_the_case_of_names_and_the_paper_written_for_goes() {
    let got = split(
        "Seaside town's 1930s lido to be filled in and turned into a car park\n\
         By ELSPETH MCKINNON and TOM HARLOW FOR MAILONLINE\n\
         Published: 09:12 BST, 14 July 2025\n\n\
         Campaigners had offered to take over the running of the lido through a community trust, but the council said repairs would cost too much.\n\n\
         The pool closed in 2019 after cracks were found in its walls.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        got[0].byline.as_deref(),
        Some("Elspeth McKinnon and Tom Harlow")
    );
}
