//! Tests of the splitter on what stands inside one article's page and is not its text:
//! a box of links to other stories between its paragraphs, a syndication notice under
//! it, a table of contents that repeats its subheads under the header; and between the
//! items of a list: a sponsored item, a paywall's badge, a newsletter's form; an app's
//! link to each story's outlet; a dateline in three lines.

use super::tests::{SingleCase, assert_single_articles, fixture, split};

/// Each page is one article, with these fields, whose text ends where the story does.
#[test]
fn boxes_inside_single_articles() {
    let cases: Vec<SingleCase<'_>> = vec![
        (
            fixture!("german-link-box-inside-text-and-syndication-notice.txt"),
            (
                "Netzbetreiber fordern Milliarden für Stromtrassen – und die Verbraucher sollen zahlen",
                Some("Süddeutsche Zeitung"),
                Some("Anna Weber und Lukas Brandt"),
                Some("2025-07-14"),
            ),
            "ohne die Leitungen keine Energiewende.",
            "'Lesen Sie mehr zum Thema' over a kicker and a headline is a box of links, no outlet and no story; the syndication notice is no text",
        ),
        (
            fixture!("italian-table-of-contents-and-audio-version.txt"),
            (
                "Bancaria Adriatica, via libera del cda all’offerta su Credito Lagunare",
                Some("Il Sole 24 ORE"),
                Some("Marco Ferri"),
                Some("2025-07-14"),
            ),
            "«non sollecitata e non concordata».",
            "the subheads listed under the header are a table of contents; \"3' di lettura\" is a counter",
        ),
        (
            fixture!("text-size-buttons-and-author-note-under-tags.txt"),
            (
                "Coastline Mutual flags $180m hit as mortgage price war bites",
                Some("The Sydney Morning Herald"),
                Some("Harriet Molloy"),
                Some("2025-07-14"),
            ),
            "14.2 per cent, well above regulatory requirements.",
            "'Larger text size' and 'License this article' are buttons; the tags and the author's note under them are no text",
        ),
        (
            fixture!("swiss-kicker-over-headline-and-german-author-notes.txt"),
            (
                "Veltrix kauft Berner Biotech-Firma – und streicht 240 Stellen",
                Some("Tages-Anzeiger"),
                Some("Simone Brändli and Lukas Meier"),
                Some("2025-07-14"),
            ),
            "Veltrix rechnet mit einem Abschluss bis Ende Jahr.",
            "a kicker of four words over the headline is no headline; 'Simone Brändli ist Redaktorin ...' is her note",
        ),
        (
            fixture!("spanish-related-story-box-inside-text.txt"),
            (
                "Iberluz invertirá 2.300 millones en baterías para almacenar energía solar en Castilla-La Mancha y Aragón",
                Some("ABC"),
                Some("Ana Ruiz Cárdenas y Tomás Bello"),
                Some("2025-07-12"),
            ),
            "antes de que se conociera el plan.",
            "'Noticia Relacionada' over a headline and its author, no time, is a box of links inside the text, no story",
        ),
        (
            fixture!("ad-feedback-form-and-three-line-dateline.txt"),
            (
                "Halvern Foods shares plunge after grocery supplier warns tariffs will wipe out profit growth",
                Some("CNN"),
                Some("Priya Castellanos and Jordan Whitfield"),
                Some("2025-07-13T23:30:00Z"),
            ),
            "will report its second-quarter results on July 29.",
            "'New York' / 'CNN' / '—' is a dateline, dropped; the caption over its credit is no text",
        ),
        (
            fixture!("reprint-notice-and-original-time-after-update.txt"),
            (
                "Halvern Semiconductor Stock Falls After Outlook Cut. Why Two Analysts Aren't Panicking.",
                Some("Barron's"),
                Some("Dana Whitcombe and Ravi Sethuraman"),
                Some("2025-07-11T22:15:00Z"),
            ),
            "as temporary as Halvern and its bulls believe.",
            "the reprint notice over the masthead is no text; 'Updated ... / Original ...' gives the original time",
        ),
    ];
    assert_single_articles(cases);
}

/// Lists whose items put their summary, author and time under the headline: a sponsored
/// item among them, a paywall's badge and a newsletter's form between them, a headline
/// asking a question under its label, the masthead "20 Minutes" (shaped like a counter)
/// and a consent banner's purposes in French.
#[test]
fn lists_with_boxes_between_their_items() {
    let names = |got: &[super::ScrapedArticle]| {
        got.iter()
            .map(|a| (a.title.clone(), a.source.clone(), a.byline.clone()))
            .collect::<Vec<_>>()
    };
    let row = |t: &str, s: &str, b: Option<&str>| {
        (t.to_string(), Some(s.to_string()), b.map(str::to_string))
    };
    let quartz = fixture!("river-with-sponsored-item.txt");
    assert_eq!(quartz.len(), 5, "the sponsored item is no story");
    assert_eq!(
        names(&quartz)[3],
        row(
            "The four-day workweek pilot that quietly became permanent",
            "Quartz",
            Some("Ines Carvalho and Owen Batchelor")
        )
    );
    assert!(quartz.iter().all(|a| !a.text.contains("Meridian Wealth")));
    let tagesspiegel = fixture!("german-river-with-paywall-badges-and-newsletter-form.txt");
    assert_eq!(
        names(&tagesspiegel)
            .iter()
            .map(|r| r.0.as_str())
            .collect::<Vec<_>>(),
        vec![
            "Berliner Stadtwerke senken den Gaspreis zum 1. September",
            "Warum Berliner Projektentwickler jetzt aus Büros Wohnungen machen",
            "Zulieferer Brandtner Automotive streicht 600 Stellen in Brandenburg",
            "Berliner Fintech Klarwerk sammelt 45 Millionen Euro ein",
            "Einzelhandel klagt über schwaches Sommergeschäft",
        ]
    );
    assert!(
        tagesspiegel
            .iter()
            .all(|a| a.source.as_deref() == Some("Der Tagesspiegel")),
        "'T+' is a badge, no outlet"
    );
    let minutes = fixture!("french-section-with-question-headline-and-consent-purposes.txt");
    assert_eq!(
        names(&minutes)[2],
        row(
            "Livret A : combien va vraiment vous rapporter votre épargne après la baisse du taux ?",
            "20 Minutes",
            Some("Thomas Girardot")
        )
    );
    assert_eq!(
        minutes.len(),
        5,
        "the consent banner's purposes are no story"
    );
}

/// "Ouest-France / Marion Le Goff.": the stop after the name is not the name's.
#[test]
fn a_stop_after_the_byline() {
    let got = fixture!("french-byline-with-stop.txt");
    assert_eq!(got[0].byline.as_deref(), Some("Marion Le Goff"));
}

/// A news app's shorts: "short by Priya Nair / 07:42 pm on 14 Jul 2025,Monday" over each
/// summary, "read more at The Hindu BusinessLine" under it naming the outlet of the story
/// above, not the next one's.
#[test]
fn app_shorts_with_read_more_at_outlet() {
    let got = fixture!("app-shorts-with-read-more-at-outlet.txt");
    assert_eq!(
        got.iter()
            .map(|a| (a.source.as_deref(), a.byline.as_deref()))
            .collect::<Vec<_>>(),
        vec![
            (Some("The Hindu BusinessLine"), Some("Priya Nair")),
            (Some("Moneycontrol"), Some("Ankit Sharma")),
            (Some("Business Standard"), Some("Kriti Menon")),
            (Some("Nikkei Asia"), Some("Priya Nair")),
            (Some("Reuters"), Some("Ankit Sharma")),
            (Some("Mint"), Some("Rahul Verma")),
        ]
    );
    assert_eq!(got[0].published_at.as_deref(), Some("2025-07-14"));
}

/// The dateline in three lines is not the text's first words.
#[test]
fn a_dateline_in_three_lines_is_dropped() {
    let got = fixture!("ad-feedback-form-and-three-line-dateline.txt");
    assert!(
        got[0].text.starts_with("Shares of Halvern Foods"),
        "{}",
        &got[0].text[..80]
    );
}

/// A list that puts each item's time under its summary: a byline under the time of an
/// item already signed signs the next item; the most-read list, the newsletter box and
/// the consent banner under the items are no story.
#[test]
fn a_byline_over_the_next_headline() {
    let got = fixture!("spanish-list-with-byline-over-next-headline.txt");
    assert_eq!(
        got.iter().map(|a| a.byline.as_deref()).collect::<Vec<_>>(),
        vec![
            Some("Martín Gómez"),
            Some("Sofía Benítez"),
            Some("Lucía Paredes y Diego Ferraro"),
            None,
        ]
    );
}

/// A Danish section front: "Af Mette Kjær Lund" and "Af Jonas Bech og Sara Holm" under
/// the summaries, "for 47 min. siden", "i går kl. 21.10" and "fredag 11. jul." as times,
/// "Lyt" and "Plus" as buttons and badges.
#[test]
fn danish_section_with_af_bylines() {
    let got = fixture!("danish-section-with-af-bylines-and-relative-times.txt");
    assert_eq!(
        got.iter()
            .map(|a| (
                a.byline.as_deref(),
                a.published_at.as_deref().map(|p| &p[..10])
            ))
            .collect::<Vec<_>>(),
        vec![
            (Some("Mette Kjær Lund"), Some("2025-07-14")),
            (Some("Jonas Bech og Sara Holm"), Some("2025-07-14")),
            (None, Some("2025-07-13")),
            (Some("Peter Aagaard"), Some("2025-07-11")),
        ]
    );
    assert!(got.iter().all(|a| a.source.as_deref() != Some("Lyt")));
}

/// "Name, correspondante parlementaire à Ottawa" over the time is the author; "Lecture 4
/// min" is a counter; a caption that ends with "Photo / Name" is no headline.
#[test]
fn a_name_with_its_job_in_lower_case_and_a_caption_with_its_credit() {
    let page = "Économie\n\
        Ottawa imposera des pénalités automatiques aux transporteurs\n\
        Marie-Ève Tremblay, correspondante parlementaire à Ottawa\n\
        14 juillet 2025\n\
        Lecture 4 min\n\
        Le quai de chargement d'un transporteur à Dorval, en juin. Photo / Jean Roy\n\
        Les compagnies aériennes qui laissent leurs passagers en plan devront les indemniser, selon un règlement publié lundi.\n\
        Le règlement fera l'objet d'une consultation publique de 60 jours avant son adoption.\n";
    let got = split(page);
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].title,
        "Ottawa imposera des pénalités automatiques aux transporteurs"
    );
    assert_eq!(got[0].byline.as_deref(), Some("Marie-Ève Tremblay"));
    assert!(
        got[0].text.starts_with("Les compagnies aériennes"),
        "{}",
        got[0].text
    );
}

/// "Transport Reporter·NZ Herald·" under the author's name: the job beside the outlet, and
/// the outlet is the source.
#[test]
fn a_job_beside_the_outlet() {
    let page = "Business\n\
        Kauri Freight to cut 140 jobs as port volumes slump\n\
        Hamish Coulter\n\
        Transport Reporter·NZ Herald·\n\
        14 Jul, 2025 01:30 PM\n\
        Trucking and logistics firm Kauri Freight will cut around 140 jobs and close two depots as container volumes fall.\n\
        The company told staff on Monday morning that two depots would shut by September.\n";
    let got = split(page);
    assert_eq!(got[0].source.as_deref(), Some("NZ Herald"));
    assert_eq!(got[0].byline.as_deref(), Some("Hamish Coulter"));
}

/// The site's address first on the page over its tagline is the masthead; a consent
/// banner that asks readers to agree is no text, and neither is a caption ending with a
/// credit in square brackets.
#[test]
fn a_site_address_over_its_tagline() {
    assert_single_articles(vec![(
        fixture!("domain-masthead-over-tagline-and-bracketed-credit.txt"),
        (
            "Byron shire approves first community battery for Mullumbimby",
            Some("northcoastherald.com"),
            None,
            Some("2025-07-12"),
        ),
        "The project is funded by a state grant and a loan from a regional bank.",
        "'northcoastherald.com' over its tagline names the site; '[Shutterstock]' ends a caption",
    )]);
    let got = fixture!("domain-masthead-over-tagline-and-bracketed-credit.txt");
    assert!(
        got[0].text.starts_with("Byron Shire Council has approved"),
        "{}",
        got[0].text
    );
}

/// The twenty-second round's headers: the author's name shown twice over the time, a time
/// in brackets, and a button's one-word label under them ("BRIEF"); a caption without a
/// stop over its credit, the author's name under the time, and a masthead in sentence
/// case that the copyright line names.
#[test]
fn names_around_the_time_under_a_standfirst() {
    assert_single_articles(vec![
        (
            fixture!("standfirst-name-shown-twice-and-button-label.txt"),
            (
                "Riverside shipyard Kestrel Marine to cut 95 jobs as orders dry up",
                Some("Harbour Times"),
                Some("Priya Raman"),
                Some("2025-07-12"),
            ),
            "to bring forward the tender for two new island ferries.",
            "'Priya Raman' twice over the time signs; 'BRIEF' between buttons is no headline",
        ),
        (
            fixture!("name-under-time-after-photo-credit.txt"),
            (
                "Stocznia Bałtyk Serwis zwalnia 120 osób. Zamówienia spadły o połowę",
                Some("Kurier Portowy"),
                Some("Marta Zielińska"),
                Some("2025-07-11"),
            ),
            "Związkowcy zapowiedzieli na poniedziałek pikietę przed siedzibą zarządu.",
            "the caption over 'Foto: ...' is no headline; the name under the time signs; the author's note is no text",
        ),
    ]);
}

/// A plea for support whose heading is a sentence opening with its button's verb
/// ("Sostieni ..." over "Sostieni adesso") is no text of the article.
#[test]
fn a_plea_headed_by_a_sentence() {
    let got = split(
        "Il Corriere del Porto\n\
         Cantieri Aurora, via libera al piano: 300 assunzioni entro il 2026\n\
         di Paolo Ferri\n\
         14 luglio 2025\n\
         Il consiglio di amministrazione di Cantieri Aurora ha approvato lunedì il piano industriale che prevede 300 assunzioni nei prossimi diciotto mesi.\n\
         I sindacati hanno accolto con favore la decisione, ma chiedono garanzie sui contratti a termine già in essere nello stabilimento.\n\
         Sostieni il Corriere del Porto: abbiamo bisogno di te.\n\
         Ogni giorno offriamo gratuitamente decine di articoli e inchieste ai nostri lettori, senza pubblicità invasiva.\n\
         Sostieni adesso\n",
    );
    assert_eq!(got.len(), 1);
    assert!(
        got[0].text.ends_with("nello stabilimento."),
        "{}",
        got[0].text
    );
}

/// "Katrin Möller mit dpa, Reuters" signs the article (the wires are no authors); a
/// caption with its credit glued on ("... gehenBild: Name/dpa") is no text; "Últimas
/// Noticias" over a list of links under the text is a list's heading, no outlet.
#[test]
fn an_author_with_the_wires_and_a_list_heading_under_the_text() {
    let got = split(
        "Zum Inhalt springen\n\
         Zu weiteren Angeboten der Welle springen\n\
         Die Welle\n\
         Suche\n\
         Anmelden\n\
         Reederei Nordkap streicht 300 Stellen in Bremerhaven\n\
         Katrin Möller mit dpa, Reuters\n\
         14.07.2025\n\
         Das Containerschiff im Hafen soll Ende 2026 verkauft werdenBild: Jan Ohlsen/dpa/picture alliance\n\
         Die Reederei Nordkap will in Bremerhaven bis Ende des Jahres rund 300 Stellen abbauen, wie das Unternehmen am Montag mitteilte.\n\
         Als Grund nannte der Vorstand die schwache Nachfrage im Asienverkehr und die hohen Treibstoffkosten der vergangenen Monate.\n\
         Últimas Noticias\n\
         Werften an der Küste melden weniger Aufträge\n\
         Hafenarbeiter drohen mit Streik im August\n",
    );
    assert_eq!(
        super::tests::rows(&got),
        vec![(
            "Reederei Nordkap streicht 300 Stellen in Bremerhaven",
            Some("Die Welle"),
            Some("Katrin Möller"),
            Some("2025-07-14")
        )]
    );
    assert!(
        got[0].text.starts_with("Die Reederei Nordkap"),
        "{}",
        got[0].text
    );
}

/// A Czech header: the skip link, a masthead in sentence case naming a newspaper
/// ("noviny"), the author over the section the menu names and then the date "14. 7.
/// 2025", the reading time and the buttons; the author named again in a box of links at
/// the foot is still the author.
#[test]
fn a_czech_header_with_the_section_between_author_and_date() {
    let got = split(
        "Přeskočit na obsah\n\
         Přístavní noviny\n\
         Předplatné\n\
         Přihlásit\n\
         Domácí\n\
         Byznys\n\
         Kultura\n\
         Byznys\n\
         Loděnice Vltava propustí 120 lidí, výrobu přesune do Polska\n\
         Petr Dvořák\n\
         Byznys\n\
         14. 7. 2025\n\
         6:00\n\
         Čtení na 3 minuty\n\
         Sdílet\n\
         Uložit\n\
         Loděnice Vltava do konce roku propustí zhruba 120 zaměstnanců v Děčíně, oznámila v pondělí ráno.\n\
         Výrobu trupů přesune do Gdaňsku, kde jsou podle vedení firmy nižší náklady na práci i energie.\n\
         Petr Dvořák\n\
         Autor\n\
         Více článků\n\
         © 2025 Přístavní noviny\n",
    );
    assert_eq!(
        super::tests::rows(&got),
        vec![(
            "Loděnice Vltava propustí 120 lidí, výrobu přesune do Polska",
            Some("Přístavní noviny"),
            Some("Petr Dvořák"),
            Some("2025-07-14")
        )]
    );
    assert!(
        got[0].text.starts_with("Loděnice Vltava do konce"),
        "{}",
        got[0].text
    );
}

/// A credit in capitals over a one-sentence caption and the share button ("PHOTO ...,
/// ARCHIVES ..." / the caption / "Partager"); a box of two timed headlines under "Related
/// News" inside the text, which goes on under it; a fact box under "En savoir plus" with
/// its "Source : ..." line. None of them opens a story or joins the text.
#[test]
fn captions_link_boxes_and_fact_boxes_inside_the_text() {
    let got = split(
        "Le Courrier du Fleuve\n\
         Affaires\n\
         Économie\n\
         Techno\n\
         Le chantier naval Estuaire supprime 200 postes à Lévis\n\
         Julie Tremblay\n\
         Le Courrier du Fleuve\n\
         Publié le 11 juillet 2025 à 17 h 05\n\
         PHOTO MARC GAGNON, ARCHIVES LE COURRIER DU FLEUVE\n\
         Le chantier naval Estuaire emploie actuellement près de 1100 personnes.\n\
         Partager\n\
         Le chantier naval Estuaire supprimera 200 postes à Lévis d'ici la fin de l'année, a confirmé vendredi l'entreprise.\n\
         La direction invoque un carnet de commandes vide après l'annulation de deux contrats de traversiers.\n\
         Related News\n\
         Business News\n\
         1h\n\
         Port traffic on the river slows for a third straight month\n\
         Business News\n\
         3h\n\
         Ferry operators ask Ottawa for help with fuel costs\n\
         Le syndicat affirme que les travailleurs ont appris la nouvelle par un communiqué de presse.\n\
         La ville de Lévis dit vouloir rencontrer la direction dès la semaine prochaine.\n\
         En savoir plus\n\
         1100\n\
         Nombre d'employés au chantier avant les mises à pied\n\
         Source : Estuaire\n\
         Le chantier espère décrocher le contrat de construction de deux brise-glaces en 2026.\n\
         La décision d'Ottawa est attendue à l'automne.\n",
    );
    assert_eq!(got.len(), 1, "{:?}", super::tests::rows(&got));
    let text = &got[0].text;
    assert!(
        text.starts_with("Le chantier naval Estuaire supprimera"),
        "{text}"
    );
    assert!(
        text.ends_with("La décision d'Ottawa est attendue à l'automne."),
        "{text}"
    );
    for chrome in ["emploie actuellement", "Port traffic", "Nombre d'employés"] {
        assert!(!text.contains(chrome), "{chrome:?} is no text: {text}");
    }
}
