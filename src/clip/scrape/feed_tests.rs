//! Tests of the splitter on the tenth round of sites' copy-paste shapes
//! (`tests/fixtures/scrapes/`): feed readers, a news search page, a topic page and a
//! newsletter digest, each item naming its outlet in its own place; and single articles
//! wrapped in consent banners, share bars, author bios, site blurbs and footers.

use super::tests::{fixture, rows, split};

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
                Some("WIRED"),
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
        assert_eq!(rows(&got), vec![want]);
        for c in chrome {
            assert!(!got[0].text.contains(c), "{c:?}: {}", got[0].text);
        }
    }
}
