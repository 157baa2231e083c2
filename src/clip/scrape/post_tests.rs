//! Tests of the splitter on the thirty-second round of sites' copy-paste shapes: a post
//! copied with its thread, an AI voice's label, two authors on two lines, a dateline's
//! place and date apart by a bullet, captions credited in the paper's manner, related
//! lists, pitches and comment rules in Portuguese, Spanish and English, share buttons of
//! Asian messaging apps, a fact-checking badge and a translation notice; and a news
//! blog's page with its readers' thread and its lists of picks; a newsletter's post whose
//! writer replies in its thread.

use super::tests::{fixture, rows, split};

/// A Bluesky post sharing a story: the account, its handle and time, the post's text,
/// the story's card, counters, then replies under handles of their own. One article,
/// titled by the card, from the account, told by the post; the replies are no text.
#[test]
fn a_post_with_its_thread_is_the_story_it_shares() {
    let got = split(
        "Home\nExplore\nNotifications\n\
         Harbour Ledger\n\
         @harbourledger.com\n\
         Follow\n\
         · 3h\n\
         Keelson Foods has agreed to pay $2.1 million to settle claims that its delivery app charged hidden fees to customers across the state.\n\n\
         The settlement also bars the company from adding fees after checkout for five years.\n\n\
         Keelson Foods settles hidden delivery fee claims for $2.1 million\n\
         harbourledger.com\n\
         31 reposts\n\
         8 quotes\n\
         140 likes\n\
         Reply\nRepost\nLike\n\
         Write your reply\n\
         Ines Albrecht\n\
         @inesalbrecht.bsky.social\n\
         2h\n\
         Five years is the part that matters. Everyone else in the sector will read this order closely.\n\
         3\n\
         Tomas Brink\n\
         @tbrink.dev\n\
         1h\n\
         I stopped using the app last year after one of those fees doubled my order.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    let a = &got[0];
    assert_eq!(
        a.title,
        "Keelson Foods settles hidden delivery fee claims for $2.1 million"
    );
    assert_eq!(a.source.as_deref(), Some("Harbour Ledger"));
    assert_eq!(a.byline, None);
    assert_eq!(a.published_at.as_deref(), Some("2025-07-14T09:00:00Z"));
    assert!(a.text.starts_with("Keelson Foods has agreed"), "{}", a.text);
    assert!(a.text.ends_with("for five years."), "{}", a.text);
}

/// A Mastodon post: the card names the outlet, the headline, its author and the time;
/// a reply from the same account further down is no second article.
#[test]
fn a_fediverse_post_takes_its_cards_author_and_time() {
    let got = split(
        "Create account\nLogin\nBack\n\
         Inland Desk\n\
         @InlandDesk@press.social\n\
         Follow\n\
         A county water board approved rate rises of up to 18% for the next three years, our review of its minutes found.\n\n\
         https://inlanddesk.example/water-rates\n\n\
         Inland Desk\n\
         County Water Board Approves Steepest Rate Rises in Two Decades\n\
         By Marek Hollis\n\
         Jul 12, 2025, 09:30\n\
         ·\n286\nboosts\n·\n412\nfavorites\n\
         Reply\nBoost\nFavorite\n\n\
         Inland Desk\n\
         @InlandDesk@press.social\n\
         2h\n\
         @reader The board's next meeting is in September, according to its calendar.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    let a = &got[0];
    assert_eq!(
        a.title,
        "County Water Board Approves Steepest Rate Rises in Two Decades"
    );
    assert_eq!(a.source.as_deref(), Some("Inland Desk"));
    assert_eq!(a.byline.as_deref(), Some("Marek Hollis"));
    assert_eq!(
        a.published_at.as_deref().map(|p| &p[..10]),
        Some("2025-07-12")
    );
    assert!(a.text.ends_with("its minutes found."), "{}", a.text);
}

/// An article whose author has a handle over the text is no post: it has no network's
/// buttons under it.
#[test]
fn an_author_with_a_handle_over_an_article_is_no_post() {
    let got = split(
        "Markets\n\
         Copper climbs to a three-month high as smelters cut output\n\
         Lena Marsh\n\
         @lenamarsh.bsky.social\n\
         July 14, 2025\n\
         Copper rose to its highest in three months on Monday after two large smelters said they would cut output for maintenance.\n\n\
         Traders said stocks in exchange warehouses were already low for the time of year.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Copper climbs to a three-month high as smelters cut output"
    );
}

/// An AI voice's label under the player is no headline; two authors on two lines sign
/// together; a bullet parts the dateline's place from its date.
#[test]
fn an_ai_voice_two_authors_on_two_lines_and_a_bulleted_dateline() {
    let got = split(
        "Business\n\
         Port operator shelves €300m terminal over dredging permit delays\n\
         The company says the permit process has taken more than three years\n\
         Aoife Brannigan\n\
         Ruairi Dolan\n\
         Galway ● Sat, July 12, 2025\n\
         Listen to this article\n\
         Audio generated by AI\n\
         0:00 / 3:10\n\n\
         A port operator in the west has shelved plans for a €300m container terminal, blaming delays in a dredging permit it applied for in 2022.\n\n\
         The company said it would revisit the plan once the permit was granted.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    let a = &got[0];
    assert_eq!(
        a.title,
        "Port operator shelves €300m terminal over dredging permit delays"
    );
    assert_eq!(
        a.byline.as_deref(),
        Some("Aoife Brannigan and Ruairi Dolan")
    );
    assert_eq!(a.published_at.as_deref(), Some("2025-07-12"));
}

/// A Brazilian paper: a caption credited " - Photographer - day/Paper", "LEIA MAIS" over
/// a link inside the text, then "Relacionadas" over two headlines and a pitch to
/// subscribe, the comments' disclaimer: the text ends at its last paragraph.
#[test]
fn a_portuguese_page_ends_at_its_text() {
    let got = split(
        "Mercado\n\
         Câmara aprova limite para juros do cartão de crédito rotativo\n\
         Ana Teles\n\
         11.jul.2025 às 18h40\n\
         Recurso exclusivo para assinantes\n\
         assine ou faça login\n\n\
         A Câmara dos Deputados aprovou nesta sexta-feira um projeto que limita os juros do rotativo do cartão de crédito ao dobro da dívida original.\n\n\
         Sessão da Câmara dos Deputados nesta sexta-feira (11) - Bruno Sales - 11.jul.2025/Folha Diária\n\n\
         O texto segue agora para o Senado, onde deve ser votado no segundo semestre, segundo líderes partidários.\n\n\
         LEIA MAIS\n\
         Bancos ampliam oferta de crédito consignado para autônomos\n\n\
         Os bancos afirmam que a medida pode reduzir a oferta de crédito para clientes de maior risco.\n\n\
         Relacionadas\n\
         Banco Central discute novas regras para o cartão de crédito\n\
         Inadimplência das famílias recua pelo terceiro mês seguido\n\
         sua assinatura pode valer ainda mais\n\
         Você já conhece as vantagens de ser assinante? Além de ter acesso a reportagens e colunas, você conta com newsletters exclusivas e pode baixar nosso aplicativo gratuito para ler as notícias onde estiver, a qualquer hora do dia, em qualquer lugar do país e do mundo, sem pagar nada a mais por isso.\n\
         Comentários\n\
         Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem.\n\
         Ver todos os comentários (14)\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    let text = &got[0].text;
    assert!(
        text.ends_with("clientes de maior risco."),
        "the pitch or the comments were kept: {text}"
    );
    for gone in ["Bruno Sales", "LEIA MAIS", "Relacionadas", "assinante"] {
        assert!(!text.contains(gone), "{gone:?} in {text}");
    }
}

/// A Peruvian paper: a reading time and "Escucha la noticia" among the buttons, the call
/// to join its WhatsApp channel over the text, "Lee también" over a link.
#[test]
fn a_spanish_page_with_its_channel_and_reading_time() {
    let got = split(
        "Economía\n\
         Pesquera del Sur posterga planta de harina de pescado por falta de licencia\n\
         La empresa atribuye la decisión a que su licencia lleva más de dos años en trámite\n\
         hace 2 días\n\
         Lectura de 3 minutos\n\
         Escucha la noticia\n\
         Compartir\n\
         Únete a nuestro canal de WhatsApp\n\n\
         La pesquera Pesquera del Sur anunció que posterga hasta 2027 la construcción de su planta de harina de pescado en Ilo.\n\n\
         Lee también\n\
         Exportaciones pesqueras suben 9% en mayo\n\n\
         La empresa indicó que la planta generaría unos 800 empleos directos durante su operación.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Pesquera del Sur posterga planta de harina de pescado por falta de licencia"
    );
    assert_eq!(got[0].published_at.as_deref(), Some("2025-07-12"));
    assert!(!got[0].text.contains("Lee también"), "{}", got[0].text);
}

/// A Taiwanese paper: "LINE" among the share buttons opens no second article; the view
/// counter and the comment section's rules under the text are no part of it.
#[test]
fn a_share_button_of_a_messaging_app_and_the_comment_rules() {
    let got = split(
        "Business\n\
         Board maker Tungyi to build NT$12bn factory in Tainan\n\
         EXPANSION: The company said the plant would raise its output of server boards by a quarter\n\
         By Lin Mei-hua / Staff reporter\n\
         2025/07/13 03:00\n\
         Share\nFacebook\nX\nLINE\nEmail\n\n\
         Circuit board maker Tungyi Corp yesterday said it would invest NT$12 billion in a new factory in Tainan to meet demand for servers.\n\n\
         Shares of Tungyi closed 2.1 percent higher on Friday, ahead of the announcement.\n\n\
         This story has been viewed 1204 times.\n\n\
         Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned. Final decision will be at the discretion of the paper's editors and moderators.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].text.ends_with("ahead of the announcement."),
        "{}",
        got[0].text
    );
}

/// An American magazine: the Trust Project's badge over the headline is no headline, a
/// machine translation's notice is no text, and a caption credited in brackets with the
/// credit again under it is no second headline.
#[test]
fn a_badge_a_translation_notice_and_a_credit_under_its_caption() {
    let got = split(
        "Business\n\
         Weekly Ledger Is A Trust Project Member\n\
         Drone maker Skylark recalls 12,000 units over battery swelling\n\
         The company said no injuries had been reported\n\
         By Jordan Hale\n\
         Published Jul 12, 2025 at 10:15 AM EDT\n\
         Share\n\n\
         Weekly Ledger AI is in beta. Translations may contain inaccuracies—please refer to the original content.\n\n\
         Skylark's Falcon drone on display at a trade show (Skylark)\n\
         Skylark\n\n\
         Skylark is recalling about 12,000 consumer drones because their batteries can swell and crack the casing after repeated charging.\n\n\
         Owners can return the drones to any retailer for a full refund, the company said.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    let a = &got[0];
    assert_eq!(
        a.title,
        "Drone maker Skylark recalls 12,000 units over battery swelling"
    );
    assert!(
        a.text.contains("Skylark is recalling") && !a.text.contains("Translations"),
        "{}",
        a.text
    );
    assert!(!a.text.contains("trade show"), "{}", a.text);
}

/// A read-later app's list: each saved story's headline, "Outlet · Author · N min read",
/// its excerpt, "Published <day> · Saved <when>" and its buttons. Every story is an
/// article dated by its publication, not by when it was saved.
#[test]
fn a_reading_list_dates_its_stories_by_publication_not_by_saving() {
    let got = split(
        "Home\n5 articles\nSort: Newest\nEdit\n\
         Shipyards in Korea turn away orders as docks fill up to 2029\n\
         Harbour Review · Kim Soo-ah · 5 min read\n\
         The country's three largest shipbuilders say their docks are booked for the next four years, and they are now choosing which orders to accept.\n\
         Published Jul 13, 2025 · Saved 2 hours ago\n\
         Like\nMove\nArchive\nDelete\nShare\n\
         Why grid operators want data centres to bring their own power\n\
         Current Affairs Weekly · Tomas Rill and Ada Brenner · 12 min read\n\
         Utilities in three states have asked regulators to make large new customers pay up front for the lines and substations they need.\n\
         Published Jul 10, 2025 · Saved 3 days ago\n\
         Like\nMove\nArchive\nDelete\nShare\n",
    );
    assert_eq!(
        rows(&got),
        [
            (
                "Shipyards in Korea turn away orders as docks fill up to 2029",
                Some("Harbour Review"),
                Some("Kim Soo-ah"),
                Some("2025-07-13")
            ),
            (
                "Why grid operators want data centres to bring their own power",
                Some("Current Affairs Weekly"),
                Some("Tomas Rill and Ada Brenner"),
                Some("2025-07-10")
            ),
        ]
    );
    assert!(
        got[1].text.starts_with("Utilities in three states"),
        "{}",
        got[1].text
    );
}

/// A French paper glues its section's kicker in capitals before the standfirst ("SOCIAL
/// La direction ..."): the standfirst is read without it, while a wire's dateline keeps
/// its place at the head of the text.
#[test]
fn a_kicker_in_capitals_glued_to_the_standfirst_is_cut() {
    let got = split(
        "Economie\n\
         Le fabricant de trottinettes Volane supprime 90 postes à Grenoble\n\
         SOCIAL La direction invoque la chute des ventes depuis la fin des aides à l’achat. Les salariés envisagent une grève dès lundi\n\
         Claire Dumesnil\n\
         Publié le 14/07/25 à 09h12\n\n\
         Le coup est rude pour les salariés de Volane, qui ont appris la nouvelle lundi matin lors d’une réunion convoquée à la hâte.\n\n\
         Les syndicats demandent le maintien de l’atelier de réparation, qui emploie quarante personnes.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        (got[0].dek.as_deref().unwrap_or_default()).starts_with("La direction invoque"),
        "{:?}",
        got[0].dek
    );
    assert!(
        got[0].text.starts_with("Le coup est rude"),
        "{}",
        got[0].text
    );
    let wire = split(
        "Freight rail strike halts grain shipments across the plains\n\
         By Dana Cole\n\
         July 14, 2025\n\n\
         OMAHA, Neb. (AP) — Freight rail workers walked off the job on Monday, halting grain shipments across much of the plains at the peak of the harvest.\n\n\
         The union said talks with the railroads had broken down over scheduling rules.\n",
    );
    assert!(
        wire[0].text.starts_with("OMAHA, Neb. (AP) —"),
        "{}",
        wire[0].text
    );
}

/// A Japanese paper's English edition credits the reporter of the original under the
/// translation: "(Japanese original by ..., Osaka Business News Department)".
#[test]
fn the_author_of_a_translations_original_signs_it() {
    let got = split(
        "Business\n\
         Osaka battery maker to build 50 billion yen plant in Sakai\n\
         July 13, 2025 (Mainly Daily)\n\n\
         OSAKA -- A battery maker based here said on July 12 that it would build a 50 billion yen plant in the city of Sakai, its largest investment to date.\n\n\
         The company expects the plant to start production in 2027 and to employ about 600 people.\n\n\
         (Japanese original by Haruto Sakamoto, Osaka Business News Department)\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].byline.as_deref(), Some("Haruto Sakamoto"));
    assert!(
        got[0].text.ends_with("about 600 people."),
        "{}",
        got[0].text
    );
}

/// A news blog's page: the masthead with its tagline ("Lusaka Times - Zambia's Leading
/// Online Newspaper"), the headline, the categories and the headline again over "By" and
/// a role without a name ("Chief Editor"), then under the text "Previous article", a
/// thread ("6 COMMENTS", each reader's name over the time, the comment and "Reply"), the
/// comment form, "Editor Picks" and "Popular Posts" with dates. One article, with no
/// author; no comment, field or pick is another.
#[test]
fn a_news_blogs_page_with_its_thread_and_picks() {
    let got = fixture!("news-blog-thread-and-picks.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert_eq!(
        rows(&got)[0].0,
        "ZESCO cuts load-shedding to eight hours as Kariba water levels improve"
    );
    assert_eq!(rows(&got)[0].2, None);
    assert!(
        got[0]
            .text
            .ends_with("published on the ZESCO website and social media pages by Tuesday."),
        "{}",
        got[0].text
    );
}

#[test]
fn the_authors_own_reply_in_the_comments_is_no_text() {
    // The thread's badge "Author" over the writer's reply ended the thread, so the reply,
    // "9 Restacks" and "14 more comments..." joined the post's text.
    let got = split(
        "The Ledger Lines\nSubscribe\nSign in\nThe council's missing bus money\nHow a grant was booked twice, and who noticed\nNadia Ferris\nJul 12, 2025\n42\n6\nShare\nThe county's transport grant was entered twice in the spring budget, once under roads and once under buses, and the second entry was spent before anyone noticed.\nThe auditor's letter, sent in June, asks the council to explain where the money went and to repay it by the end of the year.\nThe finance committee meets on Thursday to discuss the letter.\n42 Likes\n9 Restacks\nDiscussion about this post\nComments\nRestacks\nWrite a comment...\nOwen Pryce\nJul 12\nDid the committee know before the audit?\nReply\nShare\nNadia Ferris\nJul 12\nAuthor\nNot as far as I can tell. I've asked for the minutes.\nReply\nShare\n14 more comments...\nTop\nLatest\n",
    );
    assert_eq!(got.len(), 1);
    let text = &got[0].text;
    assert!(text.ends_with("to discuss the letter."), "{text}");
    for chrome in ["minutes", "Restacks", "more comments"] {
        assert!(!text.contains(chrome), "{chrome:?} in {text}");
    }
}
