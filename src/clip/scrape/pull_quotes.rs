//! Pull quotes: a sentence of the story set again, large, between its paragraphs
//! ("“We will not sign up to commitments the law does not contain.”"). Copied out of the
//! page it is a paragraph whose words all stand, in order, inside another paragraph
//! nearby; the copy goes and the sentence stays where the writer put it.

/// The fewest words a repeat must have to be dropped: "Yes." or "Read more." inside a
/// longer paragraph is no pull quote.
const MIN_WORDS: usize = 8;
/// A pull quote is short: longer paragraphs are compared no further.
const MAX_WORDS: usize = 80;
/// How many paragraphs before and after a pull quote its sentence is looked for: pages
/// set it near the sentence, and the window keeps a long paste's work linear.
const WINDOW: usize = 12;
/// The most words of a pull quote's credit line: a name and a job.
const CREDIT_WORDS: usize = 10;

/// A paragraph's words, lower-cased, with the marks between them gone ("“We will…”"
/// and "\"We will…\" he said" give the same words), each followed by one space.
fn words(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 1);
    out.push(' ');
    for w in p
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        out.extend(w.chars().flat_map(char::to_lowercase));
        out.push(' ');
    }
    out
}

/// Drops each paragraph of at least [`MIN_WORDS`] words whose words all stand, in order,
/// inside a longer paragraph within [`WINDOW`] paragraphs of it.
pub(super) fn drop_pull_quotes(paras: &mut Vec<String>) {
    let keys: Vec<String> = paras.iter().map(|p| words(p)).collect();
    let count = |k: &str| k.split_whitespace().count();
    let repeats: Vec<bool> = (0..paras.len())
        .map(|i| {
            let n = count(&keys[i]);
            (MIN_WORDS..=MAX_WORDS).contains(&n)
                && (i.saturating_sub(WINDOW)..(i + WINDOW + 1).min(paras.len()))
                    .any(|j| j != i && keys[j].len() > keys[i].len() && keys[j].contains(&keys[i]))
        })
        .collect();
    // The quote's credit under it ("— Ingrid Halvorsen, port authority chair") goes with it.
    let credit = |i: usize| {
        let p = paras[i].trim_start();
        p.starts_with(['—', '–', '-']) && count(&keys[i]) <= CREDIT_WORDS
    };
    let gone: Vec<bool> = (0..paras.len())
        .map(|i| repeats[i] || (i > 0 && repeats[i - 1] && credit(i)))
        .collect();
    let mut at = 0;
    paras.retain(|_| {
        at += 1;
        !gone[at - 1]
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(paras: &[&str]) -> Vec<String> {
        let mut paras: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
        drop_pull_quotes(&mut paras);
        paras
    }

    #[test]
    fn a_quote_set_again_in_curly_marks_goes_and_its_sentence_stays() {
        let said = "\"We will meet every obligation in the regulation, but we will not sign up to commitments it does not contain,\" Lars Engström said in an interview.";
        let got = kept(&[
            "BRUSSELS — Companies that build large models face their first deadline.",
            said,
            "“We will meet every obligation in the regulation, but we will not sign up to commitments it does not contain.”",
            "European start-ups have raised a different concern.",
        ]);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[1], said);
        // Its credit line goes with it.
        let got = kept(&[
            said,
            "“We will meet every obligation in the regulation, but we will not sign up to commitments it does not contain.”",
            "— Lars Engström, Northvale",
            "– Short line after a paragraph",
        ]);
        assert_eq!(got, [said, "– Short line after a paragraph"]);
    }

    #[test]
    fn a_pull_quote_set_before_its_sentence_goes_too() {
        let got = kept(&[
            "The port will open a second terminal in the north of the harbour next spring.",
            "The fees will pay for the dredging and nothing else",
            "The board said the fees will pay for the dredging and nothing else, and that they would be reviewed every year.",
        ]);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[1].starts_with("The board said"));
    }

    #[test]
    fn short_repeats_and_different_words_stay() {
        let paras = [
            "Read more.",
            "He said: Read more. Then the meeting ended without a vote on the budget.",
            "The fees will pay for the dredging and for the new quays",
            "The board said the fees will pay for the dredging and nothing else.",
        ];
        assert_eq!(kept(&paras), paras);
    }
}
