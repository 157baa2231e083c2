//! Tests of the splitter on the thirty-seventh and thirty-eighth rounds of sites'
//! copy-paste shapes (pages written for the project, kept in `tests/fixtures/scrapes/`):
//! authors set apart by bars or each with the paper they wrote for, a caption shown twice
//! with its wire after a dash, a caption that credits a photographer working for the
//! paper, a closed comment thread, a call to follow that names the networks, a theme
//! switch, a list of the site's latest stories whose headlines run to two sentences,
//! authors each over a job and a city, authors with "and" on a line of its own, and
//! authors under the time each after a picture's label; authors each with a job between
//! bars under the standfirst, a reporter named with the story's editor; and authors each
//! with their place in brackets, a desk in title case before the author's job, an
//! author with the town filed from after a comma, authors each with a job after a bar,
//! and a name over two papers' staff.

use super::tests::{fixture, rows, split};

#[test]
fn authors_between_bars_over_a_caption_shown_twice_and_a_closed_thread() {
    let got = fixture!("authors-between-bars-and-a-closed-thread.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Punjab orders brick kilns shut, bans crop burning ahead of smog season",
            Some("Dawn"),
            Some("Zoha Mirza and Nadeem Akhtar Bhatti"),
            Some("2025-07-14"),
        )],
        "'A | B' over the time signs; the comments under 'Comments (9)' and 'Closed' are a thread"
    );
    let text = &got[0].text;
    assert!(text.starts_with("LAHORE: The Punjab government"), "{text}");
    assert!(
        text.ends_with("would face disciplinary action."),
        "the call to follow on X, LinkedIn, Instagram and Facebook is no text: {text}"
    );
    assert!(!text.contains("Reuters/File"), "{text}");
}

#[test]
fn authors_with_their_papers_under_a_form_notice_and_over_a_theme_switch() {
    let got = fixture!("authors-with-their-papers-and-a-theme-switch.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Ohio Let a Landfill Keep Growing Despite a Decade of Groundwater Violations. \
             Neighbors Say Their Wells Paid the Price.",
            Some("ProPublica"),
            Some("Ray Okafor and Dana Whitcomb"),
            Some("2025-07-10T09:00:00Z"),
        )],
        "the reCAPTCHA notice, 'Dark' and the latest stories are no articles"
    );
    let text = &got[0].text;
    for gone in [
        "Jessica Ruiz for ProPublica",
        "Change Appearance",
        "reCAPTCHA",
    ] {
        assert!(!text.contains(gone), "{gone}: {text}");
    }
    assert!(text.contains("For most of the past decade"), "{text}");
}

/// The same shapes written small: each rule on its own.
#[test]
fn bars_papers_captions_and_follow_calls_alone() {
    let page = "Harbour board orders dredging of the eastern channel\n\
         Ines Marlow | Tomas Verhoeven Aalders\n\
         July 12, 2025\n\
         Cargo ships queue outside the breakwater on Friday. — AFP/File\n\
         The harbour board voted on Friday to dredge the eastern channel before the autumn storms arrive.\n\n\
         Two cargo ships grounded there in the spring.\n\n\
         Follow The Harbour Ledger on X, Instagram and Threads for the latest from the port and the coast.\n";
    let got = split(page);
    assert_eq!(
        got[0].byline.as_deref(),
        Some("Ines Marlow and Tomas Verhoeven Aalders")
    );
    assert!(
        got[0].text.starts_with("The harbour board voted")
            && got[0].text.ends_with("in the spring."),
        "{}",
        got[0].text
    );
    // A headline's parts between bars are no names ("Key Takeaways" stands under nothing).
    let got = split(
        "Senate Passes Budget Bill | Key Takeaways\nJuly 14, 2025\n\n\
         The Senate passed the budget bill late on Sunday by a vote of 51 to 49.",
    );
    assert_eq!(got[0].byline, None, "{:?}", rows(&got));
    let got = split(
        "Harbour board orders dredging of the eastern channel\n\
         By Ines Marlow, The Harbour Ledger, and Tomas Aalders, Coastal Radio\n\
         July 12, 2025\n\n\
         The harbour board voted on Friday to dredge the eastern channel before the autumn storms arrive.\n\n\
         The board's chair said the work would take six weeks. Ana Ruiz for The Harbour Ledger\n\n\
         Two cargo ships grounded there in the spring.\n",
    );
    assert_eq!(
        rows(&got),
        vec![(
            "Harbour board orders dredging of the eastern channel",
            None,
            Some("Ines Marlow and Tomas Aalders"),
            Some("2025-07-12"),
        )]
    );
    assert!(!got[0].text.contains("Ana Ruiz"), "{}", got[0].text);
}

#[test]
fn authors_in_a_row_over_jobs_cities_and_lone_joiners() {
    for (got, want, first, why) in [
        (
            fixture!("authors-with-jobs-and-cities.txt"),
            (
                "Ottawa weighs emergency loans for Ontario steel suppliers as U.S. tariff talks stall",
                Some("The Globe and Mail"),
                Some("Hannah Beaulieu and Devin Ashworth"),
                Some("2025-07-13T14:00:00Z"),
            ),
            "The federal government is weighing",
            "each name over its job and 'Ottawa' signs together; the city is no outlet; the \
             caption under 'Open this photo in gallery:' is no text",
        ),
        (
            fixture!("authors-with-and-on-its-own-line.txt"),
            (
                "EU and Japan near deal to mutually recognize green hydrogen certificates",
                Some("Semafor"),
                Some("Helena Voss and Kenji Aoyama"),
                Some("2025-07-14T02:31:00Z"),
            ),
            "The European Union and Japan are close",
            "a name, 'and', a name, over the time",
        ),
        (
            fixture!("authors-under-the-time-with-picture-labels.txt"),
            (
                "Chipmaker Solvane jumps 14% after raising full-year outlook on AI data center demand",
                Some("CNBC"),
                Some("Priya Natarajan and Kieran Doyle"),
                Some("2025-07-14T14:41:00Z"),
            ),
            "Solvane raised its fiscal 2025 revenue forecast",
            "two names under the time, a 'thumbnail' before each",
        ),
    ] {
        assert_eq!(rows(&got), vec![want], "{why}");
        assert!(got[0].text.starts_with(first), "{why}: {}", got[0].text);
    }
    // A name shown twice is one author; a company's name twice in a price box is none.
    let got = split(
        "Kestrel Marine to cut 95 jobs as orders dry up\nPriya Raman\nPriya Raman\n\
         July 12, 2025\n\nThe shipyard said on Friday that it would cut 95 jobs as orders \
         for new ferries dried up.\n",
    );
    assert_eq!(got[0].byline.as_deref(), Some("Priya Raman"));
}

/// A newsletter platform's post: the authors' names under their avatars, then both on one
/// line over the time, sign together; the sign-up form's messages and the cards under
/// "Read more" (headline, teaser, day, reading time) are no stories.
#[test]
fn a_newsletter_post_with_avatars_a_form_and_cards() {
    let got = fixture!("newsletter-post-with-avatars-and-cards.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "The quiet buyout of the Delta’s last family farms",
            Some("Tidewater Ledger"),
            Some("Priya Raman and Tomás Aguirre"),
            Some("2025-07-11"),
        )]
    );
    assert!(
        got[0].text.ends_with("“I just don’t know for how long.”"),
        "{}",
        got[0].text
    );
}

/// Under the time, each author over a desk or a job ("Kirsty Mowat" / "BBC Scotland
/// News" / "Calum MacInnes" / "... reporter") signs together; a picture inside the text,
/// its credit in capitals over its caption ("BBC" / "Queues of vehicles ..."), opens no
/// story; a consent banner's buttons name no outlet.
#[test]
fn authors_over_their_desks_and_a_picture_inside_the_text() {
    let got = fixture!("authors-over-their-desks-and-a-picture-inside-the-text.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        got[0].byline.as_deref(),
        Some("Kirsty Mowat and Calum MacInnes")
    );
    assert_ne!(got[0].source.as_deref(), Some("Yes, I agree"));
    assert!(
        !got[0].text.contains("Queues of vehicles"),
        "{}",
        got[0].text
    );
}

/// "ST PHOTO: LIM YAOHUI" credits the caption above it; the next story, its author's
/// name over its (earlier) time, is a story of its own and no card inside the text. Over
/// the first story's time, its authors sign together, the first over a job.
#[test]
fn initialled_photo_credits_and_a_next_story_by_its_author() {
    let got = fixture!("initialled-photo-credits-and-a-next-story.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Tengah estate to trial shared e-bike docks and car-free void decks from 2026",
                Some("The Straits Times"),
                Some("Tay Hui Min and Rahul Menon"),
                Some("2025-07-14"),
            ),
            (
                "Jail for ex-property agent who cheated 11 clients of $480,000 in rental \
                 deposit scam",
                Some("The Straits Times"),
                Some("Clara Ong Shu Ting"),
                Some("2025-07-11"),
            ),
        ]
    );
    assert!(
        got[1]
            .text
            .starts_with("SINGAPORE – A former property agent")
    );
}

/// "Rhiannon Castell North of England correspondent and Peter Olufemi" over the time:
/// the names sign, the job between them is no part of the byline and no headline.
#[test]
fn an_author_with_a_job_and_a_coauthor_on_one_line() {
    let got = fixture!("author-with-job-and-coauthor-on-one-line.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Northern rail upgrade delayed again as Treasury reviews £9bn Pennine link",
            Some("The Guardian"),
            Some("Rhiannon Castell and Peter Olufemi"),
            Some("2025-07-14T06:00:00Z"),
        )]
    );
}

#[test]
fn authors_each_with_a_job_between_bars_under_the_standfirst_sign_together() {
    let got = fixture!("authors-with-jobs-between-bars.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Hospital trusts told to publish waiting times for every clinic",
            Some("The Evening Courier"),
            Some("Harriet Poole and Samir Dutta"),
            Some("2025-07-14"),
        )],
        "'Harriet Poole, Health Editor | Samir Dutta, Political Correspondent' signs; the \
         outlet after the time is three words"
    );
    assert!(
        got[0].text.ends_with("from next spring."),
        "{}",
        got[0].text
    );
}

#[test]
fn the_editor_named_after_the_reporter_wrote_nothing_of_it() {
    let got = fixture!("reporter-and-editor-and-article-updated.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    let a = &got[0];
    assert_eq!(
        a.title,
        "Pune Ring Road Land Acquisition Crosses 80 Per Cent, Says Official"
    );
    assert_eq!(
        a.byline.as_deref(),
        Some("Kavita Joshi"),
        "not 'Arvind Menon'"
    );
    assert_eq!(a.published_at.as_deref(), Some("2025-07-14"));
    assert!(a.text.starts_with("Pune: Land acquisition"), "{}", a.text);
    assert!(
        a.text.ends_with("by October, the official said."),
        "{}",
        a.text
    );
}

#[test]
fn authors_over_the_time_one_over_a_job_and_a_video_of_another_day_under_it() {
    let got = fixture!("authors-over-the-time-and-a-video-of-another-day.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Councils told to publish every vacant site they own within six months",
            Some("Irish Herald"),
            Some("Niamh Doherty and Ciarán Walsh"),
            Some("2025-07-13"),
        )],
        "'Morning Briefing in 60 Seconds - 14 July 2025' is a video's title and day, not \
         the story's outlet"
    );
    assert!(
        got[0].text.ends_with("the Oireachtas housing committee."),
        "{}",
        got[0].text
    );
}

/// "By A (Enugu) and B (Abuja)": the places each author filed from are no names; and
/// "Local Democracy Reporter" under "By Name" is the author's job, no second author.
#[test]
fn authors_with_their_places_in_brackets_and_a_desk_before_the_job() {
    let got = split(
        "Lagos Ledger\n\
         News\n\
         Traders shut markets in two states over new levy\n\
         By Obinna Eze (Onitsha) and Halima Bello (Kano)\n\
         14 July 2025 | 9:10 am\n\n\
         Traders in Onitsha and Kano closed their shops on Monday to protest a new levy on market stalls.\n\n\
         The state governments said the levy would fund repairs to market roads.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Obinna Eze and Halima Bello"));

    let got = split(
        "Fenland Courier\n\
         News\n\
         Plans for 90 homes on edge of March approved despite traffic fears\n\
         By Imogen Pratt\n\
         Local Democracy Reporter\n\
         Share\n\
         Published: 14th July 2025\n\n\
         Plans for 90 homes on the edge of March have been approved despite fears about traffic on the bypass.\n\n\
         The district council's planning committee voted five to two in favour.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Imogen Pratt"));
}

/// "By Name, Cape Coast" over a story "in Cape Coast": the town the author filed from,
/// which the story names as a place, is no second author; a co-author the story does not
/// name as a place stays.
#[test]
fn an_author_with_the_town_filed_from_that_the_story_names() {
    let got = split(
        "Coastline Graphic\n\
         Regional News\n\
         Cape Coast fishermen ask for shorter closed season\n\
         By Ama Owusu-Bekoe, Cape Coast\n\
         Jul - 14 - 2025 , 06:40\n\n\
         Canoe fishermen in Cape Coast have asked the ministry to shorten this year's closed season.\n\n\
         The chief fisherman said support packages promised to them had not arrived.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Ama Owusu-Bekoe"));

    let got = split(
        "Coastline Graphic\n\
         Regional News\n\
         Cape Coast fishermen ask for shorter closed season\n\
         By Ama Owusu-Bekoe, Kofi Asante-Mensah\n\
         Jul - 14 - 2025 , 06:40\n\n\
         Canoe fishermen in Cape Coast have asked the ministry to shorten this year's closed season.\n\n\
         The chief fisherman told Kofi Asante-Mensah that support packages had not arrived.\n",
    );
    assert_eq!(
        rows(&got)[0].2,
        Some("Ama Owusu-Bekoe and Kofi Asante-Mensah")
    );
}

/// "Dana Whitcomb | Staff Writer" over "Marcus Ferrante | Staff Writer": both authors; and
/// "By Ahmed Al-Naqeeb Al-Seyassah/Arab Times Staff": the name, then the papers' staff.
#[test]
fn authors_each_with_a_job_after_a_bar_and_a_name_over_two_papers_staff() {
    let got = split(
        "Valley Ledger\n\
         Local News\n\
         Council advances plan to turn former bank building into 24 apartments\n\
         Dana Whitcomb | Staff Writer\n\
         Marcus Ferrante | Staff Writer\n\
         6 hrs ago\n\n\
         The borough council on Monday advanced a plan to turn a former bank building into 24 apartments.\n\n\
         A final vote is expected in August.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Dana Whitcomb and Marcus Ferrante"));

    let got = split(
        "Gulf Ledger\n\
         Local News\n\
         Ministry deports 900 expats in one week for residency violations\n\
         By Yousef Al-Mutairi Al-Watan/Gulf Ledger Staff\n\
         5 hours ago\n\n\
         KUWAIT CITY, July 14: The Ministry of Interior deported 900 expatriates during the past week, sources said.\n\n\
         The campaigns will continue through the summer.\n",
    );
    assert_eq!(rows(&got)[0].2, Some("Yousef Al-Mutairi"));
    assert_ne!(rows(&got)[0].1, Some("Al-Watan/Gulf Ledger"));
}
