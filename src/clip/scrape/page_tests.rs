//! Tests of the splitter on whole pages copied from sites it had not seen (the
//! thirteenth round of sites' copy-paste shapes, `tests/fixtures/scrapes/`): single
//! articles under their site's menus, topic boxes, share bars, captions, author boxes,
//! sign-up boxes, comment threads and footers, in four languages; and section pages whose
//! teasers put their times after the text, with advertisers' items between them. The
//! fourteenth round adds more of both, in three more languages; the fifteenth, Swedish and
//! Polish pages.

use super::tests::{SingleCase, assert_single_articles, fixture, rows, split};

/// Each page is one article, with these fields, whose text ends where the story does.
#[test]
fn whole_pages_of_one_article() {
    let cases: Vec<SingleCase<'_>> = vec![
        (
            fixture!("topic-follow-boxes-and-logo-text.txt"),
            (
                "Lumora will stop selling thermostat data to insurers under FTC settlement",
                Some("The Verge"),
                Some("Elena Marchetti"),
                Some("2025-07-14T14:32:00Z"),
            ),
            "data sharing toggle under Settings > Account > Partners & Integrations.",
            "a sentence under every topic box and a logo's text are interface",
        ),
        (
            fixture!("menu-section-beside-date-and-sign-up-boxes.txt"),
            (
                "Second-life EV batteries get a $310 million bet",
                Some("Axios"),
                Some("Ryan Kessler"),
                Some("2025-07-13"),
            ),
            "about taking back packs directly from dealerships.",
            "'Jul 13, 2025 - Energy & Environment' names a section of the menu, not the outlet",
        ),
        (
            fixture!("names-in-cities-and-digest-pitch.txt"),
            (
                "Dutch chip-tool maker Verhoeven cuts China sales forecast as export curbs bite",
                Some("Financial Times"),
                Some("Harriet Ashworth and Kenji Morita"),
                Some("2025-07-13T14:00:00Z"),
            ),
            "work for Chinese customers to its subsidiary in Singapore.",
            "'Harriet Ashworth in Amsterdam and Kenji Morita in Tokyo' over the time is the byline",
        ),
        (
            fixture!("german-name-comma-city-and-listen-button.txt"),
            (
                "Der Bund will Batteriespeicher von Netzentgelten befreien – die Verteilnetzbetreiber wehren sich",
                Some("NZZ"),
                Some("Corinne Bühler"),
                Some("2025-07-13"),
            ),
            "wie es die Stromkonzerne fordern, lässt der Bundesrat vorerst offen.",
            "'Corinne Bühler, Bern' is the author and the city; 'Hören' is a button",
        ),
        (
            fixture!("spanish-caption-credit-and-author-box.txt"),
            (
                "Los precios negativos de la luz frenan la construcción de nuevas plantas solares en España",
                Some("El País"),
                Some("Miguel Ángel Reyes"),
                Some("2025-07-13"),
            ),
            "una cifra que muchos en el sector consideran especulativa.",
            "'Jorge Armestar (Europa Press)' credits the picture; 'Madrid' is no outlet",
        ),
        (
            fixture!("german-kicker-title-and-labelled-photo-credit.txt"),
            (
                "Warum Kerbach Chemie jetzt sein Stammwerk halbiert",
                Some("Der Spiegel"),
                Some("Jana Körner und Felix Brandt"),
                Some("2025-07-14"),
            ),
            "Die Aktie legte am Nachmittag um gut vier Prozent zu.",
            "the headline shown alone, not the title line with its kicker",
        ),
        (
            fixture!("newsletter-post-with-comments-and-restacks.txt"),
            (
                "The quiet end of float income",
                Some("The Ledger Line"),
                Some("Owen Prasad"),
                Some("2025-07-12"),
            ),
            "who was paying for the free lunch, and that the bill is about to move.",
            "the author's name over the date, though the page repeats it",
        ),
        (
            fixture!("regional-paper-capitals-byline-and-photo-store.txt"),
            (
                "Hartwell Agri-Systems to add 240 jobs with $85 million Millbrook plant expansion",
                Some("The Beacon-Ledger"),
                Some("Kelsey Brannigan"),
                Some("2025-07-12"),
            ),
            "from 9 a.m. to 2 p.m. at Marlow Community College's Workforce Center.",
            "'KELSEY BRANNIGAN Staff Writer' is the byline; the caption over 'ERIC DUVALL The Beacon-Ledger' is no text",
        ),
        (
            fixture!("promo-box-over-headline-and-source-line.txt"),
            (
                "Ghana signs $1.2bn deal to refine lithium at home as Africa pushes up the value chain",
                Some("Al Jazeera"),
                Some("Farah Siddiqui"),
                Some("2025-07-14"),
            ),
            "Ghana’s parliament must still ratify the deal before construction can begin.",
            "a newsletter promo above the headline is no article; 'Source: Al Jazeera' names the outlet",
        ),
        (
            fixture!("glued-relative-times-and-footer-under-back-to-top.txt"),
            (
                "Buy now, pay later giant Spendlo fined $14 million for charging late fees to customers in hardship",
                Some("ABC News"),
                Some("Nadia Kourtis"),
                Some("2025-07-14T09:00:00Z"),
            ),
            "Spendlo has until August 29 to pay the penalty.",
            "'Posted 3h ago3 hours ago' is read once; the footer under 'Back to top' is no story",
        ),
        (
            fixture!("swedish-name-over-publicerad-and-author-box.txt"),
            (
                "Klarvik säger upp 300 – flyttar utvecklingen till Lissabon",
                Some("Svenska Dagbladet"),
                Some("Karin Lindqvist"),
                Some("2025-07-13"),
            ),
            "Flytten till Lissabon beräknas vara genomförd under första kvartalet 2026.",
            "the name over 'Publicerad 13 juli 2025 kl. 06.00' is the author though the author box repeats it; 'SvD' spelled out below is the outlet; 'Foto: Elin Berg/TT' credits the caption",
        ),
    ];
    assert_single_articles(cases);
}

/// Section pages: each teaser's time sits under its text, a kicker or an advertiser's
/// item over the next headline, and the page's masthead is every story's outlet.
#[test]
fn section_pages_of_teasers() {
    assert_eq!(
        rows(&fixture!("portuguese-section-list-times-after-teasers.txt")),
        vec![
            (
                "Receita prevê arrecadar R$ 9 bi com nova regra para fintechs de pagamento",
                Some("Folha de S.Paulo"),
                None,
                Some("2025-07-14T10:00:00Z")
            ),
            (
                "Casa Aurora pede recuperação judicial com dívida de R$ 1,4 bilhão",
                Some("Folha de S.Paulo"),
                None,
                Some("2025-07-14T07:00:00Z")
            ),
            (
                "Dólar sobe com tensão comercial e fecha a R$ 5,56",
                Some("Folha de S.Paulo"),
                None,
                Some("2025-07-14")
            ),
            (
                "Startup de crédito rural Semeia capta US$ 60 milhões",
                Some("Folha de S.Paulo"),
                None,
                Some("2025-07-14")
            ),
            (
                "Petroleiros aprovam greve em refinarias a partir de quinta-feira",
                Some("Folha de S.Paulo"),
                None,
                Some("2025-07-13")
            ),
            (
                "Preço do café no atacado cai pela quarta semana seguida",
                Some("Folha de S.Paulo"),
                None,
                Some("2025-07-13")
            ),
        ]
    );
    assert_eq!(
        rows(&fixture!("french-section-list-with-yesterday-times.txt")),
        vec![
            (
                "Les péages autoroutiers pourraient augmenter de 4 % en 2026, selon l’Autorité de régulation des transports",
                Some("Le Monde"),
                None,
                Some("2025-07-14")
            ),
            (
                "Chez Valtène, la fermeture de l’usine de Saint-Quentin inquiète toute une filière",
                Some("Le Monde"),
                None,
                Some("2025-07-14T07:00:00Z")
            ),
            (
                "Le gouvernement repousse la réforme de l’assurance-chômage des seniors",
                Some("Le Monde"),
                None,
                Some("2025-07-13")
            ),
            (
                "Vins de Bordeaux : l’Etat finance l’arrachage de 8 000 hectares de vignes",
                Some("Le Monde"),
                None,
                Some("2025-07-13")
            ),
            (
                "En Allemagne, la production industrielle recule pour le troisième mois consécutif",
                Some("Le Monde"),
                None,
                Some("2025-07-12")
            ),
            (
                "Les start-up françaises de l’IA ont levé 2,1 milliards d’euros au premier semestre",
                Some("Le Monde"),
                None,
                Some("2025-07-11")
            ),
        ]
    );
    assert_eq!(
        rows(&fixture!(
            "section-list-and-copyright-in-footer-sentence.txt"
        )),
        vec![
            (
                "Hanseong Motors to build $2.1b battery module plant in Georgia",
                Some("The Korea Herald"),
                None,
                Some("2025-07-14")
            ),
            (
                "Won slips to 4-month low as exporters hoard dollars",
                Some("The Korea Herald"),
                None,
                Some("2025-07-14")
            ),
            (
                "FTC fines delivery app Baedal Go W12.8b for forcing menu price hikes",
                Some("The Korea Herald"),
                None,
                Some("2025-07-13")
            ),
            (
                "Korean shipbuilders eye US Navy repair work after Ulsan yard wins certification",
                Some("The Korea Herald"),
                None,
                Some("2025-07-13")
            ),
            (
                "Startup Nuri Labs unveils Korean-language AI model for call centers",
                Some("The Korea Herald"),
                None,
                Some("2025-07-12")
            ),
        ]
    );
    assert_eq!(
        rows(&fixture!("city-page-with-advertisers-between-stories.txt")),
        vec![
            (
                "BBMP to levy user fee on bulk waste generators from August 1",
                Some("The Times of India"),
                None,
                Some("2025-07-14T09:00:00Z")
            ),
            (
                "Namma Metro Pink Line: Trial runs on elevated stretch to begin next week",
                Some("The Times of India"),
                None,
                Some("2025-07-14T07:00:00Z")
            ),
            (
                "Karnataka cabinet clears ₹4,200 crore incentive package for chip fab",
                Some("The Times of India"),
                None,
                Some("2025-07-14T04:35:00Z")
            ),
            (
                "Koramangala-based EV charging startup Voltkart raises $18 million",
                Some("The Times of India"),
                None,
                Some("2025-07-13T17:10:00Z")
            ),
            (
                "Tech park employees protest cuts to shuttle services on ORR",
                Some("The Times of India"),
                None,
                Some("2025-07-13")
            ),
        ]
    );
}

/// The fourteenth round: more single articles (a logo's description naming the site,
/// captions with their credits in other shapes, author boxes and footers under the text,
/// a contributor's post, a forwarded article) and two lists.
#[test]
fn fourteenth_round() {
    let cases: Vec<SingleCase<'_>> = vec![
        (
            fixture!("logo-description-and-authors-in-related-list.txt"),
            (
                "Loopwell raises $48M to teach warehouse robots new tasks from a single demonstration",
                Some("TechCrunch"),
                Some("Marisa Okonjo"),
                Some("2025-07-14T16:14:00Z"),
            ),
            "because no two tomatoes look alike.",
            "'TechCrunch Desktop Logo' names the site; the author under each related headline is no outlet",
        ),
        (
            fixture!("caption-with-barred-credit-and-sign-up-small-print.txt"),
            (
                "Brussels eyes cloud ‘sovereignty’ label that could shut US giants out of sensitive public contracts",
                Some("Politico"),
                Some("Océane Lamarre and Jakob Weiss"),
                Some("2025-07-13T17:00:00Z"),
            ),
            "cloud security “remains risk-based and technology-neutral.”",
            "a caption ending '| John Thys/AFP via Getty Images' is no headline",
        ),
        (
            fixture!("german-source-line-and-author-box-after-text.txt"),
            (
                "Netzbetreiber streiten mit Berlin über die Milliardenlücke",
                Some("Frankfurter Allgemeine Zeitung"),
                Some("Hans-Jürgen Kessler"),
                Some("2025-07-14"),
            ),
            "Dann wird es Geld kosten, und das sollte man offen sagen.“",
            "the author's name and role under the text are no part of it",
        ),
        (
            fixture!("italian-date-after-text-and-footer-under-copyright.txt"),
            (
                "Fibrelia, la pmi pavese delle fibre riciclate raccoglie 120 milioni: «Tre nuovi impianti entro il 2027»",
                Some("Corriere della Sera"),
                Some("Marco Bellandi"),
                Some("2025-07-13"),
            ),
            "continueremo a importare magliette da due euro e a bruciare quelle che buttiamo».",
            "the date under the text is the article's; the owner's address under the copyright is no text",
        ),
        (
            fixture!("spanish-company-name-in-footer.txt"),
            (
                "Vantera pide retrasar el cierre de su central de ciclo combinado de Castellón tras el apagón",
                Some("El Mundo"),
                Some("Juan Carlos Merino"),
                Some("2025-07-14"),
            ),
            "una tecnología que, admiten, todavía está poco desplegada en España.",
            "'Unidad Editorial Información General S.L.U.' is the footer's",
        ),
        (
            fixture!("contributor-post-with-site-newsletter-box.txt"),
            (
                "Why Mid-Size Banks Are Quietly Rewriting Their Core Systems—And Not Telling Anyone",
                Some("Forbes"),
                Some("Dana Whitfield"),
                Some("2025-07-11T10:45:00Z"),
            ),
            "by a vendor ending support, or by a regulator asking a question they cannot answer.",
            "'Forbes' over 'Daily Cover Stories' is the site's box, no story",
        ),
        (
            fixture!("forwarded-article-with-subscriber-badge.txt"),
            (
                "Ottawa to require big banks to share customer data with fintechs by 2027",
                Some("The Globe and Mail"),
                Some("Marie Tremblay"),
                Some("2025-07-12"),
            ),
            "Ottawa first promised an open banking system in 2018, and successive budgets have pushed back the timeline several times.",
            "'For Subscribers' is a badge, not the outlet",
        ),
        (
            fixture!("japanese-rendering-caption-and-related-label.txt"),
            (
                "東邦精機、熊本に新工場 車載パワー半導体の検査装置を3倍に",
                Some("日本経済新聞"),
                None,
                Some("2025-07-13"),
            ),
            "同社は熊本大学などと連携し、検査技術に関する寄付講座を設ける方針だ。",
            "a caption ending '完成予想図' is no headline",
        ),
    ];
    assert_single_articles(cases);
    assert_eq!(
        rows(&fixture!("wire-list-with-datelines-and-most-viewed.txt")),
        vec![
            (
                "Hanwol Electronics to invest 3 tln won in Pyeongtaek battery cell plant",
                Some("Yonhap News Agency"),
                None,
                Some("2025-07-14")
            ),
            (
                "S. Korea's exports up 4.1 pct in first 10 days of July on chip demand",
                Some("Yonhap News Agency"),
                None,
                Some("2025-07-14")
            ),
            (
                "Financial regulator to tighten rules on short-term bond funds after redemption rush",
                Some("Yonhap News Agency"),
                None,
                Some("2025-07-14")
            ),
            (
                "Ride-hailing firm Kaero fined 4.2 bln won for favoring affiliated taxis",
                Some("Yonhap News Agency"),
                None,
                Some("2025-07-13")
            ),
            (
                "Shipbuilders bag orders for 6 LNG carriers worth 1.8 tln won",
                Some("Yonhap News Agency"),
                None,
                Some("2025-07-12")
            ),
            (
                "Korean game makers bet on console titles as mobile market matures",
                Some("Yonhap News Agency"),
                None,
                Some("2025-07-12")
            ),
        ]
    );
    assert_eq!(
        rows(&fixture!("french-list-with-minutes-ago-and-badges.txt")),
        vec![
            (
                "Le lyonnais Cyrelis lève 90 millions pour ses batteries au sodium",
                Some("Le Figaro"),
                Some("Claire Morvan"),
                Some("2025-07-14T11:13:00Z")
            ),
            (
                "Vente de Distriplus : trois candidats en lice pour reprendre les 340 magasins",
                Some("Le Figaro"),
                Some("Antoine Lefèvre et Sophie Bernardin"),
                Some("2025-07-14T07:00:00Z")
            ),
            (
                "Airbus : les livraisons de juin rassurent avant le salon de Farnborough",
                Some("Le Figaro"),
                None,
                Some("2025-07-13")
            ),
            (
                "Fret ferroviaire : le plan de relance de l’État patine",
                Some("Le Figaro"),
                Some("Julien Mercadier"),
                Some("2025-07-12")
            ),
            (
                "Champagne : les maisons s’inquiètent d’une récolte précoce et réduite",
                Some("Le Figaro"),
                Some("Hélène Vasseur"),
                Some("2025-07-11")
            ),
        ]
    );
}

/// The fifteenth round's section page: a consent banner over the masthead, and a newsroom
/// signing one teaser ("Redacción"), which names no outlet, so the page is the masthead's.
#[test]
fn section_page_under_a_consent_banner() {
    let vanguardia = Some("La Vanguardia");
    assert_eq!(
        rows(&fixture!("spanish-section-under-consent-banner.txt")),
        vec![
            (
                "Un gigante logístico de Zaragoza invertirá 300 millones en un nuevo centro junto al aeropuerto de El Prat",
                vanguardia,
                Some("Mar Gómez"),
                Some("2025-07-14T10:00:00Z")
            ),
            (
                "El alquiler en Barcelona baja por primera vez en cuatro años",
                vanguardia,
                Some("Jordi Puig Ferrer"),
                Some("2025-07-14")
            ),
            (
                "El Ibex 35 cierra la sesión en rojo lastrado por la banca y las eléctricas",
                vanguardia,
                None,
                Some("2025-07-14T11:15:00Z")
            ),
            (
                "La reforma de los permisos por cuidado de hijos llega al Congreso con el rechazo de la patronal",
                vanguardia,
                Some("Núria Soler"),
                Some("2025-07-13T13:00:00Z")
            ),
            (
                "La catalana Sorelia Foods compra su rival portuguesa y se convierte en líder ibérico de platos preparados",
                vanguardia,
                Some("Albert Mestres"),
                Some("2025-07-12")
            ),
        ]
    );
}

/// A Polish page: "14 lipca 2025 | 16:40" is its day, and the readers' comments under
/// "Komentarze" and their count, each signed with a date, are neither text nor stories.
#[test]
fn polish_date_and_comment_thread() {
    let got = fixture!("polish-date-and-comments-under-count.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(got[0].byline.as_deref(), Some("Piotr Nowak"));
    assert_eq!(got[0].published_at.as_deref(), Some("2025-07-14"));
    assert!(
        got[0]
            .text
            .ends_with("a umowę z władzami Saksonii podpisano w piątek."),
        "{}",
        got[0].text
    );
}
