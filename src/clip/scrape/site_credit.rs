//! Crediting the site as the stories' outlet once the page is cut: where no story names
//! one, the masthead (or the copyright line, or a name the page shows twice) is the outlet
//! of the site's own stories; a desk of the site ("Gulf News Report"), its initials as a
//! byline and a section of its menu ("Taiwan News") are the site itself. Moved out of
//! `masthead`, which finds the site's name.

use super::ScrapedArticle;
use super::lines;
use super::masthead::{named_twice, spells_out};
use super::zone::Page;

/// Credit the site, read from its masthead as `site`, where no article names its outlet:
/// every story of a section page of the site's own (none names another outlet), and the
/// one article of a page, whose copyright line names the outlet when no masthead does.
pub(super) fn credit_site(articles: &mut [ScrapedArticle], site: Option<&str>, page: &Page) {
    // "Maddie Quill for NPR", a photographer's credit the page repeats under its pictures:
    // the outlet is the one named after "for", never the person.
    for a in articles.iter_mut() {
        if let Some((_, paper)) = a.source.as_deref().and_then(super::names::names_for_paper) {
            a.source = Some(paper.to_string());
        }
    }
    // "Gulf News Report" under the masthead "Gulf News": the site's desk signs for it. So
    // do its initials as the byline ("By JT" under "The Jordan Times"). A story's outlet
    // that is an entry of the site's own menu ("Taiwan News" under the masthead "Taipei
    // Times"), or one with "News" after it ("Northern Ireland News" under "The Irish
    // News", "Northern Ireland" in its menu), is its section.
    if let Some(name) = site {
        for a in articles.iter_mut() {
            let section = |s: &str| {
                page.in_menu(s) || s.strip_suffix(" News").is_some_and(|e| page.in_menu(e))
            };
            if a.source
                .as_deref()
                .is_some_and(|s| desk_of(s, name) || section(s))
            {
                a.source = Some(name.to_string());
            }
            if a.byline.as_deref().is_some_and(|b| {
                b.len() >= 2 && b.chars().all(|c| c.is_ascii_uppercase()) && spells_out(b, name)
            }) {
                a.byline = None;
                a.source.get_or_insert_with(|| name.to_string());
            }
        }
    }
    // Where no masthead names the site and no story names its outlet, the copyright line
    // names it ("Copyright @ 2025. Firstpost - All Rights Reserved" under two stories). Where
    // most name none, a name the page shows twice does ("Namibian Sun" in the bar of its
    // group's papers and again under it, over briefs, one credited to a wire).
    let unnamed = articles.iter().filter(|a| a.source.is_none()).count();
    let site = site.or_else(|| {
        if articles.len() < 2 {
            None
        } else if unnamed == articles.len() {
            super::copyright::outlet_named(page.lines)
        } else if unnamed * 2 > articles.len() {
            named_twice(page)
        } else {
            None
        }
    });
    // A section page of the site's own stories (fewer than half name another outlet: a
    // wire's story among the staff's) is the masthead's, every story that names none.
    let others = articles
        .iter()
        .filter(|a| a.source.as_deref().is_some_and(|s| Some(s) != site))
        .count();
    if articles.len() > 1
        && let Some(name) = site
        && others * 2 < articles.len()
    {
        for a in articles.iter_mut().filter(|a| a.source.is_none()) {
            a.source = Some(name.to_string());
        }
    }
    if let [only] = articles {
        // A page of one article is the outlet's own: its masthead names it, or its
        // copyright line does.
        if only.source.is_none() {
            // The masthead first: a copyright line often names the owner instead
            // ("Dow Jones & Company" under "The Wall Street Journal").
            only.source = site
                .filter(|m| *m != only.title)
                .or_else(|| named_twice(page))
                .or_else(|| super::copyright::outlet_named(page.lines))
                .or_else(|| only.byline.as_deref().and_then(|b| authors_paper(page, b)))
                .or_else(|| footer_name(page))
                .map(str::to_owned);
        }
    }
    // (Each outlet's name is looked for once: a reader's page lists hundreds of stories.)
    let mut with_article: std::collections::HashMap<String, bool> = Default::default();
    for a in articles.iter_mut() {
        // "Welcome to Euronews", "Bienvenido a EL MUNDO": a greeting over the menus, in the
        // outlet's name.
        if let Some(s) = &mut a.source
            && let Some(name) = [
                "Welcome to ",
                "Bienvenido a ",
                "Bienvenue sur ",
                "Willkommen bei ",
            ]
            .iter()
            .find_map(|w| s.strip_prefix(w))
            && lines::outlet_shaped(name)
        {
            *s = super::wordmarks::outlet_case(name).unwrap_or_else(|| name.to_string());
        }
        // "Independent" in the masthead, "told The Independent" in the text: the name as
        // the text writes it, with its article.
        if let Some(s) = &a.source
            && !s.starts_with("The ")
            && *with_article
                .entry(s.clone())
                .or_insert_with(|| said_with_article(page.lines, s))
        {
            a.source = Some(format!("The {s}"));
        }
    }
}

/// Whether two lines or more name `outlet` with "The" before it, alone or inside the line
/// and before a stop or a comma ("... updates from The Independent. Read our ...", "..., Mr
/// Ellery told The Independent."); not inside a longer name ("Download The Mint News
/// App", "The Philippine Daily Inquirer & other titles").
fn said_with_article(lines: &[String], outlet: &str) -> bool {
    let named = format!(" The {outlet}");
    lines
        .iter()
        .filter(|l| {
            // Or alone on its line, as an author's box gives it ("The Sacramento Bee").
            l.trim() == &named[1..]
                || l.match_indices(&named).any(|(at, _)| {
                    l[at + named.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| ".,;:!?’”\"')".contains(c))
                })
        })
        .take(2)
        .count()
        == 2
}

/// The paper under the author's name in the author's box at the foot ("Daniela
/// Ortega-Reyes" / "Miami Herald" / "Daniela Ortega-Reyes covers ..."): a line that is the
/// byline, then, past blank lines, a short name shaped like a publication's.
fn authors_paper<'p>(page: &Page<'p>, byline: &str) -> Option<&'p str> {
    let shown = |i: usize| {
        (i..page.lines.len()).find(|&j| !matches!(page.kinds[j], super::lines::Kind::Blank))
    };
    (0..page.lines.len())
        .filter(|&i| page.lines[i].trim() == byline)
        .find_map(|i| {
            let paper = page.lines[shown(i + 1)?].trim();
            // ("Jordan Vale" / "Senior TV Reporter": the author's job.)
            (lines::looks_like_outlet(paper) && !super::names::job_title(paper)).then_some(paper)
        })
}

/// The site's name heading its footer's links ("The Hindu" over "About Us"), which the
/// page names again elsewhere ("... a registered user of The Hindu ...").
fn footer_name<'p>(page: &Page<'p>) -> Option<&'p str> {
    let lines = page.lines;
    (0..lines.len().saturating_sub(1)).find_map(|i| {
        let name = lines[i].trim();
        let about = lines[i + 1].trim();
        (["about us", "about"]
            .iter()
            .any(|a| about.eq_ignore_ascii_case(a))
            && lines::looks_like_outlet(name)
            && lines.iter().filter(|l| l.contains(name)).take(2).count() == 2)
            .then_some(name)
    })
}

/// "Gulf News Report", "Dawn Staff", "Tribune News Service" for the site "Gulf News",
/// "DAWN", "The Tribune": the site's name (without its "The"), then a word for a desk.
fn desk_of(source: &str, site: &str) -> bool {
    let bare = site.strip_prefix("The ").unwrap_or(site);
    desk_of_name(source, site) || (bare != site && desk_of_name(source, bare))
}

/// `desk_of` for one spelling of the site's name.
fn desk_of_name(source: &str, site: &str) -> bool {
    const DESKS: &[&str] = &[
        "Report",
        "Staff",
        "Desk",
        "Bureau",
        "Team",
        "Web Desk",
        "News Desk",
        "News Service",
    ];
    source
        .get(..site.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(site))
        && source[site.len()..]
            .strip_prefix(' ')
            .is_some_and(|desk| DESKS.contains(&desk))
}
