//! Which figure of a sentence belongs to which entity it names. One sentence can report two
//! companies' numbers ("Alphabet said it would spend $75 billion, while Meta raised its
//! forecast to between $64 billion and $72 billion"), and each company's dated claim must
//! carry its own: the sentence is cut into clauses, each entity takes the figure of its own
//! clause, and entities that took different figures get a claim each.
//!
//! A figure belongs to a clause, not to the nearest name: within one clause every entity
//! shares it ("Meta plans to spend $65 billion, Mark Zuckerberg said, up from $39 billion"
//! is one claim of $65 billion, though the name stands nearer the $39 billion).

use super::figures::{Figure, find_figures};
use crate::model::Amount;

/// Words that open a new clause with a subject of its own. " and " is one too, but never
/// inside a figure ("between $64 billion and $72 billion").
const CLAUSE_BREAKS: &[&str] = &[";", " while ", " whilst ", " whereas ", " but ", " and "];

/// One claim's part of a sentence: its entities and the figure they report.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Share {
    pub keys: Vec<String>,
    pub amount: Option<Amount>,
}

/// Share the entities `keys` (salient first) of `sentence` among its figures. `named` holds
/// each mention's byte offset in the sentence and its key (a key's first mention counts);
/// `owner` names the entity whose lane a key's claims join (a product's or a person's
/// company, else the key itself). Each entity takes its clause's figure (the clause's first
/// money, else its first figure), or, when its clause has none, the sentence's (the same,
/// over the whole sentence). Entities with one owner always share a claim, so one sentence
/// never puts two points on one lane. Returns one share when every entity took the same
/// figure (or there is none), else one per figure, in the order of their first entity in
/// `keys`. Never empty.
pub(crate) fn shares(
    sentence: &str,
    named: &[(usize, String)],
    keys: Vec<String>,
    owner: impl Fn(&str) -> String,
) -> Vec<Share> {
    let figures = find_figures(sentence);
    let Some(main) = main_figure(&figures, 0..sentence.len()) else {
        return vec![Share { keys, amount: None }];
    };
    let clauses = clauses(sentence, &figures);
    // (figure, keys, owners)
    let mut groups: Vec<(usize, Vec<String>, Vec<String>)> = Vec::new();
    for key in keys {
        let at = named
            .iter()
            .filter(|(_, k)| *k == key)
            .map(|(at, _)| *at)
            .min()
            .unwrap_or(0);
        let own = clauses
            .iter()
            .find(|c| c.contains(&at))
            .and_then(|c| main_figure(&figures, c.clone()))
            .unwrap_or(main);
        let owned_by = owner(&key);
        let group = groups
            .iter_mut()
            .find(|(f, _, owners)| *f == own || owners.contains(&owned_by));
        match group {
            Some((_, ks, owners)) => {
                ks.push(key);
                owners.push(owned_by);
            }
            None => groups.push((own, vec![key], vec![owned_by])),
        }
    }
    // A key that joined by its figure may share an owner with another group.
    let mut i = 1;
    while i < groups.len() {
        let joins = (0..i).find(|&j| groups[i].2.iter().any(|o| groups[j].2.contains(o)));
        match joins {
            Some(j) => {
                let (_, ks, owners) = groups.remove(i);
                groups[j].1.extend(ks);
                groups[j].2.extend(owners);
                i = 1;
            }
            None => i += 1,
        }
    }
    if groups.is_empty() {
        groups.push((main, Vec::new(), Vec::new()));
    }
    groups
        .into_iter()
        .map(|(f, keys, _)| Share {
            keys,
            amount: Some(amount(&figures[f])),
        })
        .collect()
}

/// The index of the figure that stands for the byte range `within`: its first money, else
/// its first figure; `None` when no figure lies wholly inside it.
fn main_figure(figures: &[Figure], within: std::ops::Range<usize>) -> Option<usize> {
    let inside = |f: &&Figure| within.start <= f.start && f.end <= within.end;
    let first = |money: bool| {
        figures
            .iter()
            .enumerate()
            .filter(|(_, f)| inside(f) && (!money || f.currency.is_some()))
            .map(|(i, _)| i)
            .next()
    };
    first(true).or_else(|| first(false))
}

/// The clauses of `sentence` as byte ranges, cut at `CLAUSE_BREAKS` outside `figures`.
fn clauses(sentence: &str, figures: &[Figure]) -> Vec<std::ops::Range<usize>> {
    let lower = sentence.to_ascii_lowercase();
    let mut cuts: Vec<usize> = CLAUSE_BREAKS
        .iter()
        .flat_map(|b| lower.match_indices(b).map(|(at, _)| at))
        .filter(|&at| !figures.iter().any(|f| f.start < at && at < f.end))
        .collect();
    cuts.sort_unstable();
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for cut in cuts {
        out.push(start..cut);
        start = cut;
    }
    out.push(start..sentence.len());
    out
}

fn amount(f: &Figure) -> Amount {
    Amount {
        value: f.value,
        value_max: f.value_max,
        currency: f.currency.clone(),
        unit: f.unit.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shares of `sentence` for `keys` (name, key, owner), each mention found by its
    /// name's first occurrence, as (keys, low value, high value).
    fn split(sentence: &str, keys: &[(&str, &str, &str)]) -> Vec<(Vec<String>, f64, Option<f64>)> {
        let named: Vec<(usize, String)> = keys
            .iter()
            .map(|(name, key, _)| (sentence.find(name).expect("named"), key.to_string()))
            .collect();
        let owners: Vec<(String, String)> = keys
            .iter()
            .map(|(_, key, owner)| (key.to_string(), owner.to_string()))
            .collect();
        let owner = |key: &str| {
            owners
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, o)| o.clone())
                .unwrap_or_default()
        };
        let keys = keys.iter().map(|(_, k, _)| k.to_string()).collect();
        shares(sentence, &named, keys, owner)
            .into_iter()
            .map(|s| {
                let a = s.amount.expect("an amount");
                (s.keys, a.value, a.value_max)
            })
            .collect()
    }

    fn keys(ks: &[&str]) -> Vec<String> {
        ks.iter().map(|k| k.to_string()).collect()
    }

    const META: (&str, &str, &str) = ("Meta", "meta", "meta");
    const ALPHABET: (&str, &str, &str) = ("Alphabet", "alphabet", "alphabet");
    const MICROSOFT: (&str, &str, &str) = ("Microsoft", "microsoft", "microsoft");
    const ZUCKERBERG: (&str, &str, &str) = ("Mark Zuckerberg", "mark-zuckerberg", "meta");

    #[test]
    fn two_companies_each_keep_their_own_amount_in_either_order() {
        let s = "Alphabet said it would spend $75 billion, while Meta raised its forecast to \
                 between $64 billion and $72 billion.";
        assert_eq!(
            split(s, &[META, ALPHABET]),
            vec![
                (keys(&["meta"]), 64e9, Some(72e9)),
                (keys(&["alphabet"]), 75e9, None)
            ],
            "the range is Meta's, the $75 billion Alphabet's"
        );
        let s = "Meta raised its forecast to between $64 billion and $72 billion, while \
                 Alphabet said it would spend $75 billion.";
        assert_eq!(
            split(s, &[META, ALPHABET]),
            vec![
                (keys(&["meta"]), 64e9, Some(72e9)),
                (keys(&["alphabet"]), 75e9, None)
            ]
        );
        let s = "Microsoft will spend $80 billion and Meta as much as $65 billion this year.";
        assert_eq!(
            split(s, &[MICROSOFT, META]),
            vec![
                (keys(&["microsoft"]), 80e9, None),
                (keys(&["meta"]), 65e9, None)
            ]
        );
    }

    #[test]
    fn one_clause_shares_one_figure() {
        // One company, a range and a change from it: the sentence's first money.
        let s = "Meta raised its forecast to between $64 billion and $72 billion, from $60 \
                 billion to $65 billion.";
        assert_eq!(split(s, &[META]), vec![(keys(&["meta"]), 64e9, Some(72e9))]);
        // A name nearer another figure of its clause still shares the clause's figure.
        let s = "Meta plans to spend between $60 billion and $65 billion in 2025, Mark \
                 Zuckerberg said on Friday, a sharp rise from about $39 billion last year.";
        assert_eq!(
            split(s, &[META, ZUCKERBERG]),
            vec![(keys(&["meta", "mark-zuckerberg"]), 60e9, Some(65e9))]
        );
        // An entity whose clause has no figure takes the sentence's.
        let s = "The plan puts Meta among the biggest spenders, alongside Microsoft, which has \
                 said it will spend about $80 billion.";
        assert_eq!(split(s, &[META, MICROSOFT]).len(), 1);
        // The figure of the entity's own clause, not the sentence's first.
        let s = "Analysts had expected $38 billion, but Meta reported $40 billion.";
        assert_eq!(split(s, &[META]), vec![(keys(&["meta"]), 40e9, None)]);
    }

    #[test]
    fn entities_of_one_owner_share_one_claim() {
        let azure = ("Azure", "azure", "microsoft");
        let s = "Microsoft said revenue rose 12 percent and Azure grew 40 percent.";
        assert_eq!(
            split(s, &[MICROSOFT, azure]),
            vec![(keys(&["microsoft", "azure"]), 12.0, None)],
            "two points of one sentence would stand on Microsoft's lane"
        );
    }

    #[test]
    fn no_figure_no_amount() {
        let got = shares(
            "Meta and Alphabet met on Monday.",
            &[],
            vec![],
            str::to_string,
        );
        assert_eq!(
            got,
            vec![Share {
                keys: vec![],
                amount: None
            }]
        );
    }
}
