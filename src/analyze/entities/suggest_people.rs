//! Suggestions of people: two or three name-like words next to a role phrase, before it
//! ("CEO Jane Roe") or after it ("Jane Roe, the chief executive of Acme Robotics"). The
//! evidence quotes the name with its role, as a company's quotes it with its cue: the role
//! alone ("founder") read as if it were the name found.

use super::super::Kind;
use super::super::words::{is_stopword, role_at};
use super::{Ctx, Suggestion};

impl Ctx<'_> {
    /// The person name of two or three words starting at `i`, as the index of its last word.
    fn name_from(&self, i: usize) -> Option<usize> {
        let t = &self.tokens;
        let ok = |k: usize| k < t.len() && t[k].name_like() && !self.is_place(k);
        if !ok(i) || !ok(i + 1) || !t[i].joined() || t[i].possessive {
            return None;
        }
        let last = if ok(i + 2)
            && t[i + 1].joined()
            && !t[i + 1].possessive
            && role_at(t, i + 2).is_none()
        {
            i + 2
        } else {
            i + 1
        };
        (!self.is_known(i, last)).then_some(last)
    }

    pub(super) fn people(&self) -> Vec<Suggestion> {
        let t = &self.tokens;
        let mut out = Vec::new();
        for i in 0..t.len() {
            let Some(len) = role_at(t, i).filter(|_| !t[i].heading) else {
                continue;
            };
            let role_end = i + len - 1;
            // Role then name: "Scale Chief Executive Officer Alexandr Wang".
            if t[role_end].joined()
                && let Some(last) = self.name_from(role_end + 1)
            {
                let from = self.org_before(i).unwrap_or(i);
                out.push(Suggestion {
                    name: self.text(role_end + 1, last),
                    kind: Kind::Person,
                    evidence: self.text(from, last),
                });
                continue;
            }
            // Name, role [of Org]: "Jane Roe, the chief executive of Acme Robotics".
            let mut head = i;
            while head > 0
                && ["the", "a", "an", "former"].contains(&t[head - 1].lower().as_str())
                && t[head - 1].joined()
            {
                head -= 1;
            }
            if head < 3 || t[head - 1].gap_after.trim() != "," {
                continue;
            }
            let start = if head >= 4 && self.name_from(head - 3) == Some(head - 1) {
                head - 3
            } else {
                head - 2
            };
            if self.name_from(start) != Some(head - 1) {
                continue;
            }
            let mut end = role_end;
            if t[role_end].joined()
                && role_end + 2 < t.len()
                && ["of", "at"].contains(&t[role_end + 1].lower().as_str())
                && t[role_end + 1].joined()
            {
                let mut last = role_end + 1;
                while last + 1 < t.len()
                    && last < role_end + 5
                    && self.org_word(last + 1)
                    && t[last + 1].text != "&"
                {
                    last += 1;
                    if !t[last].joined() {
                        break;
                    }
                }
                if last > role_end + 1 {
                    end = last;
                }
            }
            out.push(Suggestion {
                name: self.text(start, head - 1),
                kind: Kind::Person,
                evidence: self.text(start, end),
            });
        }
        out
    }

    /// The start of an organisation named just before the role at `role`: a possessive
    /// word ("Acme's chief executive") or joined capitalised words ("D.A. Davidson analyst").
    fn org_before(&self, role: usize) -> Option<usize> {
        let t = &self.tokens;
        let mut first = role;
        while first > 0 && first + 4 > role {
            let j = first - 1;
            let word = t[j].text.trim_start_matches("ex-");
            let capital = word
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            if !t[j].joined()
                || !capital
                || (is_stopword(&t[j].lower())
                    && !self
                        .spans
                        .iter()
                        .any(|m| m.start <= t[j].start && t[j].end <= m.end))
            {
                break;
            }
            if t[j].possessive && j + 1 < role {
                break;
            }
            first = j;
            if t[j].sentence_start {
                break;
            }
        }
        (first < role).then_some(first)
    }
}
