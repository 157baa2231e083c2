//! Tests of `credits`: photo captions by their credits, picture credits, wire and agency
//! credits.

use super::*;

#[test]
fn photo_captions_end_with_a_credit() {
    for s in [
        "Firefighters at the site in Kyiv, Ukraine July 14, 2025. REUTERS/Staff",
        "Crowds gather in the square. AFP/Getty Images",
        "The senator speaks on Monday. (AP Photo/Jane Doe)",
        "Smoke rises over the port. REUTERS/Jose Luis Gonzalez",
        "Work on the new reactors began in spring. LP/Arnaud Dumont",
        "Officials say the review goes on. (Justin Tang/The Canadian Press)",
        "The new rules apply to large facilities. PHOTO: ST FILE",
        "Ship traffic off the island of Evia, a zone under study. [Shutterstock]",
        "Containers stacked at a terminal in Pasir Panjang. (File photo: Marcus Tay)",
        "Der Hochofen soll Ende 2026 vom Netz gehenBild: Rolf Venhaus/dpa/picture alliance",
        "De kaasfabriek aan de rand van Leeuwarden. Beeld ANP / Catrinus van der Veen",
        "The new jets will be delivered between 2027 and 2030.Image Credit: Supplied",
        "A former worker walks past the plant's idle furnace on July 9. hide caption",
        "Le chantier emploie 310 personnes sur le port. | OUEST-FRANCE",
        "A noodle factory in Fujinomiya. The company traced the problem to one line. | Kyodo",
        "The retailer has 64 stores across the country.Credit: Louie Castellano",
        "She has kept bees on the same hillside for forty-one years.Photograph by Ilse Varga for The Weekly",
        "The oak on the green had stood since the early 1600s, said the parish council Credit: Jo Reid",
        "Workers stack bricks at a kiln on the outskirts of the city. — Reuters/File",
        "Her family stopped drinking from their well in 2022. Jessica Ruiz for The Ledger",
        "The Board of Elections in Pomeroy Falls, Ohio.Google Maps",
        "Work on the elevated line along Avenida Alemán in May. (Gobierno de Nuevo León)",
        "Map of Kebbi State. [PHOTO CREDIT: Wikipedia]",
        "Farmers in her cashew grove near the village in the district. | Ankita Rao",
        "Tea farmers protest outside the factory offices on July 14, 2025. [Ben Sakwa, Standard]",
        "Flooded rice farms in Argungu LGA, Kebbi State Photo: Ibrahim Musa Giginyu",
        "The councillor speaks to reporters in Shah Alam July 14, 2025. — Picture by Azlan Rosli",
        "Workers at the site of a landslide in Penang, November 4, 2024. — Bernama pic",
    ] {
        assert!(is_photo_caption(s), "{s:?} is a caption");
    }
    for s in [
        "The company was led by Jane Doe, CEO/Founder.",
        "The band played AC/DC covers until midnight.",
        "Support is open 24/7 on weekdays.",
        "Prices rose 3% in June, a ONS/Reuters poll showed.",
        "Leaders met to ease trade tensions. US/China",
        "The minister said the plan was final. [Editor's note: it was not.]",
        "The museum thanked its donors. Image credit: the museum asks every visitor who takes a picture to name it",
        "Officials said the Photo: tag on the files was a mistake.",
        "The ruling was upheld on appeal. (Read the judgment here and the dissent)",
        "Talks went on late into the night. | Analysis",
        "The vote was close. [See results, table]",
        "The minister said it was final. — The committee voted against the new pic",
    ] {
        assert!(!is_photo_caption(s), "{s:?} is text");
    }
}

#[test]
fn a_labelled_credit_in_brackets_is_a_picture_credit() {
    assert!(is_picture_credit("(Photo: Dana Kopel)"));
    assert!(is_picture_credit("(PA Wire)"));
    assert!(!is_picture_credit("(Updated)"));
    assert!(!is_picture_credit("(and why it matters)"));
}

#[test]
fn a_desk_crediting_its_wires_is_no_author() {
    for credit in [
        "Negócios com Lusa",
        "Redacción con agencias",
        "tagesschau.de mit dpa",
    ] {
        assert!(desk_with_agency(credit), "{credit:?}");
        assert!(wire_credit(credit), "{credit:?}");
    }
    assert!(wire_credit("DN/Lusa") && !desk_with_agency("DN/Lusa"));
    // The newsroom signing alone, no wire named.
    for desk in ["Por Redacción", "Von Redaktion", "By Staff"] {
        assert!(desk_with_agency(desk), "{desk:?}");
    }
    assert!(!desk_with_agency("Por Ana Ruiz") && !desk_with_agency("Staff cuts at the mill"));
    assert_eq!(
        author_with_wires("Katrin Möller mit dpa, Reuters"),
        Some("Katrin Möller")
    );
    assert_eq!(author_with_wires("Negócios com Lusa"), None);
    assert_eq!(author_with_wires("Par Le Figaro avec AFP"), None);
    assert!(!wire_credit("AC/DC") && !wire_credit("24/7"));
    for other in [
        "Lena Vogt | with Reuters, AFP",
        "Talks with Reuters editors",
        "Merger with Acme stalls",
    ] {
        assert!(!desk_with_agency(other), "{other:?}");
        assert!(!wire_credit(other), "{other:?}");
    }
}
