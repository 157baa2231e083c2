//! A photo caption told by the credit it ends with ("... REUTERS/Staff", "(AP
//! Photo/Jane Doe)", "... Ohio.Google Maps", "＝…撮影"): the shapes of a caption's end,
//! read with the agencies and credits of `credits`.

use super::credit_words::NEWS_AGENCIES;
use super::credits::{
    CREDIT_TAIL_WORDS, agency_after_slash, bracketed_tail, is_agency_credit, known_agency,
};

/// "PTI SPK ARU": an Indian wire's name and its desk's codes, which close the wire's copy
/// (no picture's credit).
pub(crate) fn wire_desk_codes(s: &str) -> bool {
    const WIRES: &[&str] = &["PTI", "IANS", "ANI", "UNI"];
    let codes: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&codes.len())
        && WIRES.contains(&codes[0])
        && codes[1..]
            .iter()
            .all(|c| (2..=4).contains(&c.len()) && c.chars().all(|ch| ch.is_ascii_uppercase()))
}

/// A photo caption, told by the credit it ends with: "... July 14, 2025. REUTERS/Staff",
/// "... in Kyiv. AFP/Getty Images", "... REUTERS/Jose Luis Gonzalez", "... on Monday. (AP
/// Photo/Jane Doe)". The agency is one of `NEWS_AGENCIES` ("... talks. US/China" is text).
pub(crate) fn is_photo_caption(line: &str) -> bool {
    // "Photo/Illustration Iyo Bank President ... (Masaki Tanaka)": The Asahi Shimbun's
    // caption label, which the site spells "Photo/Illutration" too.
    if line.starts_with("Photo/Illu") && line.split_whitespace().count() <= 60 {
        return true;
    }
    // "The Board of Elections in Pomeroy Falls, Ohio.Google Maps": a company or agency
    // credited, glued after the caption's stop, every word capitalised.
    if let Some((text, credit)) = line.trim_end().rsplit_once('.')
        && !credit.starts_with(' ')
        && (1..=4).contains(&credit.split_whitespace().count())
        && credit.split_whitespace().all(super::lines::starts_upper)
        && credit.chars().all(|c| c.is_alphabetic() || c == ' ')
        && text.split_whitespace().count() >= 4
        && text.ends_with(char::is_alphabetic)
        && line.split_whitespace().count() <= 40
    {
        return true;
    }
    if super::credit_tails::credit_after_stop(line)
        || super::credit_tails::archive_or_copyright_credit(line)
        || super::credit_tails::agency_in_brackets(line)
    {
        return true;
    }
    // "... for forty-one years.Photograph by Ilse Varga for The New Yorker", "... the parish
    // council Credit: Jonathan Pelham-Reid": the credit glued after the caption's stop, or
    // labelled after its last word.
    if let Some((text, credit)) = [
        ".Photograph by ",
        ".Photographs by ",
        ".Photo by ",
        ".Illustration by ",
        // "... alongside Commonwealth Avenue. Picture by Keira Lundgren".
        ". Picture by ",
        ". Pictures by ",
        ". Pic by ",
        // "... near Bintang Plaza. – Photo by Nancy Lai".
        ". – Photo by ",
        ". - Photo by ",
        " Credit: ",
    ]
    .iter()
    .find_map(|glue| line.rsplit_once(glue))
        && text.split_whitespace().count() >= 4
        && credit.split_whitespace().count() <= CREDIT_TAIL_WORDS
        && !credit.ends_with('.')
        && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "Kauri Freight's Wiri depot ... volumes. Photo / Dean Purcell", "... $41.5 million.
    // Image / Supplied": a caption that ends with its credit.
    if let Some((_, credit)) = line.rsplit_once(". ")
        && [
            "Photo / ",
            "Photo: ",
            "Photo by ",
            "Courtesy of ",
            "Photo courtesy of ",
            "Foto: ",
            "Foto / ",
            "Picture: ",
            "PICTURE: ",
            "PHOTO: ",
            "Image: ",
            "Image / ",
            "Graphic / ",
            "Video / ",
        ]
        .iter()
        .any(|p| credit.starts_with(p))
        && credit.split_whitespace().count() <= CREDIT_TAIL_WORDS
    {
        return true;
    }
    // "Een half afgebouwde kas bij Maasdijk. Foto Jelmer Baan": the Dutch label without
    // its colon, then the photographer or the agency.
    if let Some((_, credit)) = line.rsplit_once(". ")
        && let Some(who) = credit.strip_prefix("Foto ")
        && (super::names::names_like(who) || known_agency(who.trim()))
    {
        return true;
    }
    // "A stalled condo site in Toronto's east end on July 12.Fred Lum/The Globe and Mail":
    // the photographer and the paper glued after the caption's stop.
    if let Some((text, credit)) = line.rsplit_once('.')
        && text.split_whitespace().count() >= 4
        && let Some((who, whose)) = credit.split_once('/')
        && super::names::names_like(who)
        && super::lines::outlet_shaped(whose.trim())
        && !credit.contains(". ")
        && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "Plenário do Senado nesta sexta-feira (11) - Pedro Ladeira - 11.jul.2025/Folhapress":
    // the photographer, then the day the picture was taken and the paper or agency.
    if let Some((rest, taken)) = line.rsplit_once(" - ")
        && let Some((text, who)) = rest.rsplit_once(" - ")
        && let Some((day, whose)) = taken.split_once('/')
        && day.contains(|c: char| c.is_ascii_digit())
        && !day.contains(' ')
        && super::lines::outlet_shaped(whose.trim())
        && super::names::names_like(who)
        && text.split_whitespace().count() >= 3
        && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "Der Hochofen 4 soll Ende 2026 vom Netz gehenBild: Rolf Venhaus/dpa/picture
    // alliance": the credit's label glued on, or after a space, with no stop; the credit
    // names a wire or a photographer and a wire, or a photographer alone after a longer
    // caption ("Flooded rice farms in Argungu LGA, Kebbi State Photo: Ibrahim Musa").
    if let Some((text, credit)) = ["Bild: ", "Foto: ", "Photo: ", "Image: ", "Beeld "]
        .iter()
        .find_map(|label| line.rsplit_once(label))
        && text.split_whitespace().count() >= 3
        && credit.split_whitespace().count() <= CREDIT_TAIL_WORDS
        && (credit.contains('/')
            || known_agency(credit.trim())
            || (text.split_whitespace().count() >= 5 && super::names::names_like(credit.trim())))
        && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "Crowds built up at Paddington station after services were suspended (Jeremy
    // Selwyn)": a caption in sentence case without its stop, then the photographer's name
    // alone in brackets. A headline names no one in brackets at its end.
    if let Some((text, inner)) = bracketed_tail(line, '(', ')')
        && super::names::name_like(inner)
        && !text.contains(':')
        && line.split_whitespace().count() <= 40
        && in_sentence_case(text, 4)
    {
        return true;
    }
    // "... from their well in 2022. Jessica Ruiz for ProPublica": the photographer and the
    // paper she worked for, after the caption's stop and with none of its own.
    if let Some((text, credit)) = line.trim_end().rsplit_once(". ")
        && text.split_whitespace().count() >= 4
        && let Some((who, whose)) = credit.split_once(" for ")
        && credit.split_whitespace().count() <= CREDIT_TAIL_WORDS
        && !credit.ends_with(['.', '!', '?', '"', '”'])
        && super::names::names_like(who)
        && super::lines::outlet_shaped(whose)
        && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "A still from Starfall. Meridian Pictures": a caption in sentence case, then the
    // company or the photographer credited, every word capitalised and no stop ("Biden
    // Drops Out. What Comes Next" is a headline in title case).
    if let Some((text, credit)) = line.trim_end().rsplit_once(". ")
        && (2..=4).contains(&credit.split_whitespace().count())
        && credit.split_whitespace().all(super::lines::starts_upper)
        && !credit.ends_with(['.', '!', '?', '"', '”'])
        && super::lines::outlet_shaped(credit)
        && !wire_desk_codes(credit)
        && line.split_whitespace().count() <= 30
        && in_sentence_case(text, 2)
    {
        return true;
    }
    // "... at a county board meeting in June. Mother Jones illustration; Marquette Falls
    // County/YouTube": the paper's illustration credited after the caption's stop, then
    // the sources it was made from.
    if let Some((text, credit)) = line.trim_end().rsplit_once(". ")
        && text.split_whitespace().count() >= 4
        && let Some((whose, sources)) = credit.split_once(" illustration")
        && super::lines::outlet_shaped(whose)
        && (sources.is_empty() || sources.starts_with([';', ',']))
        && credit.split_whitespace().count() <= CREDIT_TAIL_WORDS
        && !credit.ends_with(['.', '!', '?', '"', '”'])
        && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "A Dublin Bus on O'Connell Street. Sasko Lazarov/RollingNews.ie": the photographer
    // and the agency after the caption's stop and a space.
    if let Some((text, credit)) = line.trim_end().rsplit_once(". ")
        && text.split_whitespace().count() >= 4
        && credit.split_whitespace().count() <= CREDIT_TAIL_WORDS
        && let Some((who, whose)) = credit.split_once('/')
        && super::names::names_like(who)
        && (super::lines::outlet_shaped(whose) || known_agency(whose))
        && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "Students leave a cram school in Seoul, July 10. Yonhap": a wire alone after the
    // caption's stop.
    if let Some((text, credit)) = line.trim_end().rsplit_once(". ")
        && text.split_whitespace().count() >= 4
        && (1..=3).contains(&credit.split_whitespace().count())
        && known_agency(credit.trim())
        && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "Workers stack bricks at a kiln outside Lahore. — Reuters/File": a spaced dash after
    // the caption's stop, then a wire, perhaps with "File" or a photographer.
    if let Some((text, credit)) = [". — ", ". – ", ". - "]
        .iter()
        .find_map(|dash| line.rsplit_once(dash))
        && text.split_whitespace().count() >= 3
        && credit.split_whitespace().count() <= 4
        && credit.split('/').any(known_agency)
        && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "Voltrek makes about 9,000 scooters a month. (Representative image)": Indian papers
    // mark a stock picture's caption in brackets, or before its credit ("Representational
    // image | Photo Credit: Getty Images/iStockphoto"); "(File photo)" marks an old one.
    let marked = line.trim_end().to_lowercase();
    let stock = [
        "representational image",
        "representative image",
        "image for representation",
        "file photo",
        "file image",
        "file pic",
    ]
    .iter()
    .any(|m| {
        marked.ends_with(&format!("({m})"))
            || marked
                .strip_prefix(m)
                .is_some_and(|rest| rest.trim_start().starts_with(['|', ':', '.', '-', '(']))
    });
    if stock && line.split_whitespace().count() <= 60 {
        return true;
    }
    // "... furnace building in Marlow, Ohio, on July 9. hide caption": the caption's
    // button read with it.
    if line.ends_with(" hide caption") && line.split_whitespace().count() <= 60 {
        return true;
    }
    // "建設が進む工場＝熊本県で2025年6月、本社ヘリから撮影": a Japanese caption ends in
    // "photographed".
    // So do a rendering ("完成予想図"), an image ("イメージ図"), and a credit to a wire
    // ("＝共同", "＝ロイター").
    let japanese_end = [
        "撮影",
        "予想図",
        "イメージ図",
        "＝共同",
        "=共同",
        "＝ロイター",
        "=ロイター",
    ];
    let end = line.trim_end_matches(['）', ')']);
    if japanese_end.iter().any(|e| end.ends_with(e)) && line.chars().count() <= 120 {
        return true;
    }
    // "Brightlink said the error affected customers ... (Getty/iStock)": agencies in
    // brackets after a caption, with or without its stop.
    if let Some((text, inner)) = bracketed_tail(line, '(', ')')
        && (4..=40).contains(&text.split_whitespace().count())
        && inner.split('/').all(known_agency)
    {
        return true;
    }
    // "Veda Lifesciences' research centre in Hyderabad. (Mint)", "Ship traffic off the
    // island of Evia. [Shutterstock]", "... in May. (Gobierno de Nuevo León)": a short
    // sentence, then the outlet, agency or office credited in brackets.
    const PARTICLES: &[&str] = &["de", "del", "la", "of", "the", "and", "y", "des", "du"];
    if let Some((text, inner)) =
        bracketed_tail(line, '(', ')').or_else(|| bracketed_tail(line, '[', ']'))
        && text.trim_end().ends_with('.')
        && text.split_whitespace().count() <= 25
        && (1..=5).contains(&inner.split_whitespace().count())
        && super::lines::starts_upper(inner)
        && inner
            .split_whitespace()
            .all(|w| super::lines::starts_upper(w) || PARTICLES.contains(&w))
        // "... weiterlaufen. (Regina Feuerstein, 12.7.2025)": the author's signature and
        // date close an Austrian paper's last paragraph.
        && !inner.contains([':', ','])
        && !inner.contains(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    // "... outside Columbus, Ohio.Credit...Maddie Reyes for The Times", "... between 2027
    // and 2030.Image Credit: Supplied": the credit, under its label, after the caption's stop.
    if [
        "Credit...",
        "Credit…",
        "Image Credit: ",
        "Image credit: ",
        "Credit: ",
        "Photo Credit: ",
        "Photo credit: ",
        "Photographer: ",
    ]
    .iter()
    .any(|c| {
        line.rfind(c).is_some_and(|at| {
            at > 0
                && line[..at].trim_end().ends_with(['.', ')'])
                && line[at + c.len()..].split_whitespace().count() <= CREDIT_TAIL_WORDS
        })
    }) && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "... in Ukraine on June 27, 2025. (Kobzar Dynamics / Press service)": the company and
    // its press office credited in brackets after the caption's stop.
    if let Some((text, inner)) = bracketed_tail(line, '(', ')')
        && text.trim_end().ends_with('.')
        && (4..=40).contains(&text.split_whitespace().count())
        && let Some((whose, what)) = inner.split_once(" / ")
        && [whose, what].iter().all(|p| {
            super::lines::starts_upper(p.trim()) && (1..=4).contains(&p.split_whitespace().count())
        })
    {
        return true;
    }
    // "Spendlo says it has refunded affected customers.(ABC News: Daniel Irvine)": a
    // caption, then in brackets the outlet and the photographer.
    if let Some((text, inner)) = bracketed_tail(line, '(', ')')
        && text.trim_end().ends_with('.')
        && let Some((outlet, name)) = inner.split_once(": ")
        && super::lines::outlet_shaped(outlet)
        && super::names::names_like(name)
        && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "L'impianto di Fibrelia a Vigevano (foto Fibrelia)", "... Pasir Panjang. (File photo:
    // CNA/Marcus Tay)", "Map of Niger State. [PHOTO CREDIT: Wikipedia]": the credit in
    // brackets, labelled.
    if let Some((text, inner)) =
        bracketed_tail(line, '(', ')').or_else(|| bracketed_tail(line, '[', ']'))
        && text.split_whitespace().count() >= 2
        && [
            "foto ",
            "foto:",
            "photo ",
            "photo:",
            "file photo:",
            "file photo ",
            "bild:",
            "image:",
            "photograph:",
            "photo credit:",
            "picture:",
        ]
        .iter()
        .any(|p| inner.to_lowercase().starts_with(p))
        && line.split_whitespace().count() <= 40
    {
        return true;
    }
    // "The scheme has been stuck in talks for three years. | John Thys/AFP via Getty
    // Images": a caption, a bar, then the picture's credit.
    // "... sur le port de Keroman. | OUEST-FRANCE": a sentence, then a credit in capitals.
    if let Some((text, credit)) = line.rsplit_once(" | ")
        && text.split_whitespace().count() >= 3
        && (is_agency_credit(credit.trim())
            || known_agency(credit)
            || agency_after_slash(credit)
            || (text.trim_end().ends_with('.')
                && (1..=4).contains(&credit.split_whitespace().count())
                && credit.chars().any(char::is_alphabetic)
                && !credit.chars().any(char::is_lowercase))
            // "... in Kandhamal district. | Ankita Mohanty": the photographer.
            || (text.trim_end().ends_with('.') && super::names::name_like(credit.trim())))
        && line.split_whitespace().count() <= 60
    {
        return true;
    }
    // "A worker at a mine site in Ghana's Central Region [File: Francis Kokoroko/Reuters]",
    // "... on Monday [Jane Doe/AFP]": a caption with its credit in square brackets.
    if let Some((_, inner)) = bracketed_tail(line, '[', ']')
        && line.split_whitespace().count() <= 60
        && (inner.starts_with("File:") || inner.starts_with("Photo:") || agency_after_slash(inner))
    {
        return true;
    }
    // "... in Vihiga on July 14, 2025. [Benjamin Sakwa, Standard]": the photographer and
    // the paper in square brackets after the caption's stop.
    if let Some((text, inner)) = bracketed_tail(line, '[', ']')
        && text.trim_end().ends_with('.')
        && line.split_whitespace().count() <= 60
        && let Some((who, paper)) = inner.split_once(", ")
        && super::names::name_like(who)
        && super::lines::outlet_shaped(paper)
        && (1..=3).contains(&paper.split_whitespace().count())
    {
        return true;
    }
    // "建設が進む工場=2025年6月、北海道千歳市": what the picture shows, "=", when and
    // where, with no sentence's stop. (A Korean wire's dateline, "(서울=연합뉴스) ...",
    // opens a paragraph.)
    let cjk = line.chars().filter(|&c| super::lines::is_cjk(c)).count();
    let equals = line.find(['=', '＝']).is_some_and(|at| {
        at > 0
            && line[..at]
                .chars()
                .all(|c| !c.is_ascii_digit() && c != '(' && c != '（')
    });
    if equals
        && cjk * 2 > line.chars().count()
        && !line.ends_with('。')
        && line.chars().count() <= 100
    {
        return true;
    }
    // "... 작업하고 있다. 뉴스1": a Korean agency's credit after the caption.
    if ["뉴스1", "연합뉴스", "뉴시스", "[연합뉴스]"]
        .iter()
        .any(|a| {
            line.ends_with(&format!(". {a}"))
                || line.ends_with(&format!(" {a}")) && a.starts_with('[')
        })
    {
        return true;
    }
    let end = line.trim_end_matches([')', '.', ' ']);
    // "... last summer. Photograph: Danny Lawson/PA": a labelled credit after the caption.
    let labelled = [
        ". Photograph: ",
        ". Photo: ",
        ". Illustration: ",
        ". Composite: ",
        ". File pic: ",
        ". Pic: ",
        ". Picture: ",
        ". Image: ",
    ]
    .iter()
    .find_map(|l| end.rsplit_once(l));
    // "... from 2026. PHOTO: ST FILE": the label in capitals, perhaps after the paper's
    // initials ("... by the end of July. ST PHOTO: NURUL AZIZAH").
    let upper = [" PHOTO: ", " PHOTOGRAPH: ", " ILLUSTRATION: "]
        .iter()
        .find_map(|l| end.rsplit_once(l))
        .filter(|(text, _)| {
            text.rsplit_once(". ").is_some_and(|(_, initials)| {
                initials.split_whitespace().count() <= 2
                    && initials.chars().all(|c| c.is_ascii_uppercase() || c == ' ')
            }) || text.ends_with('.')
        });
    if labelled
        .or(upper)
        .is_some_and(|(_, credit)| credit.split_whitespace().count() <= 8)
    {
        return true;
    }
    // "... while engineers inspected its supports. Joshua Gunther, cleveland.com": the
    // photographer, then the site, after the caption's stop.
    if end.rsplit_once(". ").is_some_and(|(text, tail)| {
        text.split_whitespace().count() >= 4
            && tail.split_once(", ").is_some_and(|(who, site)| {
                super::names::names_like(who)
                    && !site.contains(' ')
                    && site
                        .rsplit_once('.')
                        .is_some_and(|(host, tld)| !host.is_empty() && (2..=4).contains(&tld.len()))
            })
    }) {
        return true;
    }
    // "A cable-laying vessel at work off the Kerala coast. File image/Reuters": an old
    // picture's label, then its source.
    if end.rsplit_once(". ").is_some_and(|(text, tail)| {
        let tail = tail.to_lowercase();
        text.split_whitespace().count() >= 4
            && tail.split_whitespace().count() <= 4
            && [
                "file image",
                "file photo",
                "file pic",
                "representative image",
                "representational image",
            ]
            .iter()
            .any(|l| tail.starts_with(l))
    }) {
        return true;
    }
    // "... near Jamalpur in Ludhiana. Tribune photo: Inderjeet Verma": the paper's photo,
    // then who took it.
    if end.rsplit_once(". ").is_some_and(|(text, tail)| {
        text.split_whitespace().count() >= 4
            && [" photo: ", " Photo: ", " photograph: "]
                .iter()
                .find_map(|l| tail.split_once(l))
                .is_some_and(|(whose, who)| {
                    (1..=3).contains(&whose.split_whitespace().count())
                        && super::lines::outlet_shaped(whose)
                        && (1..=4).contains(&who.split_whitespace().count())
                })
    }) {
        return true;
    }
    if let Some(open) = end.rfind('(') {
        let credit = end[open + 1..].to_lowercase();
        // "... ad Ancona (foto: Ansa)", "(Photo: Jane Doe)", "(Bild: dpa)".
        let labelled_credit = ["foto:", "photo:", "bild:", "crédit", "credit:", "imagen:"]
            .iter()
            .any(|l| credit.starts_with(l));
        // "... when ferry and bus service is reduced (File photo)": a picture from the archive.
        let filed = [
            "file photo",
            "file photograph",
            "file picture",
            "file image",
        ]
        .contains(&credit.as_str());
        if credit.starts_with("ap photo/")
            || credit.starts_with("photo by ")
            || labelled_credit
            || filed
        {
            return true;
        }
        // "... credits. (Justin Tang/The Canadian Press)": a photographer and an outlet in
        // brackets after the caption's last sentence.
        // Or with a comma: "... on Sunday. (Mara Kessler, The Colorado Sun)".
        let shot_by = end[open + 1..]
            .split_once('/')
            .or_else(|| end[open + 1..].split_once(", "))
            .is_some_and(|(who, whose)| {
                let capitalised = |s: &str, n: std::ops::RangeInclusive<usize>| {
                    n.contains(&s.split_whitespace().count())
                        && s.split_whitespace()
                            .all(|w| w.starts_with(char::is_uppercase))
                };
                // "Hans Lucas pour Libération": for whom the photographer worked.
                let whose: String = whose
                    .split_whitespace()
                    .filter(|w| !["for", "pour", "für", "para", "per", "via"].contains(w))
                    .collect::<Vec<_>>()
                    .join(" ");
                capitalised(who, 2..=3) && capitalised(&whose, 1..=4)
            });
        if shot_by && end[..open].trim_end().ends_with(['.', '!', '?']) {
            return true;
        }
    }
    // AGENCY/Name of one to three words, after the caption's last sentence ("..., CEO/
    // Founder." is not a credit).
    let words: Vec<&str> = end.split(' ').collect();
    (1..=3).any(|n| {
        let Some(at) = words.len().checked_sub(n + 1) else {
            return false;
        };
        // A paper's own initials stand for it too, before a full name ("LP/Arnaud
        // Dumontier"; "US/China" is text).
        let credit = words[at + 1].split_once('/').is_some_and(|(agency, name)| {
            (NEWS_AGENCIES.contains(&agency)
                || (n >= 2
                    && (2..=4).contains(&agency.len())
                    && agency.chars().all(|c| c.is_ascii_uppercase())))
                && name.chars().next().is_some_and(char::is_uppercase)
                && name.chars().skip(1).any(char::is_lowercase)
        });
        credit && words[at].ends_with(['.', '!', '?'])
    })
}

/// `text` reads as a caption in sentence case: past its first word, `min_words` words or
/// more, most of them in lower case (a headline in title case is not).
fn in_sentence_case(text: &str, min_words: usize) -> bool {
    let words: Vec<&str> = text.split_whitespace().skip(1).collect();
    let lower = words
        .iter()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    words.len() >= min_words && lower * 2 > words.len()
}
