//! Link aggregators' front pages copied as text ("1.", "Headline (example.com)", "412
//! points by jkolber 3 hours ago | hide | 198 comments"): the time in the line under
//! each submitted link, and the site's address the headline closes with, which is the
//! story's outlet.

/// The time in a link aggregator's line under a submitted link: "412 points by jkolber 3
/// hours ago", "Posted by u/harbour_nerd 5 hours ago", "submitted 3 hours ago by mara_t".
/// The votes and the one-word handle of whoever posted the link go (a poster is not the
/// story's author); what is left is the time to read.
pub(super) fn submitted_when(part: &str) -> Option<&str> {
    let is_num = |w: &str| {
        let w = w.trim_end_matches(['k', 'K']);
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    let mut rest = part.trim();
    let mut voted = false;
    // The votes: "412 points ", "1.2k votes ".
    if let Some((n, tail)) = rest.split_once(' ')
        && is_num(n)
        && let Some((unit, tail)) = tail.split_once(' ')
        && ["point", "points", "vote", "votes", "upvote", "upvotes"]
            .contains(&unit.to_lowercase().as_str())
    {
        rest = tail;
        voted = true;
    }
    let after = |text: &'_ str, lead: &str| -> Option<usize> {
        text.get(..lead.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(lead))
            .then_some(lead.len())
    };
    // A handle is one token: "jkolber", "u/harbour_nerd". (Without votes, "By Reuters 2
    // hours ago" is an agency's byline, which `byline_of` reads.)
    for lead in ["posted by ", "by "] {
        if let Some(at) = after(rest, lead)
            && (voted || lead != "by ")
        {
            let (_who, time) = rest[at..].split_once(' ')?;
            return Some(time);
        }
    }
    // "submitted 3 hours ago by mara_t"
    let time = &rest[after(rest, "submitted ")?..];
    let (time, who) = time.rsplit_once(" by ")?;
    (!who.trim().contains(' ')).then_some(time)
}

/// "Kestrel Memory beats estimates on HBM demand (cnbc.com)" -> (the headline, "cnbc.com"):
/// an aggregator gives the address of the site a link leads to after its headline. The
/// address is a host name of two labels or more ending in letters; the headline before
/// it is headline-long.
pub(super) fn domain_after_headline(title: &str) -> Option<(&str, &str)> {
    let (head, site) = title.trim_end().strip_suffix(')')?.rsplit_once(" (")?;
    let site = site.strip_prefix("www.").unwrap_or(site);
    // ("github.com/marrowdev": a code host gives the account too.)
    let host = site.split_once('/').map_or(site, |(host, _)| host);
    let labels: Vec<&str> = host.split('.').collect();
    let tld = labels.last()?;
    let hostname = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && (2..=24).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase());
    (hostname && super::lines::word_count(head) >= super::zone::HEADLINE_WORDS)
        .then_some((head.trim(), site))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_under_a_link_is_read_past_its_votes_and_poster() {
        assert_eq!(
            submitted_when("412 points by jkolber 3 hours ago"),
            Some("3 hours ago")
        );
        assert_eq!(
            submitted_when("Posted by u/harbour_nerd 5 hours ago"),
            Some("5 hours ago")
        );
        assert_eq!(
            submitted_when("submitted 2 days ago by mara_t"),
            Some("2 days ago")
        );
        // An agency's byline beside its time is `byline_of`'s, not a poster's.
        assert_eq!(submitted_when("By Reuters 2 hours ago"), None);
        assert_eq!(submitted_when("12 points"), None);
    }

    #[test]
    fn a_headline_closed_by_a_site_address_gives_the_outlet() {
        assert_eq!(
            domain_after_headline(
                "Taiwan tightens export licensing for packaging tools (nikkei.com)"
            ),
            Some((
                "Taiwan tightens export licensing for packaging tools",
                "nikkei.com"
            ))
        );
        assert_eq!(
            domain_after_headline("Notes on running a large model at home (blog.kvasir.io)"),
            Some(("Notes on running a large model at home", "blog.kvasir.io"))
        );
        assert_eq!(
            domain_after_headline(
                "Show LB: A tiling window manager written in Zig (github.com/marrowdev)"
            ),
            Some((
                "Show LB: A tiling window manager written in Zig",
                "github.com/marrowdev"
            ))
        );
        // Brackets that hold words, a ticker or a version are the headline's own.
        assert_eq!(
            domain_after_headline("Shares of the chip maker jump (NASDAQ: KSTM)"),
            None
        );
        assert_eq!(
            domain_after_headline("Parliament passes the budget (updated)"),
            None
        );
        assert_eq!(
            domain_after_headline("The toolkit ships a new release (v2.1)"),
            None
        );
    }
}
