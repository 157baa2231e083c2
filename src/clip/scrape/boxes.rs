//! Boxes on a copied page that are no article's text, found by their shape: an author's
//! box (a heading, the name, a life), a summary box (a label over bullets, which are the
//! standfirst), a sign-up box (a title, a pitch, a button), a box to follow a company or
//! a topic (names over a "Follow" button), a sponsored item, a video player (its button,
//! length, title and teaser), and an aside under its heading (a disclosure, references).
//! Pleas for money are `pleas`'s, lists of the site's stories `lists`'s.

use super::chrome;
use super::chrome_words;
use super::headings;
use super::lines::{self, Kind};
use super::names;

/// An author's box ("Sobre la firma", then "Miguel Ángel Reyes", then "Periodista
/// especializado en energía..."): the heading, the name under it and the paragraph of the
/// author's life under that are no part of the article.
pub(super) fn drop_author_boxes(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        if !chrome::author_box_heading(&lines[i]) {
            continue;
        }
        let shown: Vec<usize> = (i + 1..lines.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .take(2)
            .collect();
        kinds[i] = Kind::Junk;
        if let [name, life] = shown[..]
            && (matches!(kinds[name], Kind::Short) && names::names_like(&lines[name])
                || matches!(kinds[name], Kind::Meta(ref m) if m.byline.is_some() && m.when.is_none()))
            && matches!(kinds[life], Kind::Para)
        {
            kinds[name] = Kind::Junk;
            kinds[life] = Kind::Junk;
        }
    }
}

/// An author's box without a heading: the name on its own line, then a paragraph of the
/// author's life that opens with it ("Sabine Pichlmayr" over "Sabine Pichlmayr ist seit
/// 2016 Wirtschaftsredakteurin ..."). The name signs the article; the life is no part
/// of it.
pub(super) fn author_boxes_by_name(lines: &[String], kinds: &mut [Kind]) {
    for i in 0..lines.len().saturating_sub(1) {
        let name = lines[i].trim();
        // A job title may stand between ("Senior Reporter, AI").
        let mut shown = (i + 1..lines.len()).filter(|&j| !matches!(kinds[j], Kind::Blank));
        let Some(mut life) = shown.next() else {
            continue;
        };
        if !matches!(kinds[life], Kind::Para) && lines::word_count(&lines[life]) <= 6 {
            match shown.next() {
                Some(j) => life = j,
                None => continue,
            }
        }
        // The name may already read as a byline ("Marisa Kendrick" under "By Marisa
        // Kendrick and Tomás Herrera").
        let named = match &kinds[i] {
            Kind::Short => true,
            Kind::Meta(m) => m.when.is_none() && m.byline.as_deref() == Some(name),
            _ => false,
        };
        if named
            && names::name_like(name)
            && matches!(kinds[life], Kind::Para)
            && lines::word_count(&lines[life]) <= AUTHOR_LIFE_WORDS
            && lines[life]
                .strip_prefix(name)
                .is_some_and(|rest| rest.starts_with([' ', ',']))
        {
            kinds[i] = Kind::Meta(lines::Meta {
                byline: Some(name.to_string()),
                ..lines::Meta::default()
            });
            kinds[life] = Kind::Junk;
        }
    }
}

/// The longest paragraph of an author's life `author_boxes_by_name` reads.
const AUTHOR_LIFE_WORDS: usize = 60;

/// The buttons that close a sign-up box.
const CALLS_TO_ACT: &[&str] = &[
    "subscribe",
    "subscribe now",
    "sign up",
    "sign up now",
    "learn more",
    "register",
    "register now",
    "join now",
    "get started",
    "try it free",
    "start your free trial",
    "s'abonner",
    "abonnieren",
    "suscríbete",
    "suscribirme",
    "suscribirse",
    "assine",
    "subscrever",
    "subscreva",
    "iscriviti",
    "apúntate",
    "inscríbete",
    "regístrate",
    "je m'inscris",
    "s'inscrire",
    "s’inscrire",
    "kostenlos bestellen",
    "jetzt abonnieren",
    "kostenlos abonnieren",
    "je m’inscris",
    "jetzt anmelden",
    "anmelden",
    "inschrijven",
    "schrijf je in",
    "prenumerera",
    "registrera dig",
    "zapisz się",
    "subskrybuj",
];

/// A box to follow a topic or a company ("Companies", "Veltmann Systems NV", then
/// "Follow"): the short lines over the button, up to three, are interface. A person's name
/// there (the author, followed) stays for the byline.
pub(super) fn drop_follow_boxes(lines: &[String], kinds: &mut [Kind]) {
    for i in 1..lines.len() {
        if !matches!(kinds[i], Kind::Junk)
            || !chrome_words::FOLLOW_BUTTONS.contains(&lines[i].to_lowercase().as_str())
        {
            continue;
        }
        for j in (i.saturating_sub(3)..i).rev() {
            if !matches!(kinds[j], Kind::Short) || names::names_like(&lines[j]) {
                break;
            }
            kinds[j] = Kind::Junk;
        }
    }
}

/// The most words of a promotion's heading over its line and button.
const PROMOTION_HEADING_WORDS: usize = 6;

/// A sign-up box: its title ("Axios Pro", or "Sign up for Axios Pro Climate Deals"), one
/// short paragraph ("Get access to market-moving news and analysis."), then its button
/// ("Learn more", "Subscribe"). The paragraph and a short title are no story's.
pub(super) fn drop_sign_up_boxes(lines: &[String], kinds: &mut [Kind]) {
    for i in 1..lines.len().saturating_sub(1) {
        let button = |j: usize| {
            let key = lines[j].to_lowercase();
            CALLS_TO_ACT.contains(&key.trim_end_matches(['.', '!', ' ', '→', '›']))
        };
        // A promotion's line between interface lines, over its button ("Before it's here,
        // it's on the Terminal" over "LEARN MORE"); not the masthead over "Subscribe". Its
        // heading may stand over it, under the article's time or interface ("Get more with
        // myNEWS" over "A personalised news feed ..." over "Learn more"), and goes too.
        // A newsletter's name may head it between paragraphs ("The Inquirer Morning
        // Newsletter" over "Get the news you need to start your day" over "Sign Up").
        // (Not the masthead over its tagline: "Bangor Daily News" over "Maine news, sports
        // ..." over "Subscribe".)
        let headed = i >= 2
            && matches!(kinds[i - 1], Kind::Short)
            && lines::word_count(&lines[i - 1]) <= PROMOTION_HEADING_WORDS
            && (matches!(kinds[i - 2], Kind::Junk | Kind::Meta(_))
                && !lines::looks_like_outlet(&lines[i - 1])
                || lines[i - 1].to_lowercase().contains("newsletter"));
        if matches!(kinds[i], Kind::Short)
            && (matches!(kinds[i - 1], Kind::Junk) || headed)
            && button(i + 1)
            && lines::word_count(&lines[i]) >= 4
            && !lines::looks_like_outlet(&lines[i])
            && !chrome::skip_link(&lines[i - 1])
        {
            kinds[i] = Kind::Junk;
            kinds[i + 1] = Kind::Junk;
            if headed {
                kinds[i - 1] = Kind::Junk;
            }
            continue;
        }
        // A newsletter's form: its name and promise over a field and a button
        // ("Checkpoint-Newsletter" / "Berlins meistgelesener Newsletter ..." / "E-Mail-
        // Adresse" / "Kostenlos bestellen"), or a chooser of several, each a name over a
        // line about it ("Newsletters" / "TechCrunch Mobility" / "TechCrunch Mobility is
        // your destination ..." / ... / "No newsletters selected." / "Subscribe").
        if button(i + 1)
            && let Some(top) = (i.saturating_sub(NEWSLETTER_FORM_LINES)..i)
                .find(|&j| lines[j].to_lowercase().contains("newsletter"))
            && (matches!(kinds[i], Kind::Junk) || i - top > 3)
            && (top..=i).all(|j| matches!(kinds[j], Kind::Short | Kind::Junk | Kind::Para))
            && (top..=i).all(|j| lines::word_count(&lines[j]) <= SIGN_UP_WORDS)
        {
            kinds[top..=i + 1].fill(Kind::Junk);
            continue;
        }
        // The form's field ("Email address") may stand between the pitch and its button.
        let field_then_button =
            matches!(kinds[i + 1], Kind::Junk) && i + 2 < lines.len() && button(i + 2);
        if !(matches!(kinds[i], Kind::Para)
            && lines[i].split_whitespace().count() <= SIGN_UP_WORDS
            && (button(i + 1) || field_then_button))
        {
            continue;
        }
        let title = i - 1;
        let titled = match kinds[title] {
            Kind::Junk => true,
            Kind::Short => lines[title].split_whitespace().count() <= SIGN_UP_TITLE_WORDS,
            // "In a time of both misinformation and too much information, quality journalism
            // is more crucial than ever." glued over the pitch, where the text above sets
            // its paragraphs apart with blank lines: the box's opening line.
            Kind::Para => {
                lines::word_count(&lines[title]) <= SIGN_UP_WORDS
                    && title
                        .checked_sub(1)
                        .is_some_and(|j| matches!(kinds[j], Kind::Blank))
            }
            _ => false,
        };
        if titled {
            kinds[i] = Kind::Junk;
            kinds[title] = Kind::Junk;
            continue;
        }
        // Untitled, the pitch speaks of what its button does ("By subscribing, you can
        // help us ..." over "SUBSCRIBE NOW").
        let verb: String = lines[i + 1]
            .to_lowercase()
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .chars()
            .take(6)
            .collect();
        // Or it opens with the button's words ("Sign up for Semafor Business: ..." over
        // "Email address" over "Sign Up").
        let button_line = &lines[i + 1 + usize::from(field_then_button)];
        let opens_with_button = lines[i]
            .to_lowercase()
            .starts_with(&format!("{} ", button_line.trim().to_lowercase()));
        if (button(i + 1) && verb.chars().count() >= 5 && lines[i].to_lowercase().contains(&verb))
            || opens_with_button
        {
            kinds[i] = Kind::Junk;
        }
    }
}

/// The most lines a newsletter's form spans from its heading to its button: a chooser
/// lists several newsletters, each a name over a line about it.
const NEWSLETTER_FORM_LINES: usize = 12;

/// The longest pitch of a sign-up box...
const SIGN_UP_WORDS: usize = 30;

/// ...and the longest title over it.
const SIGN_UP_TITLE_WORDS: usize = 6;

/// The fewest words of a sponsored card's pitch.
const PITCH_WORDS: usize = 8;

/// A sponsored item among stories: its label ("Sponsored", "Sponsored by Meridian
/// Wealth"), its headline, one paragraph and perhaps its button ("Learn more"), then the
/// next story. None of it is a story, nor the text of the one above.
pub(super) fn drop_sponsored_items(lines: &[String], kinds: &mut [Kind]) {
    let shown = |kinds: &[Kind], from: usize| {
        (from..lines.len()).find(|&j| !matches!(kinds[j], Kind::Blank))
    };
    // "Advertisement" also stands between a story's paragraphs: only a sponsor's label.
    let sponsor = |line: &str| {
        let key = line.to_lowercase();
        headings::sponsor_label(line)
            && !["ad", "advertisement", "anzeige", "publicidad", "publicité"]
                .contains(&key.trim_end_matches(['.', ':', ' ']))
    };
    // Past the last item dropped: its second label ("In samenwerking met ...") opens none.
    let mut past = 0;
    // An ad's label under its text ("Advertisement", the ad, "Sponsored by ...") is the
    // ad's (`ad_cards::drop_ads_signed_under`), not the label of the story after it.
    let under_ad = |kinds: &[Kind], i: usize| {
        super::passes::shown_before(kinds, i).is_some_and(|t| {
            lines::is_paragraph(&lines[t])
                && super::passes::shown_before(kinds, t)
                    .is_some_and(|a| headings::ad_slot(&lines[a]))
        })
    };
    for i in 0..lines.len() {
        if i < past || !sponsor(&lines[i]) || under_ad(kinds, i) {
            continue;
        }
        let mut item = vec![i];
        let mut at = shown(kinds, i + 1);
        // More labels: the advertiser's name. A pitch read as interface already ("Is
        // your portfolio ready? Download our free outlook.") is the card's text: the card
        // ends there, and the headline after it is the next story's.
        let mut pitched = false;
        while let Some(j) =
            at.filter(|&j| !pitched && (sponsor(&lines[j]) || matches!(kinds[j], Kind::Junk)))
        {
            pitched = lines::word_count(&lines[j]) >= PITCH_WORDS;
            item.push(j);
            at = shown(kinds, j + 1);
        }
        if pitched {
            continue;
        }
        let Some(mut head) = at.filter(|&j| matches!(kinds[j], Kind::Short)) else {
            continue;
        };
        // The advertiser's name on a line of its own over the headline ("Kaupallinen
        // yhteistyö" / "Lumeo Pay" / the headline).
        if lines::word_count(&lines[head]) <= 3
            && let Some(next) = shown(kinds, head + 1).filter(|&j| matches!(kinds[j], Kind::Short))
        {
            item.push(head);
            head = next;
        }
        let Some(para) = shown(kinds, head + 1).filter(|&j| matches!(kinds[j], Kind::Para)) else {
            // A card with no pitch under its headline, only the feed's buttons ("Like",
            // "Comment"): the card ends there. (A sponsored article's own page goes on
            // with its byline or text.)
            if shown(kinds, head + 1).is_some_and(|j| matches!(kinds[j], Kind::Junk)) {
                item.push(head);
                past = head + 1;
                for j in item {
                    kinds[j] = Kind::Junk;
                }
            }
            continue;
        };
        item.extend([head, para]);
        let mut after = shown(kinds, para + 1);
        if let Some(b) = after.filter(|&b| {
            CALLS_TO_ACT.contains(
                &lines[b]
                    .to_lowercase()
                    .trim_end_matches(['.', '!', ' ', '→', '›']),
            )
        }) {
            item.push(b);
            after = shown(kinds, b + 1);
        }
        // The next story (or the end) follows: no second paragraph.
        if after.is_some_and(|j| matches!(kinds[j], Kind::Para)) {
            continue;
        }
        past = item.iter().max().map_or(past, |last| last + 1);
        for j in item {
            kinds[j] = Kind::Junk;
        }
    }
}

/// A video player in the text: "Click to play video: 'Workers vote for strike mandate'",
/// its length ("2:08"), its title again and perhaps a teaser cut off without a stop. None
/// of it is the article's (the title would pass for the headline, the teaser for the
/// text's first paragraph). Or a player that shows its title twice (the poster's and the
/// caption's), then its length: "FAA orders inspections ..." twice over "02:14".
pub(super) fn drop_video_players(lines: &[String], kinds: &mut [Kind]) {
    let shown = super::passes::shown_after;
    for i in 0..lines.len() {
        if let Some(again) = shown(kinds, i + 1)
            && matches!(kinds[i], Kind::Short)
            && lines[again] == lines[i]
            && let Some(length) = shown(kinds, again + 1)
            && super::when::bare_clock(&lines[length])
        {
            for j in [i, again, length] {
                kinds[j] = Kind::Junk;
            }
        }
    }
    for i in 0..lines.len() {
        let Some(title) = lines[i]
            .strip_prefix("Click to play video: ")
            .map(|t| t.trim().trim_matches(['\'', '‘', '’', '"', '“', '”']))
        else {
            continue;
        };
        let shown: Vec<usize> = (i + 1..lines.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .take(3)
            .collect();
        let mut player = vec![i];
        let mut rest = shown.iter().copied().peekable();
        if let Some(j) = rest.next_if(|&j| {
            super::debris::is_counter_line(&lines[j]) || super::when::bare_clock(&lines[j])
        }) {
            player.push(j);
        }
        if let Some(j) = rest.next_if(|&j| lines[j].trim() == title) {
            player.push(j);
            player.extend(rest.next_if(|&k| {
                matches!(kinds[k], Kind::Para | Kind::Short)
                    && lines::word_count(&lines[k]) >= TEASER_WORDS
                    && !lines::ends_sentence(&lines[k])
            }));
        }
        for j in player {
            kinds[j] = Kind::Junk;
        }
    }
}

/// A video box inside the text, its length labelled ("VIDEO02:47", then "02:47" again),
/// then the clip's title and the programme it is from ("Squawk Box"): neither heads a
/// story nor is the article's.
pub(super) fn drop_labelled_videos(lines: &[String], kinds: &mut [Kind]) {
    let labelled = |l: &str| {
        let l = l.trim();
        l.get(..5).is_some_and(|v| v.eq_ignore_ascii_case("video"))
            && super::when::bare_clock(l[5..].trim_start())
    };
    for i in 0..lines.len() {
        if !labelled(&lines[i]) {
            continue;
        }
        let shown: Vec<usize> = (i + 1..lines.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .skip_while(|&j| super::when::bare_clock(&lines[j]))
            .take(2)
            .collect();
        let Some(&title) = shown.first().filter(|&&j| matches!(kinds[j], Kind::Short)) else {
            continue;
        };
        let show = shown.get(1).copied().filter(|&j| {
            matches!(kinds[j], Kind::Short)
                && lines::word_count(&lines[j]) <= 4
                && !lines::ends_sentence(&lines[j])
        });
        kinds[i] = Kind::Junk;
        kinds[title] = Kind::Junk;
        if let Some(show) = show {
            kinds[show] = Kind::Junk;
        }
        for j in i + 1..title {
            if super::when::bare_clock(&lines[j]) {
                kinds[j] = Kind::Junk;
            }
        }
    }
}

/// A video box between the article's time and its text: "video" alone, the clip's title and
/// one sentence about it ("Analyst Dana Lowry discusses ... on 'Varney & Co.'"), the time
/// above with no paragraph since. Neither the title nor the sentence is the article's.
pub(super) fn drop_video_boxes(lines: &[String], kinds: &mut [Kind]) {
    for i in 1..lines.len() {
        if !(matches!(kinds[i], Kind::Junk) && lines[i].trim().eq_ignore_ascii_case("video")) {
            continue;
        }
        let timed_above = (0..i)
            .rev()
            .take(super::captions::HEADER_LINES)
            .take_while(|&j| !matches!(kinds[j], Kind::Para))
            .any(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()));
        let shown: Vec<usize> = (i + 1..lines.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .take(3)
            .collect();
        if let [title, about, after] = shown[..]
            && timed_above
            && matches!(kinds[title], Kind::Short)
            && matches!(kinds[about], Kind::Para)
            && lines::word_count(&lines[about]) <= TEASER_WORDS * 4
            // The player's furniture under it ("Listen to this article"), not more text.
            && matches!(kinds[after], Kind::Junk)
        {
            kinds[title] = Kind::Junk;
            kinds[about] = Kind::Junk;
        }
    }
}

/// The fewest words of a player's teaser under its title.
const TEASER_WORDS: usize = 8;

/// "Disclosure statement" over what the authors declare ("Helen Marsh receives funding
/// from ..."), "What readers are saying" over a machine's summary of the comments: the
/// heading and up to three paragraphs under it are no part of the text. So are a
/// journal's "References" under a news story (the paper it reports on), and "Partners"
/// over who funds the site, closed by "View all partners".
pub(super) fn drop_headed_asides(lines: &[String], kinds: &mut [Kind]) {
    const HEADINGS: &[&str] = &[
        "what readers are saying",
        "references",
        "bibliography",
        "disclosure statement",
        "disclosure",
        "disclosures",
        "conflict of interest",
        "conflicts of interest",
        "competing interests",
    ];
    for h in 0..lines.len() {
        let key = lines[h].to_lowercase();
        let key = key.trim_end_matches([':', ' ']);
        // "Partners" over "Lakeshore State University provides funding as a member of The
        // Conversation US." over "View all partners": the funders' box, closed by its link.
        let partners = key == "partners"
            && (h + 1..lines.len())
                .filter(|&j| !matches!(kinds[j], Kind::Blank))
                .nth(1)
                .is_some_and(|j| lines[j].to_lowercase().starts_with("view all partners"));
        if !HEADINGS.contains(&key) && !partners {
            continue;
        }
        kinds[h] = Kind::Junk;
        let declared = (h + 1..lines.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .take_while(|&j| matches!(kinds[j], Kind::Para))
            .take(3)
            .collect::<Vec<_>>();
        for j in declared {
            kinds[j] = Kind::Junk;
        }
    }
}

/// "Read a summary of this article on FAST." over "FAST": the button a link's line names
/// at its end, right under it, is interface as the line is.
pub(super) fn drop_buttons_named_above(lines: &[String], kinds: &mut [Kind]) {
    for i in 1..lines.len() {
        let button = lines[i].trim();
        let above = lines[i - 1].trim_end().trim_end_matches(['.', '!', ':']);
        if matches!(kinds[i], Kind::Short)
            && matches!(kinds[i - 1], Kind::Junk)
            && (1..=3).contains(&lines::word_count(button))
            && above.len() > button.len()
            && above.ends_with(button)
            && above[..above.len() - button.len()].ends_with(' ')
        {
            kinds[i] = Kind::Junk;
        }
    }
}

/// A review's credits box under its text: the work's title alone, in the quotes the
/// headline gives it ("‘Lanternfall’" under "‘Lanternfall’ Review: ..."), over labelled
/// paragraphs ("Production: ...", "Crew: ...", "With: ..."). None of it is the review.
pub(super) fn drop_review_credits(lines: &[String], kinds: &mut [Kind]) {
    let labelled = |l: &str| {
        l.split_once(": ").is_some_and(|(label, _)| {
            (1..=2).contains(&label.split_whitespace().count()) && lines::starts_upper(label)
        })
    };
    for t in 1..lines.len() {
        let title = lines[t].trim();
        let quoted = [('‘', '’'), ('“', '”'), ('"', '"'), ('\'', '\'')]
            .iter()
            .any(|&(open, close)| {
                title.chars().count() > 2 && title.starts_with(open) && title.ends_with(close)
            });
        if !matches!(kinds[t], Kind::Short) || !quoted {
            continue;
        }
        let box_end = (t + 1..lines.len())
            .find(|&j| !matches!(kinds[j], Kind::Para | Kind::Blank))
            .unwrap_or(lines.len());
        let paras: Vec<usize> = (t + 1..box_end)
            .filter(|&j| matches!(kinds[j], Kind::Para))
            .collect();
        let labels = paras.iter().filter(|&&j| labelled(&lines[j])).count();
        // (The headline is looked for last: few lines open such a box.)
        if labels >= 2
            && labels * 2 >= paras.len()
            && (0..t).any(|h| matches!(kinds[h], Kind::Short) && lines[h].trim().starts_with(title))
        {
            kinds[t] = Kind::Junk;
            paras.iter().for_each(|&j| kinds[j] = Kind::Junk);
        }
    }
}
