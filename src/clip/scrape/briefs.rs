//! A page of briefs: one header ("Hawaii News Briefs", its byline and its time) over
//! several short stories, each under its own headline and with no header of its own. Each
//! brief is an article, with the page's time, outlet and byline.

use super::body::Draft;
use super::lines::{self, Kind};
use super::zone::{HEADLINE_WORDS, Page};

/// The fewest briefs that make a page of them.
const FEWEST_BRIEFS: usize = 3;
/// The longest name of a page of briefs ("News in Brief", "Hawaii News Briefs"): it names
/// the page, not one story, and the briefs' headlines are longer.
pub(super) const PAGE_NAME_WORDS: usize = 4;
/// The shortest headline of a brief; a subhead inside a story is often shorter ("What
/// happens next").
const BRIEF_HEADLINE_WORDS: usize = HEADLINE_WORDS + 1;
/// The most paragraphs a brief runs to; a story's sections under subheads run longer.
const BRIEF_PARAGRAPHS: usize = 6;

/// Split each draft that is a page of briefs into its briefs (see `briefs`).
pub(super) fn split_briefs(page: &Page, drafts: Vec<Draft>) -> Vec<Draft> {
    let mut out = Vec::with_capacity(drafts.len());
    for d in drafts {
        match briefs(page, &d) {
            Some(briefs) => out.extend(briefs),
            None => out.push(d),
        }
    }
    out
}

/// The briefs of `d`, when it is a page of them: three headlines or more, each over a few
/// paragraphs of its own, under the page's short name. Either the draft is titled by the
/// name and its text opens with the first brief's headline, or the draft is titled by the
/// first brief's headline, which stands under the page's header (its name, then its
/// byline and time). A story's headline stands over its header, and its subheads come
/// after its first paragraphs.
fn briefs(page: &Page, d: &Draft) -> Option<Vec<Draft>> {
    let title = d.title.as_deref()?;
    let named = lines::word_count(title) <= PAGE_NAME_WORDS;
    let headline = |p: &str| {
        lines::word_count(p) >= BRIEF_HEADLINE_WORDS
            && !p.ends_with(['.', '!', '?', ':', ','])
            && lines::starts_upper(p)
            && page.shorts.contains(p)
    };
    let mut heads: Vec<usize> = (0..d.paras.len())
        .filter(|&i| headline(&d.paras[i]))
        .collect();
    // The first brief's headline is the draft's title (and its text opens the draft's).
    let first_titles = !named && headline(title) && under_page_header(page, title);
    if named != (heads.first() == Some(&0)) {
        return None;
    }
    // Where each brief's headline is among the paragraphs; `None` for the title.
    let starts: Vec<Option<usize>> = if first_titles {
        std::iter::once(None)
            .chain(heads.drain(..).map(Some))
            .collect()
    } else if named {
        heads.drain(..).map(Some).collect()
    } else {
        return None;
    };
    if starts.len() < FEWEST_BRIEFS {
        return None;
    }
    let text_of = |k: usize| {
        let from = starts[k].map_or(0, |h| h + 1);
        let to = starts.get(k + 1).and_then(|s| *s).unwrap_or(d.paras.len());
        from..to
    };
    // Each brief's text is a few paragraphs, the first a sentence, not a link or a name.
    let short = (0..starts.len()).all(|k| {
        let text = text_of(k);
        (1..=BRIEF_PARAGRAPHS).contains(&text.len()) && !page.shorts.contains(&*d.paras[text.start])
    });
    if !short {
        return None;
    }
    Some(
        (0..starts.len())
            .map(|k| Draft {
                title: Some(starts[k].map_or(title, |h| &d.paras[h]).to_string()),
                when: d.when,
                byline: d.byline.clone(),
                source: d.source.clone(),
                paras: d.paras[text_of(k)].to_vec(),
                dek: d.dek.clone().filter(|_| k == 0),
                revised: d.revised,
                when_above: d.when_above,
            })
            .collect(),
    )
}

/// `title` stands under the page's header: going up past interface lines, there is a time
/// or byline line, and over those (and a byline in plain words) the page's short name,
/// which is no menu entry.
fn under_page_header(page: &Page, title: &str) -> bool {
    let Some(at) = page.lines.iter().position(|l| l == title) else {
        return false;
    };
    let mut meta = false;
    for i in (0..at).rev() {
        match &page.kinds[i] {
            Kind::Blank | Kind::Junk => {}
            Kind::Meta(_) => meta = true,
            _ => {
                let line = page.lines[i].as_str();
                return meta
                    && (2..=PAGE_NAME_WORDS).contains(&lines::word_count(line))
                    && !page.in_menu(line);
            }
        }
    }
    false
}
