//! The owner a page's copyright line names ("© 2025 The Daily Ledger. All rights
//! reserved."), which names the outlet of a page of one article when no masthead does; a
//! company's form of the name ("Al Jazeera Media Network") gives way to the outlet's,
//! which the page's other lines use ("Al Jazeera"); and a short notice reserving the
//! rights, which ends an article's text.

/// The owner a copyright line names: "© 2025 The Daily Ledger. All rights reserved." ->
/// "The Daily Ledger"; also "Copyright (c) 2019-2025 Example Wire", "© The Herald 2024".
/// The line must carry a year or "All rights reserved" ("Copyright Office Rejects AI
/// Claims" is a headline), and a photo credit ("© Getty Images") names no outlet. None
/// for other lines, and when what is left does not read as a name.
pub(crate) fn copyright_holder(line: &str) -> Option<&str> {
    // A copyright line is short; a long one is prose (and peeling it would be slow).
    if line.len() > MAX_COPYRIGHT_BYTES {
        return None;
    }
    // ASCII lower-casing keeps every byte where it was, so offsets hold in `line`.
    let lower = line.to_ascii_lowercase();
    let sign = ["©", "(c) ", "copyright"]
        .iter()
        .find(|p| lower.starts_with(*p))?;
    let reserved = lower.find("all rights reserved");
    let year = line
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && d.parse::<u32>().is_ok_and(|y| (1990..=2100).contains(&y)));
    // "© Ouest-France" alone at the foot: a name, with neither year nor reservation.
    let bare = line.split_whitespace().count() <= 4;
    if !year && reserved.is_none() && !bare {
        return None;
    }
    let mut rest = line.get(sign.len()..reserved.unwrap_or(line.len()))?;
    // "The Beacon-Ledger, 412 N. Main St. | Terms of Use": the footer's links and the
    // address after the name.
    rest = rest.split(" | ").next().unwrap_or(rest);
    if let Some((name, _)) = rest
        .match_indices(", ")
        .map(|(at, _)| rest.split_at(at))
        .find(|(_, after)| after[2..].starts_with(|c: char| c.is_ascii_digit()))
        && name.chars().any(char::is_alphabetic)
    {
        rest = name;
    }
    // Peel signs, years and a second "Copyright" off both ends until nothing changes.
    loop {
        let peeled = rest
            .trim_matches(|c: char| c.is_whitespace() || ",.-–".contains(c))
            .trim_start_matches("Copyright ")
            // "© Copyright by Rzeczpospolita 2025".
            .trim_start_matches("by ")
            // ("Copyright @ 2025. Firstpost": an at sign for the sign.)
            .trim_start_matches(['©', '(', '@'])
            .trim_start_matches("c)")
            .trim_start_matches("C)");
        // A number before or after the name is a year ("© 2025 The Herald", "The Herald
        // 1998-2025"), not a part of it ("FRANCE 24", "24 Heures").
        let number = |c: char| c.is_ascii_digit() || c == '-' || c == '–';
        let years = |n: &str| n.split(['-', '–']).any(|y| y.len() == 4);
        let start = peeled.len() - peeled.trim_start_matches(number).len();
        let peeled = if years(&peeled[..start]) {
            &peeled[start..]
        } else {
            peeled
        };
        let end = peeled.trim_end_matches(number).len();
        let peeled = if years(&peeled[end..]) {
            &peeled[..end]
        } else {
            peeled
        };
        if peeled == rest {
            break;
        }
        rest = peeled;
    }
    // ("Copyright AP Photo/Marta Ruiz" under a picture: its credit, whatever the agency.)
    let credit = super::credit_words::PHOTO_AGENCIES
        .iter()
        .chain(&["photo/", "photo /"])
        .any(|a| rest.to_ascii_lowercase().contains(a));
    // "The Financial Times Limited", "The New York Times Company", "Bloomberg L.P.": the
    // company's form is not the outlet's name ("Dow Jones & Company" keeps its "Company";
    // "Business Standard Private Ltd", an Indian private company, loses its "Private").
    let rest = [
        " Private Limited",
        " Private Ltd",
        " Pvt. Ltd",
        " Pvt Ltd",
        " Limited",
        " Ltd",
        ", Inc",
        " Inc",
        " LLC",
        " plc",
        " PLC",
        " Company",
        " L.P",
        " LP",
        " GmbH",
        " AG",
        " S.A",
        " S.p.A",
        " SpA",
        " B.V",
        " N.V",
        " Corp",
        " Corporation",
        " AB",
        " ASA",
        " A/S",
        " Oy",
    ]
    .iter()
    .find_map(|f| rest.trim_end_matches('.').strip_suffix(f))
    .filter(|name| !name.ends_with('&'))
    // "Boston Globe Media Partners, LLC": the comma before the company's form.
    .map(|name| name.trim_end_matches([',', ' ']))
    .unwrap_or(rest);
    let wire = !year && reserved.is_none() && super::credits::known_agency(rest);
    (super::lines::outlet_shaped(rest) && !credit && !wire).then_some(rest)
}

/// The longest line `copyright_holder` reads.
const MAX_COPYRIGHT_BYTES: usize = 200;

/// The outlet a page's copyright line names, read from its last such line: the owner, or
/// the longest start of the owner's name ("Al Jazeera Media Network") that two lines
/// without the whole name use as a name ("Al Jazeera uses cookies", "Follow Al Jazeera
/// English:"), two words or more, or one of five letters or more; or the owner's initials
/// ("Deutsche Welle" -> "DW"), when two lines use them as a name ("DW uses cookies",
/// "More stories from DW") and none but the copyright's writes the name out. Neither when
/// two lines but the copyright's write the owner's name out.
pub(super) fn outlet_named(lines: &[String]) -> Option<&str> {
    let Some(owner) = lines.iter().rev().find_map(|l| copyright_holder(l)) else {
        return initials_in_lower_case(lines);
    };
    let elsewhere = |name: &str| {
        lines
            .iter()
            .filter(|l| !l.contains(owner) && says_name(l, name))
            .take(2)
            .count()
    };
    // A name two other lines write out whole ("Mike Simmons, Tulsa World") is the
    // outlet's, however often its first word opens other lines ("Tulsa Transit to add
    // ..."); a logo's text ("Al Jazeera Media Network logo") is one line.
    let written_out = lines
        .iter()
        .filter(|l| says_name(l, owner) && copyright_holder(l).is_none())
        .take(2)
        .count();
    if written_out == 2 {
        return Some(owner);
    }
    let ends: Vec<usize> = owner.match_indices(' ').map(|(at, _)| at).collect();
    let start = ends
        .iter()
        .rev()
        .map(|&end| &owner[..end])
        // (A place the name opens with, "Egypt" of "Egypt Independent", is the text's.)
        .filter(|start| {
            (start.contains(' ') || start.chars().filter(|c| c.is_alphabetic()).count() >= 5)
                && !super::names::known_place(start)
        })
        .find(|start| super::lines::outlet_shaped(start) && elsewhere(start) == 2);
    if let Some(start) = start {
        return Some(start);
    }
    let initials: String = owner
        .split_whitespace()
        .filter(|w| !["The", "&", "of", "and"].contains(w))
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    if initials.chars().count() >= 2 && written_out == 0 && elsewhere(&initials) == 2 {
        // (Read out of a line, which outlives this function's `initials`.)
        return lines
            .iter()
            .find_map(|l| name_at(l, &initials).map(|at| &l[at..at + initials.len()]));
    }
    Some(owner)
}

/// "© 2025 npr" at the foot: a wordmark in lower case, which two other lines write in
/// capitals as a name ("More Stories From NPR", "Sponsor NPR"); that writing.
fn initials_in_lower_case(lines: &[String]) -> Option<&str> {
    let word = lines.iter().rev().find_map(|l| {
        let rest = l.strip_prefix('©')?.trim();
        let (year, word) = rest.split_once(' ')?;
        (year.len() == 4
            && year.chars().all(|c| c.is_ascii_digit())
            && (2..=6).contains(&word.len())
            && word.chars().all(|c| c.is_ascii_lowercase()))
        .then_some(word)
    })?;
    let upper = word.to_ascii_uppercase();
    let mut named = lines
        .iter()
        .filter_map(|l| name_at(l, &upper).map(|at| (l, at)));
    let (first, at) = named.next()?;
    named.next()?;
    Some(&first[at..at + upper.len()])
}

/// Whether `line` holds `name` as whole words.
fn says_name(line: &str, name: &str) -> bool {
    name_at(line, name).is_some()
}

/// Where `line` first holds `name` as whole words.
fn name_at(line: &str, name: &str) -> Option<usize> {
    line.match_indices(name).map(|(at, _)| at).find(|&at| {
        let before = line[..at].chars().next_back();
        let after = line[at + name.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// A short copyright notice that reserves the rights ("Copyright ⓒ 연합뉴스. All rights
/// reserved. ...", "© 2025 Example Wire. All rights reserved.", Korean "저작권자(c) ...
/// 무단 전재-재배포 ... 금지"): interface, and the end of an article's text.
pub(crate) fn rights_notice(line: &str) -> bool {
    let key = line.to_lowercase();
    ["©", "ⓒ", "(c)", "copyright", "저작권"]
        .iter()
        .any(|m| key.contains(m))
        && super::chrome_words::RIGHTS_RESERVED
            .iter()
            .any(|r| key.contains(r))
        && key.split_whitespace().count() <= super::pitch_words::PITCH_WORDS
}

#[cfg(test)]
mod tests {
    use super::outlet_named;

    fn page(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn the_outlet_the_page_names_before_its_owners_company() {
        let network = page(&[
            "Al Jazeera uses cookies",
            "Source: Al Jazeera and news agencies",
            "Follow Al Jazeera English:",
            "Al Jazeera Media Network logo",
            "© 2025 Al Jazeera Media Network",
        ]);
        assert_eq!(outlet_named(&network), Some("Al Jazeera"));
        let once = page(&["Al Jazeera uses cookies", "© 2025 Al Jazeera Media Network"]);
        assert_eq!(
            outlet_named(&once),
            Some("Al Jazeera Media Network"),
            "one other line is not enough"
        );
        let whole = page(&[
            "About The Daily Ledger",
            "The Daily Ledger app",
            "Daily deals",
            "© 2025 The Daily Ledger. All rights reserved.",
        ]);
        assert_eq!(outlet_named(&whole), Some("The Daily Ledger"));
        let article = page(&["The Times says", "The Times", "© 2025 The Times Group"]);
        assert_eq!(
            outlet_named(&article),
            Some("The Times"),
            "two words are a name"
        );
        let initials = page(&[
            "DW uses cookies",
            "More stories from DW",
            "© 2025 Deutsche Welle",
        ]);
        assert_eq!(outlet_named(&initials), Some("DW"));
        let written = page(&[
            "DW uses cookies",
            "More stories from DW",
            "About Deutsche Welle",
            "© 2025 Deutsche Welle",
        ]);
        assert_eq!(
            outlet_named(&written),
            Some("Deutsche Welle"),
            "the page writes its name out"
        );
        let tulsa = page(&[
            "Tulsa World",
            "Tulsa, OK",
            "Tulsa Transit to add Sunday evening service",
            "Mike Simmons, Tulsa World",
            "© Copyright 2025 Tulsa World, 315 S. Boulder Ave. Tulsa, OK | Terms of Use",
        ]);
        assert_eq!(
            outlet_named(&tulsa),
            Some("Tulsa World"),
            "the page writes the name out twice; its first word opening lines is no name"
        );
        let word = page(&["The news", "The view", "© 2025 The Courier Group"]);
        assert_eq!(
            outlet_named(&word),
            Some("The Courier Group"),
            "'The' is no name"
        );
    }

    #[test]
    fn a_wordmark_in_lower_case_as_the_page_writes_it() {
        let radio = page(&["More Stories From KPRX", "Sponsor KPRX", "© 2025 kprx"]);
        assert_eq!(outlet_named(&radio), Some("KPRX"));
        let once = page(&["Sponsor KPRX", "© 2025 kprx"]);
        assert_eq!(outlet_named(&once), None, "one other line is not enough");
    }
}
