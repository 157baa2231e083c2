//! Notes on a story's authors among its paragraphs: the author's box at an edge of the
//! text ("Jane Lee is a senior correspondent ...", "Nolan Ramírez, Staff Writer. Nolan
//! covers ..."), read against the story's byline so that a sentence about someone else
//! stays the story's.

/// A line of the author box of `byline`'s authors: a name alone, or a note on one ("Jane
/// Lee is a senior correspondent ...", "Simone Brändli ist Redaktorin ...", "Ms. Alvarez
/// is an emergency physician ...", "Sara Klein can be reached at ...", an opinion page's
/// "Marchetti is an associate professor ...", "Nolan Ramírez, Staff Writer. Nolan covers
/// ...", the author's own "I cover ..."), compared without case. A note counts only at an
/// `edge` of the text.
pub(super) fn author_box(byline: &str, para: &str, edge: bool) -> bool {
    const VERBS: &[&str] = &[
        " is ",
        " covers ",
        " writes ",
        " reports ",
        " reported from ",
        " joined ",
        " can be reached ",
        // The same in German, French, Spanish, Italian, Dutch and the Nordic languages.
        " ist ",
        " schreibt ",
        " berichtet ",
        " est ",
        " écrit ",
        " es ",
        " escribe ",
        " è ",
        " scrive ",
        " schrijft ",
        " är ",
        " skriver ",
    ];
    const HONORIFICS: &[&str] = &["mr. ", "ms. ", "mrs. ", "dr. ", "prof. "];
    // ("— Maya Trent covers Portland City Hall.": the note set off by a dash.)
    let para = para.trim_start_matches(['—', '–', '-', ' ']).to_lowercase();
    let short = para.split_whitespace().count() <= AUTHOR_NOTE_WORDS;
    // The author's own words under their name and job: "I cover Oxford Crown Court ... Got
    // a story? Email ...".
    let own_words = ["i cover ", "i report on ", "i write about "]
        .iter()
        .any(|w| para.starts_with(w));
    if own_words && short && edge {
        return true;
    }
    byline
        .to_lowercase()
        .split(" and ")
        .flat_map(|n| n.split(", "))
        .any(|name| {
            let surname = name.rsplit(' ').next().unwrap_or(name);
            // "Renata Vossberg: 206-464-2817 or rvossberg@paper.example.": how to reach her.
            // So is "You can reach Staff Writer Hannah Beaudry at 707-521-5214 or ...".
            let reach = ["you can reach ", "reach ", "contact "]
                .iter()
                .any(|r| para.starts_with(r))
                && para.contains(&format!("{name} at "));
            let contact = (para.starts_with(&format!("{name}: ")) || reach)
                && (para.contains('@') || para.chars().filter(char::is_ascii_digit).count() >= 7);
            // "Nolan Ramírez, Staff Writer. Nolan covers ...": the name and its job, then
            // the note by the given name or the surname.
            let given = name.split(' ').next().unwrap_or(name);
            let after_job = para
                .strip_prefix(&format!("{name}, "))
                .and_then(|rest| rest.split_once(". "))
                .filter(|(job, _)| job.split_whitespace().count() <= JOB_WORDS)
                .map(|(_, note)| note);
            let note = contact
                || after_job.is_some_and(|note| {
                    [given, surname, "he", "she"]
                        .iter()
                        .any(|who| VERBS.iter().any(|v| note.starts_with(&format!("{who}{v}"))))
                })
                || VERBS.iter().any(|v| {
                    para.starts_with(&format!("{name}{v}"))
                        || (surname != name && para.starts_with(&format!("{surname}{v}")))
                        || HONORIFICS
                            .iter()
                            .any(|h| para.starts_with(&format!("{h}{surname}{v}")))
                });
            para == name || (note && short && edge)
        })
}

/// The longest note on an author ("Jane Lee is a senior correspondent covering Congress.";
/// two sentences with "She is the author of ...").
const AUTHOR_NOTE_WORDS: usize = 60;
/// The longest job an author's note names after the name ("Staff Writer", "Senior
/// Reporter, Politics").
const JOB_WORDS: usize = 5;
