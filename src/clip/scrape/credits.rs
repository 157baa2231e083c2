//! Photo captions and picture credits: a caption told by the credit it ends with
//! ("... REUTERS/Staff", "(AP Photo/Jane Doe)", "PHOTO: ST FILE", "＝…撮影"), and a line
//! that credits a picture and nothing else ("Getty Images", "(PA Wire)").

use super::credit_words::{NEWS_AGENCIES, OTHER_AGENCIES, PHOTO_AGENCIES};

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
    // "... for forty-one years.Photograph by Ilse Varga for The New Yorker", "... the parish
    // council Credit: Jonathan Pelham-Reid": the credit glued after the caption's stop, or
    // labelled after its last word.
    if let Some((text, credit)) = [
        ".Photograph by ",
        ".Photographs by ",
        ".Photo by ",
        ".Illustration by ",
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
    // "Kauri Freight's Wiri depot ... volumes. Photo / Dean Purcell": a caption that ends
    // with its credit.
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
            "Image: ",
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
    // names a wire or a photographer and a wire.
    if let Some((text, credit)) = ["Bild: ", "Foto: ", "Photo: ", "Image: ", "Beeld "]
        .iter()
        .find_map(|label| line.rsplit_once(label))
        && text.split_whitespace().count() >= 3
        && credit.split_whitespace().count() <= CREDIT_TAIL_WORDS
        && (credit.contains('/') || known_agency(credit.trim()))
        && line.split_whitespace().count() <= 60
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
        && line.split_whitespace().count() <= 30
        && {
            let words: Vec<&str> = text.split_whitespace().skip(1).collect();
            let lower = words
                .iter()
                .filter(|w| w.starts_with(char::is_lowercase))
                .count();
            words.len() >= 2 && lower * 2 > words.len()
        }
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
    // island of Evia. [Shutterstock]": a short sentence, then the outlet or agency
    // credited in brackets.
    if let Some((text, inner)) =
        bracketed_tail(line, '(', ')').or_else(|| bracketed_tail(line, '[', ']'))
        && text.trim_end().ends_with('.')
        && text.split_whitespace().count() <= 25
        && (1..=3).contains(&inner.split_whitespace().count())
        && inner.split_whitespace().all(super::lines::starts_upper)
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
    // CNA/Marcus Tay)": the credit in brackets, labelled.
    if let Some((text, inner)) = bracketed_tail(line, '(', ')')
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
                && !credit.chars().any(char::is_lowercase)))
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
    if let Some(open) = end.rfind('(') {
        let credit = end[open + 1..].to_lowercase();
        // "... ad Ancona (foto: Ansa)", "(Photo: Jane Doe)", "(Bild: dpa)".
        let labelled_credit = ["foto:", "photo:", "bild:", "crédit", "credit:", "imagen:"]
            .iter()
            .any(|l| credit.starts_with(l));
        if credit.starts_with("ap photo/") || credit.starts_with("photo by ") || labelled_credit {
            return true;
        }
        // "... credits. (Justin Tang/The Canadian Press)": a photographer and an outlet in
        // brackets after the caption's last sentence.
        let shot_by = end[open + 1..].split_once('/').is_some_and(|(who, whose)| {
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

/// A line that credits a picture and nothing else: "Getty Images", "AFP via Getty
/// Images", "Image: The Verge", "Photograph: Jane Doe/Reuters", "Image source, EPA".
pub(crate) fn is_picture_credit(line: &str) -> bool {
    // "(PA Wire)", "(Reuters)", "(Handout)": an agency or a wire alone in brackets.
    let bracketed = line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .is_some_and(|inner| {
            inner.split_whitespace().count() <= 4
                && (inner.split([' ', '/']).any(|w| NEWS_AGENCIES.contains(&w))
                    || ["wire", "handout", "pool", "file", "supplied"]
                        .iter()
                        .any(|w| inner.to_lowercase().split_whitespace().any(|x| x == *w)))
        });
    // "[한빛소재 제공. 재판매 및 DB 금지]": a Korean credit, "provided by ...; no resale or
    // databases".
    let korean = line.starts_with('[')
        && line.ends_with(']')
        && (line.contains("재판매") || line.contains("DB 금지") || line.ends_with("제공]"));
    // "Ravi Mendonca/ZDNET": the photographer and the site in capitals, glued by a slash.
    let staff = line.split_once('/').is_some_and(|(who, whose)| {
        !who.ends_with(' ')
            && !whose.starts_with(' ')
            && (2..=12).contains(&whose.len())
            && whose.chars().all(|c| c.is_ascii_uppercase())
            && super::names::names_like(who)
    });
    // "Getty Images", "AFP via Getty Images", "Jane Doe/Bloomberg via Getty Images"; not
    // "Stability AI sued by Getty Images".
    korean
        || bracketed
        || staff
        || (line.split_whitespace().count() <= 8
            && (is_labelled_credit(line) || is_agency_credit(line)))
}

/// A credit under its label: "Foto: Jonas Ek", "Photo: Reuters", "Bild: dpa", "Image
/// credit ...".
pub(crate) fn is_labelled_credit(line: &str) -> bool {
    let lower = line.to_lowercase();
    // "PHOTO FRANÇOIS ROY, ARCHIVES LA PRESSE": the label and the credit in capitals.
    let in_capitals = ["PHOTO ", "FOTO ", "PHOTOS "]
        .iter()
        .any(|p| line.starts_with(p))
        && !line.chars().any(char::is_lowercase);
    // "Quelle: picture alliance/dpa/Lena Mauritz": a source with a photographer after the
    // wires is a picture's ("Quelle: dpa" alone names a story's source).
    let picture_source = lower
        .strip_prefix("quelle: ")
        .is_some_and(|rest| rest.contains('/') || rest.starts_with("picture alliance"));
    // "ST PHOTO: GAVIN FOO": the label under the paper's or the agency's initials.
    let initialled = line.split_once(" PHOTO: ").is_some_and(|(initials, _)| {
        (2..=5).contains(&initials.chars().count())
            && initials.chars().all(|c| c.is_ascii_uppercase())
    });
    line.split_whitespace().count() <= 8
        && (in_capitals
            || initialled
            || picture_source
            || [
                "image:",
                "image source",
                "image credit",
                "photo:",
                "photo credit",
                "photograph:",
                "picture:",
                "credit:",
                "foto:",
                "bild:",
                // Polish "Fot. Jan Kowalski / Agencja".
                "fot.",
                "fot:",
                "courtesy of ",
                // Finnish.
                "kuva:",
                "photo courtesy of ",
                "image courtesy of ",
                // "Illustration by The Atlantic. Source: Getty.", "Photo by Jane Doe on
                // Unsplash".
                "illustration by ",
                "illustration:",
                "photo illustration by ",
                "photo-illustration by ",
                "photo-illustration:",
                "photograph by ",
                "photo by ",
            ]
            .iter()
            .any(|p| lower.starts_with(p)))
}

/// A picture agency's credit without a label: "Getty Images", "AFP via Getty Images",
/// "Jane Doe/Bloomberg via Getty Images"; not "Stability AI sued by Getty Images".
pub(crate) fn is_agency_credit(line: &str) -> bool {
    if photographer_for_agency(line) {
        return true;
    }
    // "ADAM FENWICK/PA", "Foto: Elin Berg/TT": a photographer, labelled or not, and the
    // agency...
    let credit = line
        .split_once(": ")
        .filter(|(label, _)| {
            ["foto", "photo", "bild", "fot", "zdjęcie", "kuva"]
                .contains(&label.to_lowercase().as_str())
        })
        .map_or(line, |(_, credit)| credit);
    // "Christinne Muschi/The Globe and Mail": or the paper's own photographer.
    if let Some((name, source)) = credit.rsplit_once('/')
        && credit.split_whitespace().count() <= 8
        && (agency_after_slash(credit) || super::lines::looks_like_outlet(source.trim()))
        && super::names::names_like(name.trim())
    {
        return true;
    }
    let lower = line.to_lowercase();
    let credit = lower.trim_end_matches(['.', ')']);
    line.split_whitespace().count() <= 8
        && PHOTO_AGENCIES.iter().any(|a| {
            credit.ends_with(a)
                && (credit.starts_with(a)
                    || credit.contains('/')
                    || credit.contains(" via ")
                    || credit.ends_with(" images"))
        })
}

/// "Jorge Armestar (Europa Press)", "Gaëtan Bally / Keystone": a photographer's name, then
/// the news or picture agency the picture came from.
fn photographer_for_agency(line: &str) -> bool {
    let Some((name, agency)) = bracketed_tail(line, '(', ')').or_else(|| line.rsplit_once(" / "))
    else {
        return false;
    };
    known_agency(agency) && super::names::names_like(name.trim())
}

/// The text before a bracketed tail and what the brackets hold: "Text (inner)" ->
/// ("Text ", "inner").
fn bracketed_tail(line: &str, open: char, close: char) -> Option<(&str, &str)> {
    line.trim_end().strip_suffix(close)?.rsplit_once(open)
}

/// The longest credit `is_photo_caption` reads at a caption's end.
const CREDIT_TAIL_WORDS: usize = 7;

/// "Negócios com Lusa", "Redacción con agencias", "tagesschau.de mit dpa": the desk
/// crediting the wire it drew on, no person.
pub(crate) fn desk_with_agency(line: &str) -> bool {
    // "Lena Vogt | with Reuters, AFP": a person, who drew on the wires.
    with_wires(line).is_some_and(|desk| !super::names::names_like(desk))
}

/// "Katrin Möller mit dpa, Reuters", "Lena Vogt | with Reuters, AFP": the author, who drew
/// on the wires; the name. A line opening with "By" is `meta`'s to read ("Par Le Figaro
/// avec AFP" is the paper signing).
pub(crate) fn author_with_wires(line: &str) -> Option<&str> {
    let by = ["by ", "par ", "von ", "por ", "di ", "door ", "av ", "af "];
    let lower = line.to_lowercase();
    if by.iter().any(|b| lower.starts_with(b)) {
        return None;
    }
    with_wires(line).filter(|name| super::names::names_like(name))
}

/// The desk or the person before "with" and the wires after it ("... mit dpa, Reuters",
/// "... con agencias"), for a short line.
fn with_wires(line: &str) -> Option<&str> {
    const WITH: &[&str] = &[
        " with ", " com ", " con ", " mit ", " avec ", " met ", " med ",
    ];
    const AGENCIES: &[&str] = &[
        "agencies",
        "agências",
        "agencias",
        "agenturen",
        "agences",
        "agenzie",
        "agencja",
    ];
    let (desk, agency) = WITH.iter().find_map(|w| line.split_once(w))?;
    let agency = agency.trim().trim_end_matches('.');
    let desk = desk.trim().trim_end_matches(['|', ',', '-', '–', ' ']);
    let wires = agency
        .split([',', '/'])
        .flat_map(|a| a.split(" and "))
        .flat_map(|a| a.split(" und "))
        .map(str::trim)
        .all(|a| known_agency(a) || AGENCIES.contains(&a.to_lowercase().as_str()));
    (line.split_whitespace().count() <= 8 && !desk.is_empty() && wires).then_some(desk)
}

/// A desk crediting its wire under an item: "Negócios com Lusa" (`desk_with_agency`), or
/// the desk and the wire joined by a slash ("DN/Lusa", "ANSA/Redazione").
pub(crate) fn wire_credit(line: &str) -> bool {
    let line = line.trim();
    desk_with_agency(line)
        || (!line.contains(' ')
            && line
                .split_once('/')
                .is_some_and(|(a, b)| !a.is_empty() && (known_agency(a) || known_agency(b))))
}

/// A news or picture agency, in any case: "Reuters", "AFP", "Getty Images", "Europa
/// Press", "dpa".
pub(crate) fn known_agency(name: &str) -> bool {
    let name = name.trim().to_lowercase();
    NEWS_AGENCIES.iter().any(|a| a.to_lowercase() == name)
        || PHOTO_AGENCIES.contains(&name.as_str())
        || OTHER_AGENCIES.contains(&name.as_str())
}

/// A picture agency ("Keystone", "Getty Images"): its name under a caption credits the
/// picture, never the story.
pub(crate) fn picture_agency(name: &str) -> bool {
    let name = name.trim().to_lowercase();
    PHOTO_AGENCIES.contains(&name.as_str()) || OTHER_AGENCIES.contains(&name.as_str())
}

/// "John Thys/AFP", "Francis Kokoroko/Reuters": a credit whose last part names an agency.
fn agency_after_slash(credit: &str) -> bool {
    credit
        .rsplit_once('/')
        .is_some_and(|(_, agency)| known_agency(agency))
}

/// "ERIC DUVALL The Beacon-Ledger", "JANE ROE Staff Photographer": a photographer's name
/// in capitals, then the paper or the job in other case (read only under a caption).
pub(crate) fn photographer_in_capitals(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitals = words
        .iter()
        .take_while(|w| w.chars().count() >= 2 && !w.chars().any(char::is_lowercase))
        .count();
    let rest = words.get(capitals..).unwrap_or_default().join(" ");
    (2..=3).contains(&capitals)
        && words.len() <= 8
        && !rest.is_empty()
        && rest.chars().any(char::is_lowercase)
        && super::lines::outlet_shaped(&rest)
        && super::names::names_like(&words[..capitals].join(" "))
}

#[cfg(test)]
#[path = "credits_tests.rs"]
mod tests;
