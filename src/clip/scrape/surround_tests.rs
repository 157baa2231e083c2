//! Tests of the splitter on what surrounds an article's text on its page (the
//! twenty-fifth to twenty-ninth rounds of sites' copy-paste shapes): captions and their
//! credits around the time (a headshot's label, "hide caption", a photographer's name, the
//! paper's own credit), mastheads given as a wordmark with its owner, as initials or under
//! skip links, the site's blurb at the top, an author's box, a publisher's offer and a
//! notice reserving the rights at the foot, and the same shapes in German, French,
//! Spanish and Korean.

use super::tests::{assert_single_articles, fixture, split};

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

/// The twenty-ninth round: a headline and its standfirst, both in sentence case with a
/// blank line between, the standfirst the longer; an audio player, a machine's summary
/// ("Dies ist ein experimentelles Tool ...") and readers' comments ("Antworten" /
/// "Melden") in German.
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
