//! Headings of what is not the story: the heading of a list of the site's other stories
//! ("Most Popular", "More in (ECONOMY)", "Latest Stories from ProPublica"), a paid item's
//! label ("Sponsored"), and the label over the story's topics ("Tags:", "TAGS: Habagat,
//! Marikina River"), which closes its text.

use super::label_words::TOPIC_LABELS;

/// The heading of a list of other stories: "Most Popular", "Related Articles", "You
/// might also like".
pub(crate) fn list_heading(line: &str) -> bool {
    #[rustfmt::skip]
    const HEADINGS: &[&str] = &[
        "most popular", "most read", "popular", "popular reads", "trending", "trending now", "related",
        "related articles", "related stories", "related content", "related news", "recommended",
        "recommended for you", "recommended stories", "we recommend", "you may also like",
        "you might also like", "you might like", "other stories you might like",
        "stories you might like", "more from", "more stories", "read next", "what to read next", "top stories", "top news",
        // A live page's list of its entries' headlines.
        "key events", "key moments",
        "latest news", "latest stories", "latest", "editor's picks", "editors' picks",
        "editor’s picks", "editors’ picks", "editor picks", "popular posts", "recent posts", "more from author", "top headlines", "more like these", "also worth reading", "read more", "more in", "more on this story",
        "read also", "also read", "see also", "related coverage", "more coverage",
        // In German, Spanish, French, Italian and Portuguese.
        "lesen sie auch", "auch interessant", "passend zum artikel", "mehr zum thema", "lesen sie mehr zum thema", "weitere themen", "verwandte artikel",
        "meistgelesen", "lo más visto", "más información", "te puede interesar",
        "les plus lus", "à lire aussi", "lire aussi", "sur le même sujet", "en savoir plus",
        "i più letti",
        "leggi anche", "mais lidas", "leia também", "mehr lesen über", "mehr artikel aus",
        "diskutieren sie mit", "go deeper", "ausgewählte inhalte", "das könnte sie auch interessieren",
        // In Dutch, Swedish and Polish.
        "meest gelezen", "lees ook", "lees meer", "meer over", "populair",
        "související články", "nejčtenější", "čtěte také", "mest läst", "läs också", "läs mer",
        "mer från", "najczęściej czytane", "czytaj też", "czytaj także", "zobacz też",
        // More in Spanish and Portuguese; in Norwegian, Danish and Finnish.
        "lo más leído", "más leídas", "lee también", "lea también", "noticias relacionadas", "noticia relacionada",
        "seguir leyendo", "últimas noticias", "ultimas noticias",
        "mais lidos", "mais notícias", "leia mais", "relacionadas", "veja também",
        "notícias relacionadas", "related article", "artículo relacionado",
        "mest lest", "les også", "mest læste", "læs også", "luetuimmat", "uusimmat",
        "aiheesta muualla", "lue myös",
        // In Korean, Japanese and Chinese: related articles, most read.
        "관련기사", "관련 기사", "많이 본 뉴스", "많이 본 기사", "関連記事", "よく読まれている記事",
        "相关新闻", "相关阅读", "热门新闻",
    ];
    let key = line
        .to_lowercase()
        .trim_end_matches(['.', ':', '…', ' '])
        .to_string();
    // "Latest Singapore News", "More World Stories": a section's newest stories.
    let sections_news = (key.starts_with("latest ") || key.starts_with("more "))
        && (key.ends_with(" news") || key.ends_with(" stories"))
        && key.split_whitespace().count() <= 4;
    // "Latest Stories from ProPublica", "Popular on Variety": a heading of the list, then
    // whose stories it lists ("Related to this story": which story they go with). ("Read
    // more on these topics" heads the article's tags.)
    let whose = !TOPIC_LABELS.contains(&key.as_str())
        && HEADINGS.iter().any(|h| {
            key.strip_prefix(h).is_some_and(|rest| {
                [" from ", " on ", " in ", " at ", " to "]
                    .iter()
                    .any(|p| rest.starts_with(p))
            })
        })
        && key.split_whitespace().count() <= 6;
    // "MORE MIAMI-DADE COUNTY", "MORE POLITICS": more of a section's stories, in capitals
    // (a consent banner's "MORE OPTIONS" is its button).
    let more_of_section = line.trim().strip_prefix("MORE ").is_some_and(|what| {
        !["OPTIONS", "INFO", "INFORMATION", "DETAILS", "SETTINGS"].contains(&what.trim())
    }) && !line.chars().any(char::is_lowercase)
        && key.split_whitespace().count() <= 4;
    // "New Yorker Favorites", "Editors' Favourites": a site's picks of its own stories.
    let favourites = (key.ends_with(" favorites") || key.ends_with(" favourites"))
        && key.split_whitespace().count() <= 4;
    // "More from the BBC", "More from Océane Lamarre", "Latest On Industrials".
    whose
        || more_of_section
        || sections_news
        || favourites
        || HEADINGS.contains(&key.as_str())
        || ([
            "more from ",
            "more on ",
            // "More in (ECONOMY)", "More in Business".
            "more in ",
            "latest on ",
            "latest in ",
            "next in ",
            "trending in ",
            "mer från ",
            "más de ",
            "plus de ",
            "mehr von ",
            "mehr aus ",
            "altro da ",
        ]
        .iter()
        .any(|m| key.starts_with(m))
            && key.split_whitespace().count() <= 5)
        // "More from Priya Nandakumar and Civic Data Notes", "Recommended from Medium".
        || (["more from ", "recommended from "]
            .iter()
            .any(|m| key.starts_with(m))
            && key.split_whitespace().count() <= 8)
}

/// The labels of an ad's slot, which stands inside a text as well as over a paid item.
const AD_SLOTS: &[&str] = &["ad", "advertisement", "anzeige", "publicidad", "publicité"];

/// The label of an ad's slot: "Advertisement", "Ad", "Anzeige".
pub(crate) fn ad_slot(line: &str) -> bool {
    AD_SLOTS.contains(&line.to_lowercase().trim_end_matches(['.', ':', ' ']).trim())
}

/// The label over a paid item: "Sponsored", "Promoted", "Ad", "Partner content".
pub(crate) fn sponsor_label(line: &str) -> bool {
    let key = line.to_lowercase();
    ad_slot(line)
        || [
            "sponsored",
            "promoted",
            "paid content",
            "partner content",
            "sponsored content",
            "paid post",
            // Dutch, German, French, Spanish and Italian partners' content.
            "partnerbijdrage",
            "gesponsord",
            "gesponsert",
            "partnerinhalt",
            "contenu sponsorisé",
            "contenido patrocinado",
            "contenuto sponsorizzato",
            // Austrian law's word for a paid item, and Finnish "commercial co-operation".
            "entgeltliche einschaltung",
            "kaupallinen yhteistyö",
        ]
        .contains(&key.trim_end_matches(['.', ':', ' ']))
        // "Ad · Brightline Insurance", "Sponsored by Acme": the label and the advertiser.
        || [
            "ad · ",
            "sponsored · ",
            "sponsored by ",
            "sponsored content by ",
            "promoted by ",
            "anzeige · ",
            "in samenwerking met ",
            "in partnership with ",
            "in zusammenarbeit mit ",
        ]
        .iter()
        .any(|p| key.starts_with(p))
}

/// A label over an article's topics ("KEYWORDS", "Ämnen i artikeln", "Tags:"), or the
/// label with the topics after it ("TAGS: Habagat, Marikina River, weather").
pub(crate) fn topics_label(line: &str) -> bool {
    let lower = line.to_lowercase();
    // "TAGS: Habagat, Marikina River, Pagasa, weather": the label, then the topics.
    let listed = lower.split_once(": ").is_some_and(|(label, topics)| {
        TOPIC_LABELS.contains(&label.trim())
            && topics
                .split(", ")
                .all(|t| (1..=4).contains(&t.split_whitespace().count()))
    });
    listed || TOPIC_LABELS.contains(&lower.trim_end_matches([':', ' ']))
}
