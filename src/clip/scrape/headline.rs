//! The headline of a group of short lines: the longest candidate, walked up over its
//! standfirsts to the first of them (a kicker of four words or fewer above it is no
//! headline), the last line after a "Sponsored" box, a title-case line over its
//! sentence-case standfirst, and the first story's headline under a section's
//! description.

use super::lines::{Kind, is_candidate, word_count};
use super::zone::{HEADLINE_WORDS, Page, Role, Zone, rubric};
use std::collections::HashMap;

/// A headline candidate in a group: its position among the group's items, its words,
/// whether it reads as a weak outlet, and whether it reads as a name.
pub(super) type Candidate = (usize, usize, bool, bool);

impl Page<'_> {
    /// The headline among a group's candidates (a position in `items`, whose line numbers
    /// are `idx`), and the words of its longest strong candidate (not a name, not an
    /// outlet-looking line).
    pub(super) fn pick_headline(
        &self,
        idx: &[usize],
        items: &[(usize, Role)],
        cands: &[Candidate],
    ) -> (Option<usize>, usize) {
        let strong: Vec<_> = cands.iter().filter(|c| !c.2 && !c.3).copied().collect();
        let pool = if strong.is_empty() {
            cands.to_vec()
        } else {
            strong.clone()
        };
        // Words of each strong candidate by its position, for the walk up.
        let strong_at: HashMap<usize, usize> = strong.iter().map(|c| (c.0, c.1)).collect();
        // The longest candidate; `max_by_key` keeps the last of equals, so reverse first.
        // Headline-length lines right above it, with no gap and each no longer than the
        // one below, are the headline and its standfirst: the first of them is the
        // headline (a longer line above it is a label: "This story is N years old").
        // The one candidate right over a "By" line (or names alone), under a section's
        // label, is the story's headline, however long the headlines of a list above it
        // ("Top stories", three headlines, "Money", then "Social Security Payment Schedule:
        // ..." over "By Tom Hallett"). Under a headline-length line it is a standfirst.
        let over_byline: Vec<&Candidate> = pool
            .iter()
            .filter(|c| {
                c.1 >= HEADLINE_WORDS
                    && c.0.checked_sub(1).is_some_and(|p| {
                        idx[p] + 1 == idx[c.0] && word_count(&self.lines[idx[p]]) <= 2
                    // (A picture's caption may stand between, and a blank line: "Tipoki in
                    // action ... Photo / Photosport".)
                    }) && (idx[c.0] + 1..self.lines.len())
                        .find(|&l| !matches!(self.kinds[l], Kind::Blank | Kind::Junk))
                        .is_some_and(|line| {
                            matches!(&self.kinds[line], Kind::Meta(m) if m.byline.is_some() && m.when.is_none())
                                && (self.lines[line].starts_with("By ")
                                    || super::names::names_like(&self.lines[line]))
                        })
            })
            .collect();
        let first = match over_byline.as_slice() {
            [one] => Some(*one),
            _ => pool.iter().rev().max_by_key(|c| c.1),
        };
        let head = first.map(|c| {
            let (mut head, mut words) = (c.0, c.1);
            // Over a standfirst, the headline may be the longer line ("Helioterra coloca
            // 500 millones ..." over "La renovable valenciana paga ..." over a second,
            // longest standfirst).
            let longest = c.1;
            while let Some(above) = head.checked_sub(1).and_then(|p| {
                // Not onto a line right under a paragraph: that one ends the story before.
                let after_body = idx[p]
                    .checked_sub(1)
                    .is_some_and(|l| matches!(self.kinds[l], Kind::Para));
                let above = strong_at.get(&p).copied()?;
                (idx[p] + 1 == idx[head]
                    // (A line of four words or fewer above is a kicker: "Übernahme in der
                    // Pharmabranche" over "Veltrix kauft Berner Biotech-Firma ...".)
                    && ((HEADLINE_WORDS + 1..=words).contains(&above)
                        || (head != c.0 && (HEADLINE_WORDS + 1..=longest).contains(&above)))
                    && !after_body
                    && !rubric(&self.lines[idx[p]])
                    // ("Around Casper: news in brief" names a page of briefs.)
                    && !self.lines[idx[p]].to_lowercase().trim_end().ends_with("brief"))
                .then_some((p, above))
            }) {
                (head, words) = above;
            }
            head
        });
        // A section's description, its label, then the first story's headline at the end
        // of the group ("The latest news and analysis on the economy ..." over "Business"
        // over "Portuguese airline AeroLusa orders ..."): the story's headline, though the
        // description is longer.
        let head = match (head, strong.last()) {
            (Some(h), Some(last))
                if last.0 == h + 2
                    && last.0 + 1 == items.len()
                    && last.1 >= HEADLINE_WORDS
                    && word_count(&self.lines[items[h + 1].0]) <= 2 =>
            {
                Some(last.0)
            }
            _ => head,
        };
        (head, strong.iter().map(|c| c.1).max().unwrap_or(0))
    }

    /// A headline right over its time, the share buttons, then a sentence with its stop
    /// over the byline ("Enugu govt seals 14 hotels ..." over "On July 13, 2025 In News
    /// by Emeka Okafor", then "Officials of the ... on Saturday." over "By Emeka Okafor &
    /// Ngozi Eze"): the sentence is the picture's caption or the standfirst, and the
    /// headline the one over the time.
    pub(super) fn headline_over_its_time(&self, zone: &mut Zone) {
        let Some(hg) = zone.headline_group.filter(|&hg| hg > 0) else {
            return;
        };
        let headline =
            |g: &super::zone::Group| g.items.iter().position(|(_, r)| *r == Role::Headline);
        let below = &zone.groups[hg];
        let long = |stop: bool| {
            headline(below).is_some_and(|h| {
                let line = self.lines[below.items[h].0].trim_end();
                (line.ends_with('.') || !stop) && word_count(line) >= 2 * HEADLINE_WORDS
            })
        };
        let untimed = !below
            .items
            .iter()
            .any(|(_, r)| matches!(r, Role::Meta(m) if m.when.is_some()));
        // The headline's group right above, or above a group of its times alone
        // ("Published" / "1 day ago" / "on" / "2025/07/13").
        let times_only = |g: &super::zone::Group| {
            g.items
                .iter()
                .all(|(_, r)| matches!(r, Role::Meta(m) if m.byline.is_none()) || *r == Role::Other)
        };
        let above_at = if headline(&zone.groups[hg - 1]).is_none()
            && hg >= 2
            && headline(&zone.groups[hg - 2]).is_some()
            && times_only(&zone.groups[hg - 1])
        {
            hg - 2
        } else {
            hg - 1
        };
        let above = &zone.groups[above_at];
        let between: &[(usize, Role)] = if above_at + 1 < hg {
            &zone.groups[hg - 1].items
        } else {
            &[]
        };
        // Under the headline only its standfirst, author and time.
        let header = headline(above)
            .map(|h| {
                above.items[h + 1..]
                    .iter()
                    .chain(between)
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .filter(|after| {
                after.len() <= 4
                    && after
                        .iter()
                        .any(|(_, r)| matches!(r, Role::Meta(m) if m.when.is_some()))
                    && after.iter().all(|(_, r)| {
                        matches!(
                            r,
                            Role::Meta(_) | Role::Byline(_) | Role::Outlet(_) | Role::Other
                        )
                    })
            });
        // A caption without its stop, alone right over the text, under a signed header
        // ("Hossam Mounir" over "4 hours ago", then "The agreement was signed at ...").
        // (Or the paper signing: "By Stabroek News".)
        let signed = header.as_ref().is_some_and(|after| {
            after.iter().any(|(_, r)| {
                matches!(r, Role::Byline(_))
                    || matches!(r, Role::Meta(m) if m.byline.is_some() || m.source.is_some())
            })
        });
        // Or over the author's bare name ("Farmers at Nyamuzuwe ... last week" over "Nyasha
        // Gumbo-Marufu"), the header above timed; over "By ..." it is a brief's headline
        // under its page's header ("New Mexico in brief" and its time).
        // Over "By ..." too when the headline above is a story's, not a page's name of four
        // words or fewer ("Tobacco farmers demand US$14m owed by contractors" over "by
        // Newsday" and the time, then "Tobacco bales at a Harare auction floor. ..." over
        // "BY TINASHE MAROWA").
        let story_above = headline(above).is_some_and(|h| {
            word_count(&self.lines[above.items[h].0]) > super::briefs::PAGE_NAME_WORDS
        });
        let over_author = matches!(below.items.as_slice(),
            [(_, Role::Headline), (l, Role::Meta(m))] if m.byline.is_some() && m.when.is_none()
                && (story_above || !self.lines[*l].to_lowercase().starts_with("by ")));
        let caption =
            long(true) || ((signed && below.items.len() == 1 || over_author) && long(false));
        if caption && untimed && header.is_some() {
            zone.headline_group = Some(above_at);
        }
    }

    /// "Sponsored" over advertisers' headlines with their names ("Bengaluru: This 3BHK in
    /// Whitefield ..." over "Prestige Developers"), then a story: the story's headline is
    /// the last line of the group, right over its text, whatever the ads' length.
    pub(super) fn headline_after_ads(&self, zone: &mut Zone) {
        let Some(group) = zone.headline_group.and_then(|hg| zone.groups.get_mut(hg)) else {
            return;
        };
        let (Some(&(first, _)), Some(&(last, _))) = (group.items.first(), group.items.last())
        else {
            return;
        };
        let sponsored = (0..first)
            .rev()
            .find(|&i| !matches!(self.kinds[i], Kind::Blank))
            .is_some_and(|i| super::headings::sponsor_label(&self.lines[i]));
        let headline_last = matches!(self.kinds[last], Kind::Short)
            && is_candidate(&self.lines[last])
            && word_count(&self.lines[last]) >= HEADLINE_WORDS;
        if !(sponsored && headline_last && group.items.len() > 2) {
            return;
        }
        for (i, role) in &mut group.items {
            if *i == last {
                *role = Role::Headline;
            } else if *role == Role::Headline {
                *role = Role::Other;
            }
        }
    }

    /// A headline in title case, a blank line, then its standfirst in sentence case
    /// ("Halvorsen Grid Systems Secures $450 Million ..." over "New facility in Temple,
    /// Texas, expected to ..."), or a standfirst half as long again as the headline: the
    /// headline is the line above, the nearer one its dek.
    pub(super) fn headline_over_its_dek(&self, zone: &mut Zone) {
        let Some(hg) = zone.headline_group.filter(|&hg| hg > 0) else {
            return;
        };
        let (above, below) = zone.groups.split_at_mut(hg);
        let [(a, a_role)] = above[hg - 1].items.as_mut_slice() else {
            return;
        };
        let Some((h, h_role)) = below[0].items.first_mut() else {
            return;
        };
        let only_blanks = (*a + 1..*h).all(|i| matches!(self.kinds[i], Kind::Blank));
        let title_case = |line: &str| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let capitalised = words
                .iter()
                .filter(|w| {
                    w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '$')
                })
                .count();
            capitalised * 10 >= words.len() * 7
        };
        let (line, head) = (&self.lines[*a], &self.lines[*h]);
        // Or both in sentence case, the standfirst the longer by half ("Europe's last big
        // shipyards are running out of orders" over "Chinese competition and a glut of
        // new vessels spell trouble for ...").
        let longer_dek = word_count(head) * 2 >= word_count(line) * 3;
        if *h_role == Role::Headline
            && matches!(a_role, Role::Other | Role::Headline)
            && only_blanks
            && word_count(line) > HEADLINE_WORDS + 1
            && !line.contains(['·', '•', '|'])
            && (title_case(line) || longer_dek)
            && !title_case(head)
        {
            *a_role = Role::Headline;
            *h_role = Role::Other;
            zone.headline_group = Some(hg - 1);
        }
    }
}
