//! From drafts to articles: paragraphs cleaned of glued chrome, a body pasted twice in a
//! row cut to one copy, paragraphs seen earlier on the page dropped (the first copy stays),
//! and a title for an article whose headline was not found.

use super::ScrapedArticle;
use super::chrome::strip_trailing_chrome;
use super::lines::{self, Meta};
use super::when::When;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// The longest line that can be a title; longer ones give a title of their first words.
const MAX_TITLE_CHARS: usize = 200;
/// Words taken from the body for a title when no headline is known.
const FALLBACK_TITLE_WORDS: usize = 12;
/// The shortest block (in words) that counts as a repeated body.
const MIN_REPEAT_WORDS: usize = 8;
/// Word comparisons allowed per paragraph when looking for a repeat.
const REPEAT_BUDGET: usize = 2_000_000;

/// An article being put together.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    pub title: Option<String>,
    pub when: Option<When>,
    pub byline: Option<String>,
    pub source: Option<String>,
    pub paras: Vec<String>,
    /// The standfirst between the headline and the author or time: no part of the text.
    pub dek: Option<String>,
    /// `when` is a revision's time (see `Meta::revised`).
    pub revised: bool,
    /// `when` was read above the headline, where a paper prints today's date or its clock
    /// among its menus ("Monday, July 14, 2025" over "Today's Paper"): a time at the top
    /// of the text is the story's instead.
    pub when_above: bool,
}

/// The parts of a byline between its commas, ampersands and "and"s: "A, B & C and D" ->
/// A, B, C, D (each a name, or what a page wrote beside one).
pub(super) fn byline_parts(byline: &str) -> Vec<&str> {
    byline
        .split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

impl Draft {
    /// Take a byline under the headline that names the one held and more ("By Emeka Okafor
    /// & Ngozi Eze" under "... by Emeka Okafor"): it is the whole of it. One `above` the
    /// headline is a page's (a live page's authors over a post's).
    pub(crate) fn widen_byline(&mut self, meta: &Meta, above: bool) {
        if above {
            return;
        }
        if let (Some(held), Some(given)) = (self.byline.as_deref(), meta.byline.as_deref()) {
            let (held, all) = (byline_parts(held), byline_parts(given));
            if all.len() > held.len() && held.iter().all(|n| all.contains(n)) {
                self.byline = Some(given.to_string());
            }
        }
    }

    /// Take what a meta line states, keeping what the draft already has.
    pub(crate) fn fill(&mut self, meta: &Meta) {
        // A name and a day other than the story's, under its time ("Today's News in 90
        // Seconds - 14 July 2025" over a video): another item's, not the story's outlet.
        let other_day = meta.byline.is_none()
            && meta
                .when
                .and_then(When::day)
                .zip(self.when.and_then(When::day))
                .is_some_and(|(theirs, ours)| theirs != ours);
        // A time of day alone ("Mon 9:14 AM" on a post) gives way to a dated one.
        // A revision's time gives way to the publication's given beside it ("Updated Jul 12"
        // over "Published Jul 11").
        let (when, revised) = match (self.when, meta.when) {
            (Some(When::Vague), Some(dated)) => (Some(dated), meta.revised),
            // A day gives way to a time on that day ("Lunes, 14 de julio de 2025" over
            // "Hace 12 min"): the same date, told to the minute.
            (Some(When::Day(day)), Some(at @ When::Instant(_)))
                if at.day() == Some(day) && !meta.revised =>
            {
                (Some(at), false)
            }
            (Some(_), Some(given)) if self.revised && !meta.revised && given != When::Vague => {
                (Some(given), false)
            }
            (Some(held), _) => (Some(held), self.revised),
            (None, given) => (given, meta.revised),
        };
        self.when = when;
        self.revised = revised;
        if self.byline.is_none() {
            self.byline.clone_from(&meta.byline);
        }
        if self.source.is_none() && !other_day {
            self.source.clone_from(&meta.source);
        }
    }
}

/// The text of a standfirst without the section's kicker in capitals glued before it
/// ("SOCIAL La direction invoque ..."); `None` when it has none. A dateline keeps its
/// comma or dash ("KENFIELD, Ohio (AP) —") and stays.
fn without_kicker(p: &str) -> Option<&str> {
    let (kicker, rest) = p.split_once(' ')?;
    let next = rest.split_whitespace().next()?;
    (kicker.chars().count() >= 5
        && kicker.chars().all(char::is_uppercase)
        && lines::starts_upper(next)
        && next.chars().skip(1).any(char::is_lowercase)
        && lines::word_count(rest) >= 8)
        .then_some(rest)
}

/// Clean, de-duplicate and title the drafts; drafts left with no body of their own are
/// dropped.
pub(crate) fn finish(drafts: Vec<Draft>) -> Vec<ScrapedArticle> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut kept: HashSet<(String, String)> = HashSet::new();
    let mut out: Vec<ScrapedArticle> = Vec::new();
    for mut d in drafts {
        let had_body = !d.paras.is_empty() || d.dek.is_some();
        // The authors' names, without their desks ("Jane Doe Globe Staff and ...").
        let authors = d
            .byline
            .as_deref()
            .map(|b| super::names::names_with_desks(b).unwrap_or_else(|| b.to_string()));
        let mut paras: Vec<String> = Vec::new();
        let last = d.paras.len().saturating_sub(1);
        for (at, p) in d.paras.iter().enumerate() {
            let p = strip_trailing_chrome(&collapse_repeat(&strip_trailing_chrome(p)));
            let long = p.split_whitespace().count() >= 5;
            // An author box opens the text (after a standfirst, in a longer one) or
            // closes it ("John Smith is the challenger..." in the middle is the story's).
            // The site's own blurb may follow the author box at the end.
            let edge = at == 0 || at == last || (last >= 3 && (at == 1 || at + 1 == last));
            let author = authors
                .as_deref()
                .is_some_and(|b| super::author_notes::author_box(b, &p, edge));
            // (The standfirst again, a second copy's, is no paragraph either.)
            if p.is_empty()
                || d.title.as_deref() == Some(p.as_str())
                || d.dek.as_deref() == Some(p.as_str())
                || author
            {
                continue;
            }
            if long && !seen.insert(p.clone()) {
                continue;
            }
            paras.push(p);
        }
        super::pull_quotes::drop_pull_quotes(&mut paras);
        // A text ends in a sentence: short lines after its last one ("Housing", "NSW
        // Politics", "Sydney") are its tags, read as subheads over an author box that went.
        while paras.len() >= 3
            && paras.last().is_some_and(|p| {
                p.split_whitespace().count() <= 3
                    && p.chars().count() <= 40
                    && !p.ends_with([
                        '.', '!', '?', '"', '”', '’', ':', ')', '…', '。', '」', '）',
                    ])
            })
        {
            paras.pop();
        }
        // A standfirst with no text left under it is the text.
        if paras.is_empty() {
            paras.extend(d.dek.take());
        }
        if had_body && paras.is_empty() && d.title.is_some() {
            continue;
        }
        // The standfirst, unless the headline or the text's first paragraph repeats it.
        let mut dek = d
            .dek
            .take()
            .filter(|k| d.title.as_deref() != Some(k.as_str()) && paras.first() != Some(k));
        // The section's kicker opens the standfirst, or the text when there is none.
        let opening = match dek.as_mut() {
            Some(k) => Some(k),
            None => paras.first_mut(),
        };
        if d.title.is_some()
            && let Some(first) = opening
            && let Some(rest) = without_kicker(first)
        {
            *first = rest.to_owned();
        }
        let title = match d.title {
            Some(t) => t,
            None => take_title(&mut paras),
        };
        let title = super::lines::wire_tag(&title)
            .map(str::to_owned)
            .unwrap_or(title);
        // "Meta's AI bet tests Wall Street | Fortune": a tab's title names the outlet; a
        // column's names its author ("... like a secret | Whitcomb"), and stays whole.
        let columnist = |o: &str| d.byline.as_deref().is_some_and(|b| b.contains(o));
        // The outlet the title names: the site an aggregator's link leads to ("Headline
        // (example.com)"), over the aggregator's own masthead; or a browser tab's ("... |
        // Fortune") when nothing else names one.
        let named = super::aggregators::domain_after_headline(&title)
            .or_else(|| tab_title(&title).filter(|(_, o)| d.source.is_none() && !columnist(o)))
            .map(|(t, outlet)| (t.to_owned(), outlet.to_owned()));
        let (title, source) = match named {
            Some((t, outlet)) => (t, Some(outlet)),
            None => (title, d.source),
        };
        if paras.is_empty() {
            paras.push(title.clone());
        }
        let text = paras.join("\n\n");
        if !kept.insert((title.clone(), text.clone())) {
            continue;
        }
        let source = source.or_else(|| {
            paras
                .first()
                .and_then(|p| dateline_source(p))
                .map(str::to_owned)
        });
        let title = match &source {
            Some(s) => drop_outlet_suffix(&title, s).to_owned(),
            None => title,
        };
        let byline = d
            .byline
            .map(|b| super::placed_names::without_places_in_text(&b, &text).unwrap_or(b));
        out.push(ScrapedArticle {
            title,
            source,
            byline,
            published_at: d.when.and_then(When::render),
            dek,
            text,
        });
    }
    strip_list_numbers(&mut out);
    out
}

/// The last touches to each article's byline and outlet: the stop after a name, the
/// section after an outlet, and the outlet signing for itself.
pub(super) fn tidy_meta(articles: &mut [ScrapedArticle]) {
    for a in articles {
        drop_sign_off(a);
        // "Carmen Liu and Staff": the desk that helped names no one.
        if let Some(b) = &mut a.byline {
            *b = crate::clip::byline::without_desk_partner(b).to_string();
        }
        // "Marion Le Goff.", "Gwenaëlle LE CORRE.", "Marlena Oduya,": the stop or comma
        // after a name (not an initial's, "Jane Q.").
        if let Some(b) = &mut a.byline
            && let Some(name) = b.strip_suffix(['.', ','])
            && name.split_whitespace().last().is_some_and(|w| {
                (w.chars().count() > 1 && w.ends_with(char::is_lowercase))
                    || (w.chars().count() > 2 && w.chars().all(char::is_uppercase))
            })
        {
            *b = name.to_string();
        }
        // "ELSPETH MCKINNON and TOM HARLOW FOR MAILONLINE", "Jane Doe for The Ledger": the
        // paper the authors wrote it for is no author.
        if let Some(b) = &mut a.byline
            && let Some((names, _)) = super::names::names_for_paper(b)
        {
            *b = names.to_string();
        }
        if let Some(b) = &mut a.byline
            && let Some(names) = super::names::without_bracketed_post(b)
        {
            *b = names.to_string();
        }
        // "Quynh Nguyen, Hai Hien July 14, 2025": the day beside the names.
        if let Some(b) = &mut a.byline {
            let names = super::names::without_trailing_day(b);
            if names.len() < b.len() {
                *b = names.to_string();
            }
        }
        // "Marisa Delacroix Globe Staff and Tomás Whitfield Globe Correspondent": each
        // name with its desk.
        if let Some(b) = &mut a.byline
            && let Some(names) = super::names::names_with_desks(b)
        {
            *b = names;
        }
        // "MARGARET OYELARAN-FISK": a name in capitals, in the case of names.
        if let Some(b) = &mut a.byline
            && let Some(cased) = super::names::name_case(b)
        {
            *b = cased;
        }
        // "Kim Da-sol, Lee Hyun-woo": authors the page lists with commas are joined as
        // every other byline is, "Kim Da-sol and Lee Hyun-woo" (each a full name: "Doe,
        // Jane" is one person, surname first); so are "A, B, and C", with the serial comma.
        if let Some(b) = &mut a.byline
            && (!b.contains(" and ") || (b.contains(", and ") && b.matches(" and ").count() == 1))
            && b.contains(", ")
        {
            let names: Vec<&str> = b
                .split(", ")
                .map(|n| n.trim().strip_prefix("and ").unwrap_or(n.trim()))
                .collect();
            if names.len() <= 4
                && names
                    .iter()
                    .all(|n| n.split_whitespace().count() >= 2 && super::names::name_like(n))
            {
                *b = super::names::join_names(&names);
            }
        }
        if let Some(once) = a.byline.as_deref().and_then(super::names::named_twice) {
            a.byline = Some(once.to_string());
        }
        if let Some(s) = &mut a.source
            && let Some(outlet) = super::zone::outlet_and_section(s)
        {
            *s = outlet.to_string();
        }
        // "Our Kandy Corr.", "Our Correspondent": the paper's unnamed reporter is no author.
        if a.byline.as_deref().is_some_and(|b| {
            let b = b.trim_end_matches('.').to_lowercase();
            b.starts_with("our ") && (b.ends_with(" corr") || b.ends_with(" correspondent"))
        }) {
            a.byline = None;
        }
        // "Expansión. Madrid" over the time: the outlet signing for itself is no author.
        if let (Some(b), Some(s)) = (&a.byline, &a.source)
            && super::outlet_lines::signed_by_outlet(b, s)
        {
            a.byline = None;
        }
        // "Source: CNA/fz(ja)": the outlet, then its editors' initials.
        if let Some(s) = &mut a.source
            && let Some((outlet, initials)) = s.rsplit_once('/')
            && !initials.is_empty()
            && initials.len() <= 10
            && initials
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '(' || c == ')')
            && lines::outlet_shaped(outlet)
        {
            *s = outlet.to_string();
        }
        // "WIRED Staff", "Dawn Web Desk", "Saudi Gazette report": the outlet's desk, named
        // as the outlet.
        if let Some(s) = &mut a.source
            && let Some(outlet) = [
                " Staff Writers",
                " Staff",
                " Web Desk",
                " News Desk",
                " report",
            ]
            .iter()
            .find_map(|d| s.strip_suffix(d))
            && lines::outlet_shaped(outlet)
        {
            *s = outlet.to_string();
        }
        // "POLITICO": a wordmark in capitals, in the case of names.
        if let Some(s) = &mut a.source
            && let Some(cased) = super::wordmarks::outlet_case(s)
        {
            *s = cased;
        }
    }
}

/// "... then we will see them in court," he said. DM": the outlet's initials closing the
/// text (Daily Maverick's sign-off), or its name of one word ("TimesLIVE"), are no words
/// of it.
fn drop_sign_off(article: &mut ScrapedArticle) {
    let Some(source) = article.source.as_deref() else {
        return;
    };
    let Some((text, last)) = article.text.trim_end().rsplit_once(' ') else {
        return;
    };
    let closes = text.ends_with(['.', '!', '?', '"', '”', '’']);
    // ("... for further investigation. TimesLIVE": the outlet's name itself.)
    if closes
        && (last == source
            || last.chars().all(|c| c.is_ascii_uppercase())
                && super::masthead::spells_out(last, source))
    {
        article.text = text.to_string();
    }
}

/// Words that end a headline after a bar without naming an outlet ("... | Analysis").
const HEADLINE_LABELS: &[&str] = &[
    "analysis",
    "opinion",
    "explainer",
    "live",
    "video",
    "podcast",
    "review",
    "interview",
    "exclusive",
    "update",
    "updated",
    "breaking",
    "photos",
    "watch",
    "explained",
    "updates",
    "takeaways",
    "pictures",
];

/// "Meta's AI bet tests Wall Street's patience | Fortune" -> (the headline, "Fortune"): a
/// browser tab's title, a headline of four words or more and a name after the last bar.
fn tab_title(title: &str) -> Option<(&str, &str)> {
    let (head, outlet) = title.rsplit_once(" | ")?;
    let lower = outlet.to_lowercase();
    // "Live Updates", "Key Takeaways", "In Pictures": labels, not outlets.
    let label = lower
        .split_whitespace()
        .any(|w| HEADLINE_LABELS.contains(&w))
        || super::chrome::is_chrome(outlet);
    let named =
        super::lines::outlet_shaped(outlet) && outlet.split_whitespace().count() <= 4 && !label;
    (named && super::lines::word_count(head) >= super::zone::HEADLINE_WORDS)
        .then_some((head.trim(), outlet.trim()))
}

/// "Oil prices slip - Reuters" under "Reuters · 2 hours ago": aggregators close the
/// headline with the outlet's name, which is the source, not the headline.
fn drop_outlet_suffix<'a>(title: &'a str, source: &str) -> &'a str {
    [" - ", " – ", " — ", " | "]
        .iter()
        .find_map(|sep| {
            title
                .strip_suffix(source)
                .and_then(|t| t.strip_suffix(sep))
                .filter(|t| !t.trim().is_empty())
        })
        .unwrap_or(title)
}

/// The agency of a wire dateline opening a body: "WASHINGTON (AP) — ...", "KYIV, July 14
/// (Reuters) - ...", "PARIS (AFP) – ...", "July 14 (Reuters) - ..."; or the wire of a
/// press release ("... /PRNewswire/ -- ...").
fn dateline_source(para: &str) -> Option<&str> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:\p{Lu}[\p{Lu}.'-]+(?: \p{Lu}[\p{Lu}.'-]+){0,3}(?:, [^()]{1,30})?|\p{Lu}\p{Ll}+\.? \d{1,2}) \(([^()]{2,30})\) (?:--|[-–—]) ",
        )
        .expect("a valid pattern")
    });
    // A press release: "SAN JOSE, Calif., July 14, 2025 /PRNewswire/ -- ...", "...
    // 2025--(BUSINESS WIRE)--...": the wire that carried it.
    static RELEASE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\p{Lu}[^/()]{2,80}?(?: /(\p{Lu}[\w -]{1,30})/ ?--|--\((\p{Lu}[\w ]{1,30})\)--)",
        )
        .expect("a valid pattern")
    });
    if let Some(c) = RELEASE.captures(para) {
        return c.get(1).or_else(|| c.get(2)).map(|m| m.as_str());
    }
    let agency = DATELINE.captures(para)?.get(1)?.as_str();
    // "PHOENIX (AP) — ...": the wire signs with initials that stand for its name.
    let agency = match agency {
        "AP" => "Associated Press",
        "UPI" => "United Press International",
        other => other,
    };
    // "UN (United Nations) - ..." spells out a name; an agency reads as a publication.
    super::lines::looks_like_outlet(agency).then_some(agency)
}

/// "1. Oil prices slip", "2. Airline orders jets": when the headlines are numbered in
/// order (a digest, a ranked list), the numbers are the list's, not the headlines'. A
/// numbered headline or two keep their numbers ("2. Bundesliga club ...").
fn strip_list_numbers(articles: &mut [ScrapedArticle]) {
    let numbers: Vec<Option<(u32, usize)>> =
        articles.iter().map(|a| list_number(&a.title)).collect();
    let numbered: Vec<u32> = numbers.iter().flatten().map(|(n, _)| *n).collect();
    // Three or more, counting up by one: "1. FC Köln" and "2. Bundesliga" side by side
    // are names, not a list.
    if numbered.len() < 3 || numbered.windows(2).any(|w| w[1] != w[0] + 1) {
        return;
    }
    for (a, n) in articles.iter_mut().zip(numbers) {
        if let Some((_, at)) = n {
            a.title = a.title[at..].to_string();
        }
    }
}

/// The number of a list item's title ("12. Title", "3) Title") and where its text starts.
fn list_number(title: &str) -> Option<(u32, usize)> {
    let digits = title.bytes().take_while(u8::is_ascii_digit).count();
    let rest = title.get(digits..)?;
    let mark = rest.strip_prefix(['.', ')'])?;
    let text = mark.trim_start();
    let n = title.get(..digits)?.parse().ok()?;
    let opens = text.chars().next().is_some_and(|c| !c.is_lowercase());
    (digits <= 2 && text.len() < mark.len() && opens).then_some((n, title.len() - text.len()))
}

/// A title from the first paragraph: the paragraph itself when short (and then it leaves
/// the body unless it is the only one), else its first words.
fn take_title(paras: &mut Vec<String>) -> String {
    let Some(first) = paras.first() else {
        return "Untitled".to_string();
    };
    if first.chars().count() <= MAX_TITLE_CHARS {
        let t = first.clone();
        if paras.len() > 1 {
            paras.remove(0);
        }
        return t;
    }
    let words: Vec<&str> = first
        .split_whitespace()
        .take(FALLBACK_TITLE_WORDS + 1)
        .collect();
    let mut t = words
        .iter()
        .take(FALLBACK_TITLE_WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if words.len() > FALLBACK_TITLE_WORDS {
        t.push('…');
    }
    match t.char_indices().nth(MAX_TITLE_CHARS) {
        Some((cut, _)) => format!("{}…", &t[..cut]),
        None => t,
    }
}

/// "A B C A B C rest" -> "A B C rest": a run of at least eight words pasted again right
/// after itself (any number of times) is kept once. Looks for the repeat at the start of
/// the paragraph, where a re-pasted body begins.
pub(crate) fn collapse_repeat(para: &str) -> String {
    let words: Vec<&str> = para.split(' ').collect();
    let n = words.len();
    if n < 2 * MIN_REPEAT_WORDS {
        return para.to_string();
    }
    let mut budget = REPEAT_BUDGET;
    let period = (MIN_REPEAT_WORDS..=n / 2).find(|&p| {
        if words[p] != words[0] {
            return false;
        }
        let same = words[..p]
            .iter()
            .zip(&words[p..2 * p])
            .take_while(|(a, b)| a == b)
            .count();
        budget = budget.saturating_sub(same + 1);
        same == p || budget == 0
    });
    let Some(p) = period.filter(|_| budget > 0) else {
        return para.to_string();
    };
    let mut j = p;
    while j + p <= n && words[j..j + p] == words[..p] {
        j += p;
    }
    words[..p]
        .iter()
        .chain(&words[j..])
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_pasted_twice_is_kept_once() {
        let body = "One two three four five six seven eight nine ten.";
        let twice = format!("{body} {body} Join");
        assert_eq!(collapse_repeat(&twice), format!("{body} Join"));
        let thrice = format!("{body} {body} {body}");
        assert_eq!(collapse_repeat(&thrice), body);
        assert_eq!(collapse_repeat(body), body);
        let word_run = "a ".repeat(50_000);
        assert_eq!(collapse_repeat(word_run.trim()).split(' ').count(), 8);
    }

    #[test]
    fn short_repeats_are_prose() {
        let s = "Buffalo buffalo Buffalo buffalo buffalo buffalo Buffalo buffalo said the man.";
        assert_eq!(collapse_repeat(s), s);
    }
}
