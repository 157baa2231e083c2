//! The labels of boxes over or under a story's text: an author box's heading ("About the
//! author"), a summary's ("Key points"), and the topics' ("Tags:"), in the languages whose
//! dates `when` reads. Generic words of news sites, not the words of any one page.

/// Headings of a box about the article's author, in the languages of the other lists.
#[rustfmt::skip]
pub(super) const AUTHOR_BOX_HEADINGS: &[&str] = &[
    "about the author", "about the authors", "sobre la firma", "sobre el autor",
    "sobre la autora", "über den autor", "über die autorin", "zum autor", "zur autorin",
    "à propos de l'auteur", "l'auteur", "sull'autore", "sobre o autor", "sobre a autora",
    "om skribenten", "om författaren", "o autorze", "o autorce",
];

/// Labels of a summary box under a headline, in the languages of the other lists.
#[rustfmt::skip]
pub(super) const SUMMARY_LABELS: &[&str] = &[
    "summary", "key points", "key takeaways", "in brief", "at a glance", "the essentials",
    "highlights", "story highlights", "takeaways", "what you need to know", "what to know",
    "what we know",
    "de essentie", "in het kort", "das wichtigste in kürze", "auf einen blick", "en bref",
    "l'essentiel", "l’essentiel", "en resumen", "lo más importante", "in sintesi",
    "em resumo", "i korthet", "w skrócie", "i punti chiave", "punti chiave", "les points clés",
    "artikelzusammenfassung",
];
/// Labels over an article's topics or tags, which close its text.
#[rustfmt::skip]
pub(super) const TOPIC_LABELS: &[&str] = &[
    "keywords", "topics", "tags", "tags / keywords", "suggested topics", "related topics",
    "explore more on these topics", "read more on these topics", "more on these topics",
    "filed under", "explore more topics",
    "themen", "sujets", "temas", "argomenti", "onderwerpen", "gerelateerde onderwerpen",
    "ämnen i artikeln", "tematy",
];
