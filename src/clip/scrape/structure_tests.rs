//! Tests of the splitter on what stands inside one article's page and is not its text:
//! a box of links to other stories between its paragraphs, a syndication notice under
//! it, a table of contents that repeats its subheads under the header; and between the
//! items of a list: a sponsored item, a paywall's badge, a newsletter's form; an app's
//! link to each story's outlet; a dateline in three lines; a radio page's caption buttons and
//! sponsor break.

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
                Some("Simone Brändli, Lukas Meier"),
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

/// The twenty-fifth round's radio page: the author under "Headshot of <the same name>",
/// a caption that ends with its "hide caption" button, the photographer "for" the station
/// under "toggle caption", and a sponsor's break ("Sponsor Message" / "Become a KPRB
/// sponsor") inside the text.
#[test]
fn radio_story_with_a_headshot_and_caption_buttons() {
    assert_single_articles(vec![(
        fixture!("radio-story-with-headshot-and-caption-buttons.txt"),
        (
            "River town pins its hopes on a reopened paper mill and 250 jobs",
            Some("KPRB"),
            Some("Tobias Renner"),
            Some("2025-07-14T09:05:00Z"),
        ),
        "said Dale Hutchins, who worked on the mill's pulp line for 19 years.",
        "the headshot's label names the author; the caption, its credit and the sponsor's break are no text",
    )]);
    let got = fixture!("radio-story-with-headshot-and-caption-buttons.txt");
    assert!(
        got[0]
            .text
            .starts_with("The whistle at the Cascade Fibre mill"),
        "{}",
        got[0].text
    );
}

/// A wordmark with its owner under the skip link ("The Harbour Courier by Tidewater
/// Media" over "Subscribe") is the masthead, no promotion; an audio player's "Press play
/// to listen to this article" / "Voiced by artificial intelligence." is no text.
#[test]
fn a_wordmark_with_its_owner_and_an_audio_player() {
    let got = split(
        "Skip to main content\n\
         The Harbour Courier by Tidewater Media\n\
         Subscribe\n\
         Login\n\
         Business\n\
         Ferry operator Bluewake to retire four vessels as fuel costs bite\n\
         July 14, 2025\n\
         Press play to listen to this article\n\
         Voiced by artificial intelligence.\n\
         Ferry operator Bluewake will retire four of its oldest vessels by the end of the year, the company said on Monday, as fuel costs eat into its margins.\n\
         The company said the routes would be served by two larger ships that use a third less fuel per passenger.\n",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].source.as_deref(), Some("The Harbour Courier"));
    assert!(
        got[0].text.starts_with("Ferry operator Bluewake will"),
        "{}",
        got[0].text
    );
}

/// The site's blurb under its name at the top, over its menu ("Calder" over
/// "Connecting investors ..., Calder delivers ..."), opens no story.
#[test]
fn a_blurb_under_the_name_at_the_top() {
    let got = split(
        "Calder\n\
         Connecting investors to a dynamic network of information, people and ideas, Calder quickly and accurately delivers business and financial news around the world.\n\
         For Customers\n\
         Support\n\
         Calder\n\
         Markets\n\
         Economics\n\
         Pumpmaker Varnholt sinks after cutting its margin forecast\n\
         July 14, 2025\n\
         By Tomas Reiner\n\
         Varnholt shares fell as much as 11% in Frankfurt after the industrial-pump maker cut its full-year margin forecast, citing weaker orders from chemical plants.\n\
         The company expects demand to stabilize in the fourth quarter, its finance chief told analysts on a call.\n",
    );
    assert_eq!(
        got.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        vec!["Pumpmaker Varnholt sinks after cutting its margin forecast"]
    );
}

/// The twenty-sixth round's German page: an address of initials ("NBZ.NET") over the
/// name, which the footer spells out; a time glued to its date by a dash; a caption over
/// "Bild: dpa"; and at the foot "Quelle: NBZ", the author over her job in one compound
/// word, "Folgen", the topics and a publisher's offer, none of it text or a story.
#[test]
fn a_german_page_with_an_author_box_at_its_foot() {
    assert_single_articles(vec![(
        fixture!("german-page-with-author-box-and-initials-address.txt"),
        (
            "Nordwerft streicht in Kiel 600 Stellen",
            Some("Neue Baltische Zeitung"),
            Some("Hanna Petersen"),
            Some("2025-07-14"),
        ),
        "Man werde um jeden Arbeitsplatz kämpfen, sagte ein Sprecher.",
        "the footer spells out 'NBZ'; the author box, 'Folgen' and 'Verlagsangebot' are no text or story",
    )]);
}

/// The twenty-seventh round's feet: "Mehr: <a headline>" and "Erstpublikation: <date>"
/// under the text, the share row, the topics and "Das könnte Sie auch interessieren"
/// over other stories and a jobs box: no text and no story.
#[test]
fn a_german_foot_with_first_publication_and_a_jobs_box() {
    let got = split(
        "Zum Inhalt springen\n\
         Wirtschaftskurier\n\
         Menü\n\
         Unternehmen\n\
         Brandt Kältetechnik streicht 800 Stellen in Augsburg\n\
         Der Hersteller von Kühlanlagen verlagert die Fertigung nach Tschechien.\n\
         Lea Hofmann\n\
         14.07.2025 - 11:20 Uhr\n\
         Der Kühlanlagenbauer Brandt Kältetechnik baut in Augsburg 800 Arbeitsplätze ab, wie das Unternehmen am Montag mitteilte.\n\
         Die Fertigung von Verdichtern soll bis Ende 2026 in das Werk im tschechischen Pilsen verlagert werden.\n\
         Die IG Metall kündigte Widerstand gegen die Pläne an und forderte Gespräche mit der Geschäftsführung.\n\
         Mehr: Maschinenbau in der Krise – diese Firmen bauen Stellen ab\n\
         Erstpublikation: 14.07.2025, 11:20 Uhr.\n\
         Jetzt teilen\n\
         Artikel teilen per:\n\
         LinkedIn\n\
         Themen\n\
         Maschinenbau\n\
         Augsburg\n\
         Das könnte Sie auch interessieren\n\
         Zulieferer Kaltenbach meldet Insolvenz in Eigenverwaltung an\n\
         Stellenabbau: Warum die Industrie trotz Fachkräftemangel Jobs streicht\n\
         Top-Jobs des Tages\n\
         Jetzt die besten Jobs finden und per E-Mail benachrichtigt werden.\n\
         Impressum\n",
    );
    assert_eq!(
        got.len(),
        1,
        "{:?}",
        got.iter().map(|a| &a.title).collect::<Vec<_>>()
    );
    assert!(
        got[0].text.ends_with("Gespräche mit der Geschäftsführung."),
        "{}",
        got[0].text
    );
}

/// A French page: "Aller au pied de page" is a skip link, so the wordmark "20 Heures"
/// under it is the masthead, not a counter; the photographer's credit under the caption
/// ("— J. Morel / 20 Heures") is no outlet of the article.
#[test]
fn a_french_wordmark_under_skip_links_and_a_photographer_credit() {
    let got = split(
        "Aller au contenu principal\n\
         Aller au pied de page\n\
         20 Heures\n\
         Menu\n\
         Rechercher\n\
         Economie\n\
         Lyon : Le fabricant de trottinettes Volta supprime 90 postes\n\
         Marc Devaux\n\
         Publié le 14/07/25 à 17h12\n\
         L’usine Volta de Villeurbanne, ici en 2023, assemble environ 20.000 trottinettes par an.\n\
         — J. Morel / 20 Heures\n\
         Le coup est rude pour les salariés de Volta. Le fabricant lyonnais a annoncé ce lundi la suppression de 90 postes.\n\
         La direction justifie cette décision par un effondrement des ventes depuis deux ans.\n",
    );
    assert_eq!(
        super::tests::rows(&got),
        vec![(
            "Lyon : Le fabricant de trottinettes Volta supprime 90 postes",
            Some("20 Heures"),
            Some("Marc Devaux"),
            Some("2025-07-14")
        )]
    );
    assert!(
        got[0].text.starts_with("Le coup est rude"),
        "{}",
        got[0].text
    );
}

/// The twenty-eighth round's captions under the time: one that ends with its
/// photographer's name ("... at any price”. Trevor Collens"), and one without a stop over
/// the paper's own credit ("... (Mallorca)" over "DCM"); neither is a headline, and the
/// standfirst between the headline and the author stays.
#[test]
fn captions_signed_by_a_photographer_or_credited_to_the_paper() {
    let signed = split(
        "Companies\n\
         Mining\n\
         Redgum Metals halts its Mount Carrow expansion as costs blow out\n\
         The miner has paused a $1.8 billion expansion at its flagship mine, blaming labour shortages.\n\
         Tess Dunmore\n\
         Jul 14, 2025 – 5.32pm\n\
         Redgum chief executive Grant Holloway says the company would not “chase tonnes at any price”. Trevor Collens\n\
         Redgum Metals has suspended work on a $1.8 billion expansion of its Mount Carrow mine after revising its budget.\n\
         The Perth-based miner said the new budget reflected higher contractor rates and a weaker price outlook.\n",
    );
    let credited = split(
        "Economía\n\
         Empresas\n\
         La hotelera Grupo Marisol venderá cinco hoteles a un fondo británico\n\
         La operación, que incluye establecimientos en Menorca y Lanzarote, permitirá a la cadena reducir su deuda.\n\
         Marta Ledesma\n\
         Madrid\n\
         Actualizado 14/07/2025 a las 13:25h.\n\
         Guardar\n\
         Compartir\n\
         Fachada de uno de los hoteles de Grupo Marisol en la playa de Alcúdia (Mallorca)\n\
         DCM\n\
         La cadena hotelera Grupo Marisol ha alcanzado un acuerdo para vender cinco de sus hoteles vacacionales a un fondo británico.\n\
         Los establecimientos suman cerca de 1.400 habitaciones y seguirán abiertos durante la venta.\n",
    );
    for (got, title) in [
        (
            &signed,
            "Redgum Metals halts its Mount Carrow expansion as costs blow out",
        ),
        (
            &credited,
            "La hotelera Grupo Marisol venderá cinco hoteles a un fondo británico",
        ),
    ] {
        assert_eq!(
            got.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
            vec![title]
        );
        assert!(
            !got[0].text.contains("Trevor Collens") && !got[0].text.contains("Fachada"),
            "{}",
            got[0].text
        );
    }
    assert_eq!(
        credited[0].published_at.as_deref().map(|t| &t[..10]),
        Some("2025-07-14")
    );
}

/// A Korean portal's page: "입력2025.07.14. 오후 3:12" times it; the portal's buttons, a
/// caption over "[... 제공. 재판매 및 DB 금지]" and the wire's dateline "(서울=연합뉴스)"
/// at the head of the text; a notice reserving the rights ends the text, whatever the
/// portal shows under it.
#[test]
fn a_korean_portal_page() {
    let got = split(
        "본문 바로가기\n\
         포털\n\
         뉴스\n\
         해안일보\n\
         해안일보 구독\n\
         조선소 동해중공업, 울산 도크 가동 중단…\"수주 급감\"\n\
         입력2025.07.14. 오후 3:12\n\
         기사원문\n\
         박민수 기자\n\
         공감\n\
         댓글\n\
         본문 요약봇\n\
         인쇄하기\n\
         동해중공업 울산 조선소 전경\n\
         [동해중공업 제공. 재판매 및 DB 금지]\n\
         (울산=해안일보) 박민수 기자 = 중형 조선사 동해중공업이 수주 급감에 따라 울산 조선소의 도크 두 곳 가운데 한 곳의 가동을 중단한다고 14일 밝혔다.\n\
         회사 측은 \"올해 상반기 신규 수주가 지난해의 절반에도 미치지 못했다\"며 \"인력은 순환 휴직으로 유지할 계획\"이라고 설명했다.\n\
         Copyright ⓒ 해안일보. All rights reserved. 무단 전재 및 재배포 금지.\n\
         이 기사는 언론사에서 경제 섹션으로 분류했습니다.\n\
         기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다. 언론사는 개별 기사를 2개 이상 섹션으로 중복 분류할 수 있습니다.\n",
    );
    assert_eq!(
        got.len(),
        1,
        "{:?}",
        got.iter().map(|a| &a.title).collect::<Vec<_>>()
    );
    assert_eq!(
        got[0].title,
        "조선소 동해중공업, 울산 도크 가동 중단…\"수주 급감\""
    );
    assert_eq!(
        got[0].published_at.as_deref().map(|t| &t[..10]),
        Some("2025-07-14")
    );
    assert!(
        got[0].text.starts_with("(울산=해안일보)"),
        "{}",
        got[0].text
    );
    assert!(got[0].text.ends_with("설명했다."), "{:?}", got[0].text);
}

/// A summary of three points under the headline, then the author's name over the time:
/// the name signs the article; a caption over a company's one-word credit under the
/// buttons ("Corvane") is no text.
#[test]
fn a_summary_of_points_signed_under_it_and_a_handout_credit() {
    let got = split(
        "Tech\n\
         Halvern is cutting a third of its middle managers to speed up decisions\n\
         Halvern's CEO told staff in a memo that the company had too many layers between decisions and work.\n\
         The cloud-software company said about 300 manager roles will be eliminated over two months.\n\
         Remaining managers will oversee as many as 15 direct reports, up from seven.\n\
         Dana Whitcombe\n\
         Jul 14, 2025, 11:32 AM ET\n\
         Share\n\
         Save\n\
         Halvern CEO Mara Eckhart at the company's developer conference in San Jose last year.\n\
         Halvern\n\
         Halvern, the San Jose-based cloud-software company, is eliminating roughly a third of its middle-management jobs.\n\
         The company said the changes would take effect by the end of September.\n",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].byline.as_deref(), Some("Dana Whitcombe"));
    assert!(
        !got[0].text.contains("developer conference"),
        "{}",
        got[0].text
    );
}

/// The twenty-ninth round: a headline and its longer standfirst, both in sentence case
/// with a blank line between ("The rubric is the longer line"); an audio player, a
/// machine's summary ("Dies ist ein experimentelles Tool ...") and readers' comments
/// ("Antworten" / "Melden") in German.
#[test]
fn a_sentence_case_standfirst_and_a_german_audio_player_and_comments() {
    let rubric = split(
        "Skip to content\n\
         The Weekly Ledger\n\
         Menu\n\
         Weekly edition\n\
         Search\n\
         Subscribe\n\
         Log in\n\
         Business\n\
         Shipbuilding\n\
         \n\
         Europe's last river barge yards are running out of orders\n\
         \n\
         Cheap imports and a glut of new vessels spell trouble for Rheinwerft and its rivals on the Rhine\n\
         \n\
         Jul 10th 2025|DUISBURG\n\
         \n\
         For more than a century the cranes of Rheinwerft have loomed over the river. This summer, for the first time in decades, they stand idle.\n\
         \n\
         Rheinwerft's plight is not unusual. Europe's share of inland shipbuilding has fallen by half in a decade.\n",
    );
    assert_eq!(rubric.len(), 1);
    assert_eq!(
        rubric[0].title,
        "Europe's last river barge yards are running out of orders"
    );
    let german = split(
        "Wirtschaft\n\
         Kaltwerk streicht 400 Stellen in Mannheim\n\
         Von Jonas Ried\n\
         14. Juli 2025, 16:20 Uhr\n\
         Artikel hören\n\
         Player schließen\n\
         Mehr zu diesem Audioangebot\n\
         Artikelzusammenfassung\n\
         Kaltwerk schließt eine Anlage in Mannheim, 400 Stellen fallen weg. Dies ist ein experimentelles Tool. Die Resultate können unvollständig, veraltet oder sogar falsch sein.\n\
         Fanden Sie die Zusammenfassung hilfreich?\n\
         Der Chemiekonzern Kaltwerk will an seinem Standort in Mannheim rund 400 Arbeitsplätze abbauen, wie das Unternehmen am Montag mitteilte.\n\
         Als Grund nannte der Vorstand die hohen Energiekosten in Deutschland.\n\
         Zur Startseite\n\
         Kommentare\n\
         12 Kommentare\n\
         Neueste zuerst\n\
         Rheinländer_64\n\
         vor 2 Stunden\n\
         Das war abzusehen. Die Politik hat viel zu lange zugeschaut.\n\
         Antworten\n\
         Melden\n",
    );
    assert_eq!(
        german.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        vec!["Kaltwerk streicht 400 Stellen in Mannheim"]
    );
    assert!(
        german[0].text.starts_with("Der Chemiekonzern"),
        "{}",
        german[0].text
    );
    assert!(
        german[0].text.ends_with("in Deutschland."),
        "{}",
        german[0].text
    );
}
