//! Tests of the splitter on the tenth and eleventh rounds of sites' copy-paste shapes
//! (`tests/fixtures/scrapes/`): feed readers, news search pages, topic and section pages,
//! a newsletter digest and a chat message of links, each item naming its outlet in its
//! own place; and single articles wrapped in consent banners, share bars, paywalls,
//! author bios, site blurbs and footers, in six languages.

use super::ScrapedArticle;
use super::tests::{Row, fixture, rows, split};

/// The page gave one article, `want`, with none of `chrome` in its text.
pub(super) fn one_article(got: &[ScrapedArticle], want: Row<'_>, chrome: &[&str]) {
    assert_eq!(rows(got), vec![want]);
    for c in chrome {
        assert!(!got[0].text.contains(c), "{c:?}: {}", got[0].text);
    }
}

/// Lists whose items each name their outlet: in a meta line ("EE Times / by Jane Doe /
/// 45min"), between the headline and the time ("heise online"), over the headline, or
/// beside a time under the summary.
#[test]
fn lists_whose_items_name_their_outlets() {
    for (got, want, why) in [
        (
            fixture!("feed-reader-folder.txt"),
            vec![
                (
                    "Advanced packaging capacity is the new chip bottleneck, suppliers say",
                    Some("EE Times"),
                    Some("Priya Venkataraman"),
                    Some("2025-07-14T11:15:00Z"),
                ),
                (
                    "Memory prices jump 18% as AI servers soak up high-bandwidth supply",
                    Some("Tom's Hardware"),
                    Some("Gareth Lowry"),
                    Some("2025-07-14T07:00:00Z"),
                ),
                (
                    "Dutch lithography supplier flags slower China orders in second half",
                    Some("DigiTimes"),
                    None,
                    Some("2025-07-13T15:00:00Z"),
                ),
                (
                    "RISC-V startup unveils 64-core server chip aimed at inference",
                    Some("IEEE Spectrum"),
                    Some("Hannah Stroud"),
                    Some("2025-07-13"),
                ),
            ],
            "'EE Times / by Priya Venkataraman / 45min' is no breadcrumb; 'Save to Board' under every item is no outlet",
        ),
        (
            fixture!("feed-reader-german.txt"),
            vec![
                (
                    "Bundesnetzagentur verschärft Auflagen für Rechenzentren am Stromnetz",
                    Some("Handelsblatt"),
                    None,
                    Some("2025-07-14T08:00:00Z"),
                ),
                (
                    "Chipfabrik in Sachsen: Förderbescheid über 1,1 Milliarden Euro verzögert sich",
                    Some("heise online"),
                    None,
                    Some("2025-07-13T17:00:00Z"),
                ),
                (
                    "EU-Kommission legt Leitlinien für KI-Modelle mit systemischem Risiko vor",
                    Some("Golem.de"),
                    None,
                    Some("2025-07-13"),
                ),
                (
                    "Energieversorger erhöhen Investitionen in Netzausbau um ein Drittel",
                    Some("Frankfurter Allgemeine"),
                    None,
                    Some("2025-07-12"),
                ),
                (
                    "Start-up aus München sammelt 80 Millionen Euro für KI-Beschleuniger ein",
                    Some("WirtschaftsWoche"),
                    None,
                    Some("2025-07-07"),
                ),
            ],
            "between headline and time the name is the outlet, lower case or name-shaped",
        ),
        (
            fixture!("news-search-outlet-over-headline.txt"),
            vec![
                (
                    "Las eléctricas piden reglas claras para conectar centros de datos a la red",
                    Some("Cinco Días"),
                    None,
                    Some("2025-07-14T09:00:00Z"),
                ),
                (
                    "Un fondo de pensiones canadiense invierte 900 millones en centros de datos en Aragón",
                    Some("Expansión"),
                    Some("Laura Medina"),
                    Some("2025-07-14T03:00:00Z"),
                ),
                (
                    "Bruselas aplaza la aplicación de las normas para modelos de IA de uso general",
                    Some("La Vanguardia"),
                    None,
                    Some("2025-07-13"),
                ),
                (
                    "Una startup catalana levanta 40 millones para fabricar chips de inferencia",
                    Some("Xataka"),
                    None,
                    Some("2025-07-12"),
                ),
            ],
            "the outlet over the headline over the time; 'Compartir' is a button",
        ),
        (
            fixture!("topic-page-outlet-after-summary.txt"),
            vec![
                (
                    "Grid operators warn of summer shortfall as AI load climbs",
                    Some("Canary Media"),
                    None,
                    Some("2025-07-14T06:00:00Z"),
                ),
                (
                    "Treasury guidance narrows clean-energy credit for hydrogen projects",
                    Some("Heatmap"),
                    None,
                    Some("2025-07-13"),
                ),
                (
                    "Offshore wind auction draws just two bids after cost overruns",
                    Some("The Globe and Mail"),
                    None,
                    Some("2025-07-12"),
                ),
                (
                    "Battery maker pauses Georgia plant expansion amid tariff uncertainty",
                    Some("Utility Dive"),
                    None,
                    Some("2025-07-10"),
                ),
            ],
            "'Utility Dive • 4 days ago' among outlets is one more outlet; the curator is no author",
        ),
        (
            fixture!("newsletter-digest-with-greeting.txt"),
            vec![
                (
                    "Gulf sovereign fund leads $600 million round in inference-chip startup",
                    Some("Rest of World"),
                    None,
                    Some("2025-07-13"),
                ),
                (
                    "European grid regulators float connection fees for large data centres",
                    Some("Semafor"),
                    None,
                    Some("2025-07-14"),
                ),
                (
                    "Memory maker cuts outlook as customers delay server upgrades",
                    Some("Barron's"),
                    None,
                    Some("2025-07-11"),
                ),
                (
                    "Why AI start-ups are renting GPUs by the minute",
                    Some("Quartz"),
                    None,
                    Some("2025-07-12"),
                ),
            ],
            "the greeting over the stories is no story",
        ),
    ] {
        assert_eq!(rows(&got), want, "{why}");
    }
}

/// One article each, with what wrapped it kept out of its text.
#[test]
fn single_articles_out_of_their_wrapping() {
    for (got, want, chrome) in [
        (
            fixture!("author-bio-and-site-blurb.txt"),
            (
                "Chipmakers ask Commerce for more time as export-license backlog hits 1,400 filings",
                Some("Ars Technica"),
                Some("Marcus Feld"),
                Some("2025-07-11"),
            ),
            &["is a senior policy reporter", "separating the signal"][..],
        ),
        (
            fixture!("wordmark-and-list-inside-text.txt"),
            (
                "The Data Center Boom Is Running Into a Transformer Shortage",
                Some("Wired"),
                Some("Lena Okafor"),
                Some("2025-07-09"),
            ),
            &[
                "Save this story",
                "Crypto Lobby",
                "Heat Waves",
                "tomorrow is realized",
            ],
        ),
        (
            fixture!("masthead-tagline-and-comment-icon.txt"),
            (
                "Hyperscalers' AI capex tops $90B in a single quarter as investors start asking about returns",
                Some("The Register"),
                Some("Tobias Wren"),
                Some("2025-07-11T14:32:00Z"),
            ),
            &["comment bubble"],
        ),
        (
            fixture!("french-consent-banner-and-share-bar.txt"),
            (
                "Énergie : Orvanne relève de 8 % ses investissements dans le nucléaire d'ici 2027",
                Some("Le Parisien"),
                Some("Camille Vasseur et Julien Morand"),
                Some("2025-07-12"),
            ),
            &["cookies", "Partager", "Copier le lien", "LP/"],
        ),
        (
            fixture!("japanese-share-bar-and-bracketed-reporter.txt"),
            (
                "半導体補助金、追加1.2兆円要求へ 経産省 国内工場の誘致競争激化",
                Some("毎日新聞"),
                Some("森下直樹"),
                Some("2025-07-13"),
            ),
            &["撮影", "ブックマーク", "【"],
        ),
        (
            fixture!("consent-banner-and-uk-time.txt"),
            (
                "UK's AI compute plan 'at risk' as grid connection queue tops 700 projects, watchdog warns",
                Some("Sky News"),
                Some("Oliver Pryce"),
                Some("2025-07-13T09:22:00Z"),
            ),
            &["cookies", "@oliverpryce", "Read more from"],
        ),
        (
            fixture!("capitals-photo-label-and-channel-pitch.txt"),
            (
                "Data centre operators told to cut energy use under new green standard by 2030",
                Some("The Straits Times"),
                Some("Ho Wei Ling"),
                Some("2025-07-12"),
            ),
            &["PHOTO:", "Telegram", "©"],
        ),
        (
            fixture!("one-word-masthead-and-trademark-footer.txt"),
            (
                "Cloud giants' AI budgets are forcing CFOs to rethink depreciation—and Wall Street is starting to notice",
                Some("Fortune"),
                Some("Rachel Imbert"),
                Some("2025-07-10T11:15:00Z"),
            ),
            &["trademark", "originally featured", "Register now"],
        ),
        (
            fixture!("byline-outlet-and-time-on-one-line.txt"),
            (
                "Ottawa weighs clawback of AI compute credits from firms that moved servers south",
                Some("CBC News"),
                Some("Marie-Ève Tremblay"),
                Some("2025-07-14T01:30:00Z"),
            ),
            &["Social Sharing", "Canadian Press", "https://"],
        ),
    ] {
        one_article(&got, want, chrome);
    }
}

/// The eleventh round: lists whose items give their outlet beside the time, above the
/// headline or after "By", and section pages whose stories are the masthead's.
#[test]
fn eleventh_round_lists() {
    for (got, want, why) in [
        (
            fixture!("time-then-outlet-under-summary.txt"),
            vec![
                (
                    "US weighs tighter rules on AI chip sales to cloud providers abroad",
                    Some("USA Today"),
                    None,
                    Some("2025-07-14T10:00:00Z"),
                ),
                (
                    "Oil prices slide as OPEC+ signals further output increases",
                    Some("Investing.com"),
                    None,
                    Some("2025-07-13"),
                ),
                (
                    "Nuclear startups sign power deals with two tech firms",
                    Some("CBS News"),
                    None,
                    Some("2025-07-14T07:00:00Z"),
                ),
                (
                    "California regulators delay vote on rooftop solar fees",
                    Some("Los Angeles Times"),
                    None,
                    Some("2025-07-12"),
                ),
            ],
            "\"2h ago · USA TODAY\" under the summary: the time, then the outlet",
        ),
        (
            fixture!("by-outlet-glued-to-time.txt"),
            vec![
                (
                    "Corvane shares drop after company trims data center revenue outlook",
                    Some("Investing.com"),
                    None,
                    Some("2025-07-14T07:00:00Z"),
                ),
                (
                    "Corvane, Lumio in talks over advanced packaging venture - report",
                    Some("Reuters"),
                    None,
                    Some("2025-07-12"),
                ),
                (
                    "Corvane price target cut to $48 at Halden Securities on softer AI orders",
                    Some("Benzinga"),
                    None,
                    Some("2025-07-11"),
                ),
                (
                    "Earnings call transcript: Corvane Q2 2025 beats on margins, guides cautiously",
                    Some("Investing.com"),
                    None,
                    Some("2025-07-10"),
                ),
            ],
            "\"By Reuters•Jul 12, 2025\": \"By\" an outlet, the time glued on",
        ),
        (
            fixture!("search-results-with-sponsored-item.txt"),
            vec![
                (
                    "Cloud giants lift capex forecasts again as AI demand outpaces supply",
                    Some("Fox Business"),
                    None,
                    Some("2025-07-14T09:00:00Z"),
                ),
                (
                    "Why chip stocks slipped even as data center orders hit a record",
                    Some("Barron's"),
                    None,
                    Some("2025-07-13T15:00:00Z"),
                ),
                (
                    "Canadian pension funds pour billions into data centre developers",
                    Some("The Globe and Mail"),
                    None,
                    Some("2025-07-13"),
                ),
                (
                    "Alberta pitches gas-fired power to AI data centre builders",
                    Some("Financial Post"),
                    None,
                    Some("2025-07-12"),
                ),
            ],
            "\"Outlet · 3h\" over each headline; the sponsored item is no part of the story above it",
        ),
        (
            fixture!("section-page-author-and-time-after-summary.txt"),
            vec![
                (
                    "Iberdata invertirá 1.200 millones en tres centros de datos en Madrid y Aragón",
                    Some("Expansión"),
                    Some("Marta Ibáñez"),
                    Some("2025-07-14"),
                ),
                (
                    "Competencia abre una consulta sobre el acceso a la red de los grandes consumidores eléctricos",
                    Some("Expansión"),
                    Some("Javier Romero"),
                    Some("2025-07-13"),
                ),
                (
                    "Los fondos de infraestructuras elevan su apuesta por la fibra y las torres en España",
                    Some("Expansión"),
                    None,
                    Some("2025-07-13"),
                ),
                (
                    "Las tecnológicas europeas piden a Bruselas una pausa en la ley de inteligencia artificial",
                    Some("Expansión"),
                    Some("Elena Martín"),
                    Some("2025-07-11"),
                ),
            ],
            "the author and the time under each summary are that story's, the section page its masthead's",
        ),
        (
            fixture!("section-page-with-desk-byline.txt"),
            vec![
                (
                    "Govt approves incentive package for data centres in special economic zones",
                    Some("DAWN"),
                    Some("Rizwan Haider"),
                    Some("2025-07-14T10:00:00Z"),
                ),
                (
                    "Solar panel imports surge 40pc in first half of 2025",
                    Some("DAWN"),
                    None,
                    Some("2025-07-13"),
                ),
                (
                    "Textile exporters warn of mill closures over gas tariff hike",
                    Some("DAWN"),
                    Some("Amin Ahmed"),
                    Some("2025-07-12"),
                ),
                (
                    "IT exports cross $4bn for the first time",
                    Some("DAWN"),
                    None,
                    Some("2025-07-13T15:00:00Z"),
                ),
            ],
            "\"Dawn Report\" is a desk, not an author; the section page is the masthead's",
        ),
        (
            fixture!("chat-message-with-link-previews.txt"),
            vec![
                (
                    "EU drafts ‘sovereign cloud’ rules that could sideline US providers",
                    Some("Politico"),
                    None,
                    None,
                ),
                (
                    "Data centres stuck in decade-long queue for grid connections",
                    Some("The Telegraph"),
                    None,
                    None,
                ),
                (
                    "Ministers consider licences for AI chip exports",
                    Some("The Times"),
                    None,
                    None,
                ),
            ],
            "link previews: the site, the title, the description; a message's time is no story's",
        ),
    ] {
        assert_eq!(rows(&got), want, "{why}");
    }
}

/// The eleventh round's single articles: paywalls, share words and credits in other
/// languages, a name glued to its date, a release's headline over its subheading.
#[test]
fn eleventh_round_single_articles() {
    for (got, want, chrome) in [
        (
            fixture!("newsletter-box-and-bracketed-credit.txt"),
            (
                "UK chip designer Arcwell warns of delays as Treasury weighs new export licence rules",
                Some("The Independent"),
                Some("Harriet Lowell"),
                Some("2025-07-14T08:12:00Z"),
            ),
            &[
                "Sign up",
                "privacy notice",
                "(PA Wire)",
                "Arcwell’s offices",
            ][..],
        ),
        (
            fixture!("german-paywall-and-share-words.txt"),
            (
                "Rheinwerk Energie plant KI-Rechenzentrum am Kraftwerksstandort Grevenbroich",
                Some("Handelsblatt"),
                Some("Jonas Brenner"),
                Some("2025-07-13"),
            ),
            &["Merken", "weiterlesen", "Mehr zum Thema", "4 Wochen"][..],
        ),
        (
            fixture!("french-glued-revision-and-paywall.txt"),
            (
                "Semi-conducteurs : l'Etat apporte 800 millions d'euros à la future usine de Sylicéa à Crolles",
                Some("Les Echos"),
                Some("Camille Gauthier"),
                Some("2025-07-13"),
            ),
            &["abonnement", "À lire aussi"][..],
        ),
        (
            fixture!("italian-abbreviated-month.txt"),
            (
                "Cloud e intelligenza artificiale, l'Antitrust apre un'indagine sui contratti delle grandi piattaforme",
                Some("La Stampa"),
                Some("Paolo Ferrante"),
                Some("2025-07-13"),
            ),
            &["minuti di lettura", "Leggi anche"][..],
        ),
        (
            fixture!("japanese-name-glued-to-date.txt"),
            (
                "半導体新工場に政府が追加支援4千億円 量産前倒しへ、電力確保が課題",
                Some("朝日新聞デジタル"),
                Some("山田健太"),
                Some("2025-07-13"),
            ),
            &["有料", "本社ヘリ"][..],
        ),
        (
            fixture!("glued-credit-and-reported-from.txt"),
            (
                "Utilities Strain to Keep Up as A.I. Data Centers Multiply",
                Some("The New York Times"),
                Some("Ana Whitcombe, Derek Osei and Lina Park"),
                Some("2025-07-13"),
            ),
            &[
                "Credit",
                "reported from",
                "SKIP ADVERTISEMENT",
                "Order Reprints",
            ][..],
        ),
        (
            fixture!("release-headline-over-subheading.txt"),
            (
                "Halvorsen Grid Systems Secures $450 Million to Expand Battery Storage Manufacturing in Texas",
                Some("Business Wire"),
                None,
                Some("2025-07-14T12:00:00Z"),
            ),
            &["Contacts", "press@"][..],
        ),
        (
            fixture!("korean-caption-credit-and-signature.txt"),
            (
                "AI 반도체 투자 세액공제 30%로 확대…정부, 하반기 세법개정안 반영",
                Some("중앙일보"),
                Some("김민수"),
                Some("2025-07-14"),
            ),
            &["뉴스1", "기자"][..],
        ),
    ] {
        one_article(&got, want, chrome);
    }
}
