//! Tests of the snippets: windows, marks, phrases, prefixes and folding, as the index
//! matches them.

use super::*;
use crate::query::parse;

fn snip(columns: &[&str], query: &str) -> String {
    snippet(columns, &marks_of(&parse(query).unwrap())).unwrap()
}

fn marked(raw: &str) -> Vec<String> {
    raw.split(MARK_OPEN)
        .skip(1)
        .map(|s| s.split(MARK_CLOSE).next().unwrap().to_owned())
        .collect()
}

const BODY: &str = "Shipping lines cut prices again this week. Analysts said the market \
    for container shipping would stay weak until the spring, when new tariffs start. \
    Freight rates fell for a ninth week in a row.";

#[test]
fn a_word_is_marked_in_a_window_of_sixteen_tokens_around_it() {
    let raw = snip(&[BODY], "MARKET");
    assert_eq!(marked(&raw), ["market"]);
    assert!(raw.starts_with('…') && raw.ends_with('…'), "{raw}");
    assert_eq!(Tokens::new(&raw).count(), WIDTH, "{raw}");
    assert!(
        raw.contains("Analysts said the \u{2}market\u{3} for container"),
        "{raw}"
    );
}

#[test]
fn phrases_prefixes_and_accents_match_as_the_index_matches_them() {
    assert_eq!(
        marked(&snip(&[BODY], "\"container shipping\"")),
        ["container shipping"]
    );
    // "Shipping" alone, not followed by "container", is not the phrase.
    assert_eq!(
        marked(&snip(&[BODY], "\"shipping container\"")),
        Vec::<String>::new()
    );
    assert_eq!(marked(&snip(&[BODY], "freig*")), ["Freight"]);
    assert_eq!(
        marked(&snip(
            &["La régulation des marchés européens"],
            "regulation"
        )),
        ["régulation"]
    );
    assert_eq!(
        marked(&snip(&["Die Übernahme"], "ÜBERNAHME")),
        ["Übernahme"]
    );
}

#[test]
fn the_window_holding_most_words_wins_and_negations_are_not_marked() {
    let raw = snip(&[BODY], "shipping tariffs -market");
    assert_eq!(marked(&raw), ["shipping", "tariffs"], "{raw}");
    let either = snip(&[BODY], "rates OR prices");
    assert_eq!(marked(&either).len(), 1, "{either}");
}

#[test]
fn the_body_is_preferred_and_other_columns_serve_when_it_has_no_match() {
    let cols = ["Freight rates fall", "", "", BODY, "my note on rates"];
    let body_first = [cols[3], cols[4], cols[1], cols[0], cols[2]];
    assert!(snip(&body_first, "rates").contains("ninth week"));
    let note_only = snip(&body_first, "note");
    assert_eq!(marked(&note_only), ["note"]);
    assert!(
        !note_only.starts_with('…'),
        "a short column is shown whole: {note_only}"
    );
}

#[test]
fn without_a_match_the_start_of_the_text_is_shown_and_page_marks_are_dropped() {
    let raw = snip(&["Odd \u{2}text\u{3} with   gaps\nand lines"], "zebra");
    assert_eq!(raw, "Odd text with gaps and lines");
    assert_eq!(snippet(&["", "  "], &marks_of(&parse("x").unwrap())), None);
}

#[test]
fn the_finder_skips_to_the_first_word_but_not_past_a_word_inside_another() {
    let text = format!(
        "{} “misgovernment” was the charge; the government denied it.",
        "Opening words here. ".repeat(50)
    );
    let raw = snip(&[&text], "government");
    assert_eq!(marked(&raw), ["government"], "{raw}");
    assert!(
        raw.starts_with("…") && raw.contains("“misgovernment” was the charge"),
        "{raw}"
    );
    let col = Column::read(&text, &marks_of(&parse("government").unwrap()));
    assert!(
        col.offset > 0 && col.tokens.len() < 40,
        "began at {}",
        col.offset
    );
    let none = Column::read(&text, &marks_of(&parse("tariffs").unwrap()));
    assert!(
        none.tokens.is_empty(),
        "a column without the word is not tokenized"
    );
}

#[test]
fn tokenizing_begins_before_the_first_letter_that_folds() {
    let filler = "Opening words here. ".repeat(50);
    let late = format!("{filler}the government said. Then café and REGULATION.");
    let col = Column::read(&late, &marks_of(&parse("regulation").unwrap()));
    let cafe = late.find("café").unwrap();
    assert!(
        col.offset > 0 && col.offset < cafe && col.tokens.len() < 40,
        "began at {}, read {} tokens",
        col.offset,
        col.tokens.len()
    );
    assert_eq!(marked(&snip(&[&late], "regulation")), ["REGULATION"]);
    // An accented spelling of the word is found even after an earlier plain one.
    let accented = format!("{filler}Intérêt here.");
    assert_eq!(marked(&snip(&[&accented], "interet")), ["Intérêt"]);
    let straddle = format!("{filler}Note the regulación.");
    assert_eq!(marked(&snip(&[&straddle], "regulacion")), ["regulación"]);
}

#[test]
fn a_long_text_stops_reading_once_the_window_is_found() {
    let long = format!("{BODY} {}", "filler words here ".repeat(100_000));
    let marks = marks_of(&parse("market").unwrap());
    let col = Column::read(&long, &marks);
    assert!(
        !col.read_all && col.tokens.len() < 100,
        "read {}",
        col.tokens.len()
    );
}

#[test]
fn a_phrase_is_looked_for_whole_before_its_first_word() {
    let filler = "Opening words here. ".repeat(20);
    let text = format!(
        "{filler}Their interest in the deal faded. {filler}Higher interest rates followed. {filler}"
    );
    let marks = marks_of(&parse("\"interest rates\"").unwrap());
    let col = Column::read(&text, &marks);
    let phrase = text.find("interest rates").unwrap();
    assert!(
        col.offset > text.find("faded").unwrap() && col.offset < phrase,
        "began at {}, the phrase is at {phrase}",
        col.offset
    );
    assert!(col.tokens.len() < 40, "read {} tokens", col.tokens.len());
    assert_eq!(
        marked(&snip(&[&text], "\"interest rates\"")),
        ["interest rates"]
    );
    // Written with other spacing or punctuation between its words, the phrase is still
    // found, from its first word on (and shown with its white space made one space).
    let spaced = format!("{filler}Their interest in it. {filler}Interest,\n rates rose.");
    assert_eq!(
        marked(&snip(&[&spaced], "\"interest rates\"")),
        ["Interest, rates"]
    );
}

#[test]
fn punctuation_between_words_is_not_part_of_a_token() {
    let text = "“Tariffs”—and taxes… ‘rose’ \u{200b}again";
    let words: Vec<&str> = Tokens::new(text).map(|(s, e)| &text[s..e]).collect();
    assert_eq!(words, ["Tariffs", "and", "taxes", "rose", "again"]);
    assert_eq!(first_foldable("plain “quoted” text — dashes"), None);
    assert_eq!(
        first_foldable(&format!("{} café", "x".repeat(40))),
        Some(44)
    );
}

#[test]
fn each_chinese_japanese_or_korean_character_is_a_token_as_the_index_reads_it() {
    let text = "Meta的AI芯片，서울에서 ภาษาไทย";
    let words: Vec<&str> = Tokens::new(text).map(|(s, e)| &text[s..e]).collect();
    assert_eq!(
        words,
        [
            "Meta",
            "的",
            "AI",
            "芯",
            "片",
            "서",
            "울",
            "에",
            "서",
            "ภาษาไทย"
        ]
    );
    assert_eq!(
        marked(&snip(&["他们说AI芯片的价格上涨了。"], "芯片")),
        ["芯片"],
        "a word of them is marked whole"
    );
    // A window of twice as many tokens: sixteen characters would be a few words.
    let long = "市政府周一表示，港口扩建计划已经获批，预计明年开工，总投资约为十亿元，\
                其中一半来自省政府，另一半由港口集团自筹，工程将分三期完成。";
    let raw = snip(&[long], "扩建");
    assert_eq!(marked(&raw), ["扩建"]);
    assert_eq!(Tokens::new(&raw).count(), CJK_WIDTH, "{raw}");
    assert_eq!(
        Tokens::new(&snip(&[long], "扩建 OR shipping")).count(),
        CJK_WIDTH
    );
    // An ASCII word looked for in such text, with an accented word glued to a character
    // (the search for where tokenizing starts once went round for ever here).
    assert_eq!(
        marked(&snip(
            &["会议在Zürich举行，瑞士信贷Crédit Suisse的代表出席。"],
            "zurich"
        )),
        ["Zürich"]
    );
    assert_eq!(
        marked(&snip(&["瑞士信贷Crédit Suisse的代表出席。"], "ubs")),
        Vec::<String>::new()
    );
    // Backing up from a word counts such characters one by one.
    let text = "一二三四五 word";
    assert_eq!(back_up(text, text.len() - 4, 2), "一二三".len(), "at 四");
}

#[test]
fn accented_words_that_fold_to_no_mark_do_not_start_the_tokenizing() {
    let filler = "Opening words here. ".repeat(50);
    let text = format!("Café owners met. {filler}Naïve × plans; the tariffs rose.");
    let col = Column::read(&text, &marks_of(&parse("tariffs").unwrap()));
    let naive = text.find("Naïve").unwrap();
    assert!(
        col.offset > naive - 200 && col.tokens.len() < 40,
        "began at {}, read {} tokens",
        col.offset,
        col.tokens.len()
    );
    assert_eq!(marked(&snip(&[&text], "tariffs")), ["tariffs"]);
    // Neither the word nor a folding of it: nothing is tokenized.
    let none = Column::read(&text, &marks_of(&parse("duties").unwrap()));
    assert!(none.tokens.is_empty(), "read {} tokens", none.tokens.len());
    // A folded token that is the word, after accented ones that are not.
    let folded = format!("Café {filler} naïve TARÍFFS");
    assert_eq!(marked(&snip(&[&folded], "tariffs")), ["TARÍFFS"]);
    // A prefix, and the first word of a phrase, folded.
    assert_eq!(marked(&snip(&[&folded], "tari*")), ["TARÍFFS"]);
    let phrase = format!("Café {filler} the Tarífs rose");
    assert_eq!(
        marked(&snip(&[&phrase], "\"tarifs rose\"")),
        ["Tarífs rose"]
    );
}

#[test]
fn past_an_accent_a_phrase_is_found_first_where_it_is_written_with_a_dash_too() {
    let words = "many other words stand here ".repeat(8);
    let text = format!(
        "Café notes. The interest-rate decision came. {words} Then the interest rate rose."
    );
    assert_eq!(
        marked(&snip(&[&text], "\"interest rate\"")),
        ["interest-rate"],
        "the first use, as the index finds it"
    );
}

#[test]
fn signs_and_marks_that_fold_into_a_word_are_found_past_plain_text() {
    let filler = "Opening words here. ".repeat(30);
    let kelvin = format!("{filler}measured in \u{212A}elvin");
    assert_eq!(marked(&snip(&[&kelvin], "kelvin")), ["\u{212A}elvin"]);
    let marked_u = format!("{filler}in Zu\u{1DC0}rich today");
    assert_eq!(marked(&snip(&[&marked_u], "zurich")), ["Zu\u{1DC0}rich"]);
}

#[test]
fn a_match_in_the_body_is_placed_by_code_point_for_the_reader() {
    let body = "Ça coûte cher: la société Meta Platforms a dit que les dépenses montent.";
    let marks = marks_of(&parse("\"meta platforms\" dépenses").unwrap());
    let (_, at) = snippet_at(&[body, "", "", "A title"], &marks).unwrap();
    let (start, end) = at.expect("the body holds the match");
    let chars: Vec<char> = body.chars().collect();
    assert_eq!(
        chars[start..end].iter().collect::<String>(),
        "Meta Platforms",
        "the first match of the window, in code points past the accents before it"
    );
    // A snippet taken from another column (the title here) has no place in the body.
    let (_, at) = snippet_at(
        &[body, "", "", "Harbour fees"],
        &marks_of(&parse("harbour").unwrap()),
    )
    .unwrap();
    assert_eq!(at, None);
}
