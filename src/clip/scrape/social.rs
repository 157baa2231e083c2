//! A post copied out of a social network with its thread (Mastodon, Bluesky, Threads):
//! the account's name over its handle ("The Verge" over "@theverge.com", "ProPublica" over
//! "@ProPublica@newsie.social"), its time, the post's text, the card of the story it links
//! ("Tandem maker Solvane settles ..." over "theverge.com"), then counters, buttons and
//! replies, each under a handle of its own.
//!
//! Such a page is one article: the story the post shares, titled by its card, told by the
//! post's text, from the account (or the outlet its card names). The replies are readers'
//! talk, not articles. Read from the shape alone: a handle under a name with the text
//! right under it, before any other text on the page.

use super::body::Draft;
use super::lines::{self, Kind};
use super::{debris, names, zone};

/// How many shown lines may stand between the handle and the post's text (its "Follow"
/// button and time).
const TO_TEXT: usize = 4;
/// Paragraphs under a post, before any reply, that make it a post embedded in an article.
const EMBEDDED_TEXT: usize = 2;
/// How many shown lines under the text the story's card is looked for in.
const CARD_LINES: usize = 8;

/// The post at the top of a copied thread, as one draft; `None` when the page is no post.
pub(super) fn post(lines: &[String], kinds: &[Kind]) -> Option<Draft> {
    let shown = |from: usize| (from..lines.len()).filter(|&j| !matches!(kinds[j], Kind::Blank));
    let at = (0..lines.len()).find(|&i| account_handle(&lines[i]))?;
    if (0..at).any(|j| matches!(kinds[j], Kind::Para)) {
        return None;
    }
    let name = (0..at)
        .rev()
        .find(|&j| !matches!(kinds[j], Kind::Blank))
        .map(|j| lines[j].trim())?;
    let text_at = shown(at + 1)
        .take(TO_TEXT)
        .find(|&j| matches!(kinds[j], Kind::Para))?;
    // The thread's next post (a reply) closes this one.
    let end = (text_at..lines.len())
        .find(|&j| account_handle(&lines[j]))
        .unwrap_or(lines.len());
    // A post has the network's buttons or counts under it ("Reply", "48 reposts"); an
    // article's author with a handle over the text has not.
    if !(text_at..end).any(|k| post_button(&lines[k])) {
        return None;
    }
    let mut d = Draft::default();
    let mut j = text_at;
    while j < end && matches!(kinds[j], Kind::Para | Kind::Blank) {
        if matches!(kinds[j], Kind::Para) {
            d.paras.push(lines[j].clone());
        }
        j += 1;
    }
    // Paragraphs under the post that no handle heads are an article's text: the post is
    // embedded at the top of a story, and the page is the story's.
    if (j..end).filter(|&k| matches!(kinds[k], Kind::Para)).count() >= EMBEDDED_TEXT {
        return None;
    }
    // The card: the story's headline with the outlet's name over it or its address
    // under it, its author and time perhaps.
    let card: Vec<usize> = shown(j).take_while(|&k| k < end).take(CARD_LINES).collect();
    let mut site = None;
    let mut domain = None;
    for (n, &k) in card.iter().enumerate() {
        let line = lines[k].trim();
        match &kinds[k] {
            Kind::Short if d.title.is_none() && headline(line) => {
                d.title = Some(line.to_string());
                let above = n.checked_sub(1).map(|p| card[p]);
                site = above
                    .filter(|&p| matches!(kinds[p], Kind::Short) && lines::outlet_shaped(&lines[p]))
                    .map(|p| lines[p].trim().to_string());
                domain = card
                    .get(n + 1)
                    .map(|&q| lines[q].trim())
                    .filter(|l| domain_name(l))
                    .map(str::to_string);
            }
            Kind::Meta(m) => d.fill(m),
            _ => {}
        }
    }
    // The post's own time, over its text ("· 3h").
    for kind in &kinds[at + 1..text_at] {
        if let Kind::Meta(m) = kind {
            d.fill(m);
        }
    }
    // The account names the outlet ("The Verge", or "Harbour Ledger" sharing
    // harbourledger.com), unless it is a person's, who shares the story of the outlet its
    // card names.
    let squashed: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let own_site = domain.as_deref().is_some_and(|d| {
        !squashed.is_empty() && d.trim_start_matches("www.").starts_with(&squashed)
    });
    d.source = if own_site || (!names::names_like(name) && lines::outlet_shaped(name)) {
        Some(name.to_string())
    } else {
        site.or(domain)
    };
    (!d.paras.is_empty()).then_some(d)
}

/// An account's handle alone on its line: "@theverge.com", "@ProPublica@newsie.social",
/// "@druiz.dev" (a name with a dot in it or a server after it; "@Reuters" alone may be
/// a mention in a list of links).
fn account_handle(line: &str) -> bool {
    let line = line.trim();
    lines::handle(line)
        && line.len() <= 80
        && line[1..].contains(['.', '@'])
        && line[1..]
            .chars()
            .all(|c| c.is_alphanumeric() || ['.', '_', '-', '@'].contains(&c))
}

/// A post's button or count: "Reply", "Boost", "48 reposts", "412 favorites".
fn post_button(line: &str) -> bool {
    const BUTTONS: &[&str] = &[
        "reply",
        "replies",
        "repost",
        "reposts",
        "boost",
        "boosts",
        "favorite",
        "favorites",
        "favourite",
        "favourites",
        "quote",
        "quotes",
        "like",
        "likes",
    ];
    let key = line.trim().to_lowercase();
    let word = key.rsplit(' ').next().unwrap_or_default();
    BUTTONS.contains(&word)
        && key.split(' ').count() <= 2
        && key
            .split(' ')
            .rev()
            .nth(1)
            .is_none_or(|n| n.bytes().all(|b| b.is_ascii_digit()))
}

/// A card's headline: four words or more, no web address.
fn headline(line: &str) -> bool {
    lines::word_count(line) >= zone::HEADLINE_WORDS && !debris::bare_link(line)
}

/// "theverge.com", "www.example.co.uk": a site's address without its scheme.
fn domain_name(line: &str) -> bool {
    !line.contains(' ')
        && line.contains('.')
        && line
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ['.', '-'].contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_embedded_over_an_articles_text_leaves_the_page_to_the_article() {
        let page = "Harbour Ledger\n@harbourledger.com\nFollow\n\
            Keelson Foods settles hidden delivery fee claims, a post the story embeds at its top.\n\
            12 likes\nReply\n\
            Keelson Foods has agreed to pay $2.1 million to settle claims that its app charged hidden fees.\n\
            The settlement also bars the company from adding fees after checkout for five years.\n";
        let lines: Vec<String> = page.lines().map(str::to_string).collect();
        let at = chrono::DateTime::UNIX_EPOCH;
        let kinds: Vec<Kind> = lines.iter().map(|l| lines::classify(l, at)).collect();
        assert!(post(&lines, &kinds).is_none());
        let thread = &lines[..6];
        assert!(post(thread, &kinds[..6]).is_some());
    }

    #[test]
    fn handles_of_accounts_are_told_from_mentions() {
        for h in ["@theverge.com", "@ProPublica@newsie.social", "@druiz.dev"] {
            assert!(account_handle(h), "{h}");
        }
        for h in [
            "@Reuters",
            "@ProPublica This is the same playbook",
            "email@",
            "theverge.com",
        ] {
            assert!(!account_handle(h), "{h}");
        }
        assert!(domain_name("theverge.com") && !domain_name("The Verge"));
    }
}
