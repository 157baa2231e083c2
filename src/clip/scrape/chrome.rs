//! Site chrome and debris: the words news sites put around articles ("Comments",
//! "Related Articles", "Join our WhatsApp Channel", "12 shares", "5 min read") and the
//! leftovers of images and links (`&w=3840&q=100)`, `photo.jpg`, a lone `)`).
//!
//! The lists are generic UI words common to news sites, not the words of any one page.
//! The headings of lists, paid items and topics are `headings`'.

use super::chrome_words::*;
use super::debris::{is_counter, is_counter_line};
use super::glued_buttons::glued_buttons;
use super::label_words::AUTHOR_BOX_HEADINGS;
use super::pitch_words::{PITCH_PHRASES, PITCH_WORDS};

/// The heading of an author's box ("About the author", "Sobre la firma").
pub(crate) fn author_box_heading(line: &str) -> bool {
    let key = line.to_lowercase();
    AUTHOR_BOX_HEADINGS.contains(&key.trim_end_matches([':', ' ']))
}

/// A skip link, the first line of many pages: "Skip to content", "Aller au contenu
/// principal", "Zum Inhalt springen", "Ir al contenido principal".
pub(crate) fn skip_link(line: &str) -> bool {
    let lower = line.to_lowercase();
    // "Zu weiteren Angeboten der DW springen": German skip links end with the verb.
    if ["zu ", "zum ", "zur "].iter().any(|p| lower.starts_with(p))
        && lower.ends_with(" springen")
        && lower.split_whitespace().count() <= 7
    {
        return true;
    }
    SKIP_LINKS.iter().any(|p| lower.starts_with(p))
}

/// True for a line that is interface, not content.
pub(crate) fn is_chrome(line: &str) -> bool {
    let lower = line.to_lowercase();
    let lead = lower.trim_start_matches(['•', '·', '|', '>', '›', '»', '-', '–', '—', '+', ' ']);
    // A form's "Email*" marks its required field with a star.
    let key = lead.trim_end_matches(['.', ':', '…', '›', '»', '>', '|', '!', ' ', '→', '*']);
    if key.is_empty()
        || CHROME.contains(&key)
        || (skip_link(key) && key.split_whitespace().count() <= 5)
    {
        return true;
    }
    // "BookmarkComments": buttons whose words the paste glued together; a note on a voice.
    if glued_buttons(line.trim()) || consent_buttons(key) || machine_voice(key) {
        return true;
    }
    // "A- A+", "A A A": a text size's buttons.
    if key.split_whitespace().count() >= 2
        && key
            .split_whitespace()
            .all(|t| ["a-", "a+", "a", "-a", "+a"].contains(&t))
    {
        return true;
    }
    // "Search TribLIVE": the search box's label, naming the site in one word.
    if let Some(site) = line.trim().strip_prefix("Search ")
        && !site.contains(' ')
        && site.chars().skip(1).any(char::is_uppercase)
    {
        return true;
    }
    // A search box's placeholder, a list's button, a markets page's notice on its data.
    if super::chrome_shapes::interface_line(key) {
        return true;
    }
    // "Listen In English", "Listen In Arabic": an audio player's languages.
    if key
        .strip_prefix("listen in ")
        .is_some_and(|language| language.split_whitespace().count() == 1)
    {
        return true;
    }
    // "Home / Markets / Stocks", "News › World › Technology": a breadcrumb.
    // "1.0x", "1.5x": a player's speed.
    if key.len() <= 5
        && key
            .strip_suffix('x')
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'))
    {
        return true;
    }
    // "T+", "F+": a paywall's badge.
    if (2..=4).contains(&key.len())
        && key.ends_with('+')
        && line
            .trim()
            .chars()
            .rev()
            .skip(1)
            .all(|c| c.is_ascii_uppercase())
    {
        return true;
    }
    // "Lectura de 4 minutos", "Leitura: 3 min": a reading time in other languages; "Time
    // to read 3 min".
    if let [first, .., n, unit] = key.split_whitespace().collect::<Vec<_>>().as_slice()
        && key.split_whitespace().count() <= 5
        && [
            "lectura", "leitura", "leitura:", "lecture", "lettura", "lesezeit", "time",
        ]
        .contains(first)
        && n.bytes().all(|b| b.is_ascii_digit())
        && ["minutos", "minuto", "min", "minutes", "minuten", "minuti"].contains(unit)
    {
        return true;
    }
    // "Larger text size", "Normal font size": a text-size control's buttons.
    if (key.ends_with("text size") || key.ends_with("font size"))
        && key.split_whitespace().count() <= 4
    {
        return true;
    }
    // "Add ST as a preferred source on Google", "Add Yahoo as a preferred source to see more
    // of our stories on Google": Google's button, with the site's name in it.
    // "Follow ZDNET: Add us as a preferred source on Google." too, and "Add The Citizen as
    // a Preferred Source on Google and follow us on Google News to see more of ...".
    if (key.starts_with("add ") || key.contains("add us as a preferred source"))
        && key.contains(" as a preferred source")
        && key.split_whitespace().count() <= 30
    {
        return true;
    }
    // "1 of 3 |" (the bar trimmed off `key`): a gallery's counter over its caption.
    if let Some((n, total)) = key.split_once(" of ")
        && [n, total]
            .iter()
            .all(|s| (1..=3).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit()))
    {
        return true;
    }
    // "Published in The Express Tribune, July 15th, 2025.": the print edition's note.
    if key.starts_with("published in ")
        && key.split_whitespace().count() <= 12
        && key
            .split(|c: char| !c.is_ascii_digit())
            .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
    {
        return true;
    }
    // "This article appears in the August 2025 print edition with the headline ...", "A
    // version of this article appears in print on ...": the print edition's note.
    if (key.starts_with("this article appears in ")
        || key.starts_with("this story appears in ")
        || key.starts_with("a version of this article appears in print"))
        && key.contains(" print")
        && key.split_whitespace().count() <= 30
    {
        return true;
    }
    // "Find Renata Solis on LinkedIn and X. Visit Renata's website.": the author's links.
    if key.starts_with("find ")
        && [" on linkedin", " on x", " on twitter", " on instagram"]
            .iter()
            .any(|n| key.contains(n))
        && key.split_whitespace().count() <= 16
    {
        return true;
    }
    // "KEEP READING →", "MIAMI HERALD APP ➔": a button with its arrow.
    if line.trim_end().ends_with(['→', '➔', '➜', '⟶']) && key.split_whitespace().count() <= 5
    {
        return true;
    }
    // "Powered by Speechify", "Powered by automated translation": a widget's maker.
    if key.starts_with("powered by ") && key.split_whitespace().count() <= 4 {
        return true;
    }
    // "Newsweek Is A Trust Project Member": the Trust Project's badge.
    if key.contains("trust project") && key.split_whitespace().count() <= 8 {
        return true;
    }
    // "Down Arrow Button Icon": an icon's description.
    if key.ends_with(" icon") && key.split_whitespace().count() <= 5 {
        return true;
    }
    // "BUSINESS / CORPORATE BUSINESS": two sections in capitals.
    let sections_in_capitals = line.contains(" / ")
        && line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_lowercase)
        && line.split_whitespace().count() <= 6;
    // "Home/ Companies/ News/ Veda Lifesciences to buy ...": the path ends in the headline.
    let path_to_headline = ["home/ ", "home / ", "home > ", "home › ", "business news/ "]
        .iter()
        .any(|h| key.starts_with(h))
        && key.matches(['/', '>', '›']).count() >= 2
        // "Business News›News›Economy›Policy›Centre mulls ...": sections glued by '›'.
        || key.matches('›').count() >= 3;
    if super::section_labels::is_breadcrumb(key) || sections_in_capitals || path_to_headline {
        return true;
    }
    // "Also Read | Sensex ends higher", "Read more - ...": a link to another story,
    // however long its headline.
    let link_lead = LINK_LEADS.iter().find_map(|p| lead.strip_prefix(p));
    if link_lead.is_some_and(|rest| {
        rest.trim_start()
            .starts_with(['|', '-', '–', '—', '>', '»', ':'])
    }) {
        return true;
    }
    // A gallery's "[1/2]Caption ..." and a video player's "VIDEO2:3102:31".
    if GALLERY_OR_VIDEO.is_match(lead) {
        return true;
    }
    let words = key.split_whitespace().count();
    // "Artikel zum Hören • 6 Min", "Listen | 5 min": interface words beside a counter.
    if key.contains(['•', '|', '·']) && words <= 8 {
        let pieces: Vec<&str> = key
            .split(['•', '|', '·'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let chrome_piece =
            |p: &str| CHROME.contains(&p) || is_counter_line(p) || p.ends_with(" min");
        if pieces.len() >= 2 && pieces.iter().all(|p| chrome_piece(p)) {
            return true;
        }
    }
    // A newsletter box's title ("Stay informed with free updates", "Unlock the Editor's
    // Digest for free") and a search box's ("Search the FT").
    if ["stay informed", "stay up to date", "stay in the know"]
        .iter()
        .any(|p| key.starts_with(p))
        && words <= 8
        || (key.starts_with("unlock ") && key.ends_with(" for free"))
        || (key.starts_with("search the ") && words <= 4)
    {
        return true;
    }
    // The menu's buttons: "Hamburger Navigation Button", "Navigation Drawer", "Open
    // navigation"; the logo's link: "The homepage", "Go to homepage".
    if (key.contains("navigation") && words <= 4)
        || [
            "homepage",
            "the homepage",
            "go to homepage",
            "back to homepage",
        ]
        .contains(&key)
    {
        return true;
    }
    // The owner's name in the footer: "Unidad Editorial Información General S.L.U.".
    let company_form = [
        "s.l.u.", "s.l.", "s.a.", "s.p.a.", "s.p.a", "gmbh", "ltd.", "llc", "llc.", "plc", "b.v.",
        "n.v.", "s.a.s.", "s.r.l.", "k.k.",
    ];
    if words <= 6
        && lower
            .split_whitespace()
            .last()
            .is_some_and(|w| company_form.contains(&w))
    {
        return true;
    }
    // "Ver 12 comentarios", "View 34 comments": a link to the comments with their count.
    if let [verb, n, noun] = key.split_whitespace().collect::<Vec<_>>().as_slice()
        && [
            "ver", "view", "see", "show", "voir", "vedi", "zobacz", "visa", "se",
        ]
        .contains(verb)
        && n.chars().all(|c| c.is_ascii_digit())
        && super::comments::COMMENT_NOUNS.contains(noun)
    {
        return true;
    }
    // "Hello, Login", "Hello, Sign in": the account menu's greeting.
    if key.starts_with("hello, ") && words <= 3 {
        return true;
    }
    // "Log-inor Sign-Up", "Sign in / Register": the account buttons, glued or not.
    let squashed: String = key.chars().filter(|c| c.is_alphanumeric()).collect();
    if words <= 4
        && ["login", "signin", "signup"]
            .iter()
            .any(|b| squashed.contains(b))
    {
        return true;
    }
    // "Add to your selections", "Add to reading list": a reading list's button.
    if key.starts_with("add to ") && words <= 4 {
        return true;
    }
    // "Add CBS News on Google": a button naming the site as a preferred source.
    if key.starts_with("add ") && key.ends_with(" on google") && words <= 6 {
        return true;
    }
    // "Become an NPR sponsor", "Become a member": a call to pay, not a headline.
    if (key.starts_with("become a ") || key.starts_with("become an "))
        && words <= 5
        && key.split_whitespace().last().is_some_and(|w| {
            [
                "sponsor",
                "member",
                "subscriber",
                "supporter",
                "patron",
                "donor",
            ]
            .contains(&w.trim_end_matches(['.', '!']))
        })
    {
        return true;
    }
    // A logo's description: "The Verge logo.", "Logo of El País".
    if (key.ends_with(" logo") || key.starts_with("logo of ")) && words <= 5 {
        return true;
    }
    // A masthead's weather strip: "Monday, Jul 14th 2025 9PM 19°C 12AM 16°C 5-Day
    // Forecast" (two temperatures: a headline gives one, "Spain swelters at 44°C").
    if WEATHER.find_iter(key).take(2).count() == 2 && words <= 14 {
        return true;
    }
    let words: Vec<&str> = key.split_whitespace().collect();
    // A newsletter box's pitch ("Get the best of our reporting in your inbox every
    // week."), a paywall's, an affiliate notice, a syndication notice.
    // "Siga toda la información de Economía en Facebook y X, o en nuestra newsletter
    // semanal", "Follow us for more: sign up to our newsletter": a call to follow.
    // "Follow Dawn Business on X, LinkedIn, Instagram and Facebook for insights on ...":
    // a call to follow that names the networks.
    let networks = words
        .iter()
        .filter(|w| SOCIAL_NETWORKS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        .count();
    // "Facebook Share", "Email Share": a share button with its network's name.
    if let [network, "share"] = words[..]
        && (SOCIAL_NETWORKS.contains(&network) || ["email", "e-mail", "mail"].contains(&network))
    {
        return true;
    }
    // "Follow us on our official WhatsApp channel for breaking news alerts": one
    // network's channel.
    let follow = (key.contains("newsletter")
        || networks >= 2
        || (networks == 1 && key.contains(" channel")))
        && FOLLOW_CALLS.iter().any(|c| key.starts_with(c));
    // "Catch all the Corporate news ... Download The Mint News App to get ...": a call to
    // install the site's app.
    let app = key.contains("download the ") && key.contains(" app");
    // "Get your news from a source that's not owned by oligarchs. Sign up for the Daily
    // newsletter.": a newsletter's pitch, whatever comes before its call.
    let sign_up = key.contains("sign up for ") && key.contains("newsletter");
    let subscribe = super::pitch_words::pitch_call(key);
    let phrases = PITCH_PHRASES.iter().filter(|p| key.contains(*p)).count();
    let pitch = follow || app || sign_up || subscribe || phrases > 0;
    if pitch && words.len() <= PITCH_WORDS {
        return true;
    }
    // A longer blurb that pitches twice ("You're reading 9to5Mac — ... follow 9to5Mac on
    // Twitter ... subscribe to our YouTube channel").
    let follows_anywhere = networks >= 2 && key.contains("follow ");
    if usize::from(follow || follows_anywhere) + usize::from(app) + usize::from(sign_up) + phrases
        >= 2
        && words.len() <= 2 * PITCH_WORDS
    {
        return true;
    }
    // A consent banner ("We and our partners use cookies ... You can accept all cookies
    // or manage your preferences.", "Vos choix concernant les cookies").
    // "Cookie" in the languages that do not borrow it: Finnish, Swedish, Polish, Norwegian.
    let cookie = [
        "cookie",
        "eväste",
        "kakor",
        "ciasteczk",
        "informasjonskapsl",
    ]
    .iter()
    .any(|c| key.contains(c));
    if cookie
        && (words.len() <= 8
            || (words.len() <= PITCH_WORDS * 2 && COOKIE_WORDS.iter().any(|w| key.contains(w))))
    {
        return true;
    }
    // "Copyright 2025 The Daily Ledger. All rights reserved. The Ledger is not
    // responsible for the content of external sites.": however long.
    // "The Korea Herald by Herald Corporation. Copyright Herald Corporation. All Rights
    // Reserved.": the notice anywhere in a short line (`rights_notice`).
    let long_notice = ["©", "copyright "].iter().any(|p| lead.starts_with(p))
        && RIGHTS_RESERVED.iter().any(|r| key.contains(r));
    if long_notice || super::copyright::rights_notice(line) {
        return true;
    }
    // "This copy is for your personal, non-commercial use only. ... contact Dow Jones
    // Reprints ...": a reprint notice over the page, however long.
    // "Comments will be moderated. Keep comments relevant to the article. ...": a comment
    // section's rules, however long.
    let comment_rules = ["comments will be moderated", "keep comments relevant"]
        .iter()
        .any(|r| key.contains(r));
    if (key.starts_with("this copy is for your personal") || comment_rules)
        && words.len() <= PITCH_WORDS * 2
    {
        return true;
    }
    // "Source: The Straits Times © SPH Media Limited.": a copyright sign anywhere in a
    // short line.
    if key.contains('©') && words.len() <= 30 {
        return true;
    }
    // "Join our WhatsApp Channel", "Join ST's Telegram channel and get the latest
    // breaking news delivered to you."
    // "Únete a nuestro canal de WhatsApp", "Rejoignez notre chaîne WhatsApp": the same.
    let join_channel = [
        "join ",
        "únete a ",
        "unete a ",
        "súmate a ",
        "rejoignez ",
        "entre no ",
        "entre em ",
        "unisciti al ",
    ]
    .iter()
    .any(|j| key.starts_with(j))
        && words.len() <= 20
        && [
            "channel",
            "canal",
            "chaîne",
            "community",
            "group",
            "newsletter",
            "whatsapp",
            "telegram",
        ]
        .iter()
        .any(|w| key.contains(w));
    if join_channel {
        return true;
    }
    // "Topics : lithium-ion batteries | PLI scheme | ...": a page's topic links; "WEATHER
    // ALERT: ...": a local station's banner.
    if words.len() <= PITCH_WORDS
        && [
            "topics :",
            "topics:",
            "topic:",
            "topic :",
            "tags:",
            "tags :",
            "argomenti:",
            "themen:",
            "sujets :",
            "sujets:",
            "temas:",
            "weather alert:",
            "traffic alert:",
            "amber alert:",
        ]
        .iter()
        .any(|p| lead.starts_with(p))
    {
        return true;
    }
    // A wire's credits under the text, however many names: "Reporting by Anneke Verhoef in
    // Amsterdam and Joost de Graaf in Veldhoven; Editing by Tomas Barrow".
    if words.len() <= PITCH_WORDS
        && [
            "reporting by ",
            "additional reporting by ",
            "writing by ",
            "editing by ",
            "compiled by ",
            // A translated story's translator ("Translated by Daniel Hollis.").
            "translated by ",
        ]
        .iter()
        .any(|p| lead.starts_with(p))
        && lead.contains(" by ")
        && (lead.contains("editing by") || lead.contains(';') || words.len() <= 12)
    {
        return true;
    }
    // "EL MUNDO y nuestros socios tratamos datos personales ...": a consent banner that
    // names the site before its partners, however long.
    let partners = [
        "and our partners",
        "y nuestros socios",
        "et nos partenaires",
        "und unsere partner",
        "e i nostri partner",
    ]
    .iter()
    .filter_map(|p| lead.find(p))
    .any(|at| at <= CONSENT_NAME_CHARS);
    let data = [
        "personal data",
        "datos personales",
        "données personnelles",
        "personenbezogene",
        "dati personali",
    ]
    .iter()
    .any(|d| lead.contains(d));
    if partners && data {
        return true;
    }
    // A copyright notice, a disclaimer, a disclosure of the paper's funders or a consent
    // banner's notice, however long its small print.
    if [
        "©",
        "copyright ©",
        "copyright (c)",
        "disclaimer:",
        "disclosure:",
    ]
    .iter()
    .chain(CONSENT_OPENINGS)
    .any(|p| lead.starts_with(p))
    {
        return true;
    }
    // "Contact Jordan Mayfield at jm@paper.example or follow him on X", "Reach reporter
    // Lena Hoskie at lena@paper.example or 602-444-8812. Follow her on X @lenahoskie.": how
    // to reach the reporter; "Send your news stories to newsroom@...": or the newsroom.
    // (Or a phone number, "Reach Caroline Pettigrew at 843-937-5540.")
    let phone = |w: &str| {
        let w = w.trim_end_matches(['.', ',']);
        w.chars().filter(char::is_ascii_digit).count() >= 10
            && w.chars().all(|c| c.is_ascii_digit() || "-.()".contains(c))
    };
    let address = words
        .iter()
        .any(|w| (w.contains('@') && w.contains('.')) || phone(w));
    if address
        && words.len() <= CONTACT_WORDS
        && ["contact ", "reach ", "email ", "e-mail ", "send your "]
            .iter()
            .any(|p| lead.starts_with(p))
    {
        return true;
    }
    if words.len() > 12 {
        return false;
    }
    if CHROME_PREFIXES.iter().any(|p| lead.starts_with(p)) {
        return true;
    }
    // ("4-MIN READ", "5 min. read": the reading time hyphened or with its unit cut short,
    // read again only when the line has one.)
    is_counter(&words)
        || ((key.contains("-min ") || key.contains(" min. ")) && is_counter_line(key))
}

/// The most words of a line on how to reach the reporter.
const CONTACT_WORDS: usize = 30;

/// Cut interface phrases glued to the end of a paragraph ("... stand out. Join our
/// WhatsApp Channel"), repeatedly.
pub(crate) fn strip_trailing_chrome(para: &str) -> String {
    let mut out = para.trim_end().to_string();
    // "... seen by TechCrunch. © 2025 TechCrunch. All rights reserved. For personal use
    // only.": a feed's notice reserving the rights, however many sentences it runs to.
    if let Some(at) = out.rfind(" © ")
        && out[..at]
            .trim_end()
            .ends_with(['.', '!', '?', '"', '\u{201d}'])
        && super::copyright::rights_notice(&out[at..])
    {
        out.truncate(at);
    }
    loop {
        let cut = out
            .rmatch_indices(['.', '!', '?', '"', '\u{201d}', '…'])
            .map(|(i, m)| i + m.len())
            .find(|end| out[*end..].starts_with(' '));
        let Some(end) = cut else { break };
        let tail = out[end..].trim();
        // "... results on Aug. 21.": a number after an abbreviation ends the sentence.
        let number = tail
            .trim_end_matches(['.', ')'])
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',');
        if tail.is_empty() || number || tail.split_whitespace().count() > 8 || !is_chrome(tail) {
            break;
        }
        out.truncate(end);
    }
    out
}

#[cfg(test)]
#[path = "chrome_tests.rs"]
mod tests;

/// The longest site's name before "and our partners" in a consent banner.
const CONSENT_NAME_CHARS: usize = 40;
