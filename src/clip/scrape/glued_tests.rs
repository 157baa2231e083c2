//! Tests of the splitter on what pages glue to an article's text or set beside it (the
//! thirty-first round of sites' copy-paste shapes): a gallery's counters and captions, a
//! badge among the share buttons, a credit glued after a caption's stop or bracketed after
//! it, a job after the author's name, a wire's initials in the dateline, a call to join
//! the paper's channel, a feed's notice reserving the rights glued to a story's end, and a
//! section's menu entry glued before the author's name.

use super::tests::split;

/// A wire's page: a gallery of captions, each under "1 of 2 |" and over "Read More", sits
/// between the headline and the byline; "(AP)" in the dateline names the Associated Press.
#[test]
fn a_gallery_under_the_headline_and_a_wire_named_by_its_initials() {
    let got = split(
        "Ad\n\n\
         Freight train hauling fertilizer derails in rural Ohio\n\
         1 of 2 |\n\
         Smoke rises from derailed tank cars near Kenfield, Ohio, Sunday, July 13, 2025. (AP Photo/Jordan White)\n\
         Read More\n\
         2 of 2 |\n\
         Residents wait at a shelter set up at Kenfield High School on Sunday, July 13, 2025. (AP Photo/Jordan White)\n\
         Read More\n\
         By  MARCUS ELLER and DIANA SOTO\n\
         Updated 5:48 PM EDT, July 13, 2025\n\
         Share\n\n\
         KENFIELD, Ohio (AP) — A freight train hauling fertilizer derailed in rural Ohio on Sunday, forcing hundreds of residents from their homes.\n\n\
         No injuries were reported, the county sheriff said.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Freight train hauling fertilizer derails in rural Ohio"
    );
    assert_eq!(got[0].source.as_deref(), Some("Associated Press"));
    assert!(
        got[0].text.starts_with("KENFIELD, Ohio (AP)"),
        "{}",
        got[0].text
    );
}

/// An Italian paper: a "NEW" badge among the buttons is no headline, and the note that
/// the paper is on WhatsApp ("... è anche su WhatsApp. È sufficiente cliccare qui per
/// iscriversi al canale ...") is no text.
#[test]
fn a_badge_among_the_buttons_and_a_call_to_join_the_channel() {
    let got = split(
        "Economia\n\n\
         Brianza, chiude il mobilificio Arcadi dopo 92 anni\n\
         Lettere di licenziamento recapitate venerdì sera ai 180 dipendenti dello stabilimento.\n\n\
         di Federica Colli\n\
         13 luglio 2025\n\
         Ascolta l'articolo\n\
         5 min\n\
         NEW\n\
         Condividi\n\n\
         Dopo novantadue anni di attività, il mobilificio Arcadi di Seregno chiude e le lettere di licenziamento sono arrivate venerdì sera.\n\n\
         La notizia ha colto di sorpresa lavoratori e sindacati, che hanno annunciato un presidio.\n\n\
         Il Quotidiano è anche su WhatsApp. È sufficiente cliccare qui per iscriversi al canale ed essere sempre aggiornati.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Brianza, chiude il mobilificio Arcadi dopo 92 anni"
    );
    assert!(!got[0].text.contains("WhatsApp"), "{}", got[0].text);
}

/// Captions credited after their stop: the photographer and the paper glued on
/// ("...on July 12.Fred Lum/The Daily Ledger"), or the company and its press office in
/// brackets ("... 2025. (Kobzar Dynamics / Press service)"); "Please log in to bookmark
/// this story." is a button's message.
#[test]
fn captions_credited_after_their_stop() {
    let got = split(
        "The Daily Ledger\n\
         Business\n\n\
         Toronto condo developer Harbourside files for creditor protection\n\n\
         By Rachel Moss\n\
         Published July 13, 2025\n\
         Please log in to bookmark this story.\n\n\
         A stalled Harbourside condo site in Toronto's east end on July 12.Fred Lum/The Daily Ledger\n\n\
         Toronto condo developer Harbourside Group has filed for creditor protection, leaving 1,100 presale buyers unsure whether their units will be built.\n\n\
         A hearing to extend the court's protection is scheduled for July 22.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Toronto condo developer Harbourside files for creditor protection"
    );
    assert!(
        got[0]
            .text
            .starts_with("Toronto condo developer Harbourside Group has filed"),
        "{}",
        got[0].text
    );

    let got = split(
        "Business\n\n\
         Ukrainian drone maker Kobzar Dynamics raises $40 million\n\n\
         by Olena Marchuk\n\
         July 12, 2025 4:31 PM\n\
         Copy link\n\n\
         Workers assemble interceptor drones at a Kobzar Dynamics production site in Ukraine on June 27, 2025. (Kobzar Dynamics / Press service)\n\n\
         Ukrainian drone manufacturer Kobzar Dynamics has raised $40 million from a group of European investors, the company announced on July 12.\n\n\
         The company plans to double its output by the end of the year.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].text.starts_with("Ukrainian drone manufacturer"),
        "{}",
        got[0].text
    );
}

/// A French byline in lower case with the author's post after a comma ("par Mathilde
/// Rousseau, correspondante à Besançon") names the author alone.
#[test]
fn a_french_byline_with_the_authors_post() {
    let got = split(
        "Environnement\n\n\
         Pollution du Doubs: une fromagerie condamnée à 150 000 euros d'amende\n\n\
         par Mathilde Rousseau, correspondante à Besançon\n\
         publié le 12 juillet 2025 à 17h05\n\
         Partager\n\n\
         Le tribunal correctionnel de Besançon a infligé vendredi une amende de 150 000 euros à une fromagerie du Haut-Doubs, après des rejets dans la rivière.\n\n\
         La fromagerie a annoncé qu'elle ne ferait pas appel.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].byline.as_deref(), Some("Mathilde Rousseau"));
}

/// A feed's notice reserving the rights, glued to the end of a story's snippet, is cut
/// off it, however many sentences it runs to; a paragraph that only mentions "©" keeps it.
#[test]
fn a_rights_notice_glued_to_a_story_is_cut_off() {
    use super::chrome::strip_trailing_chrome;
    assert_eq!(
        strip_trailing_chrome(
            "Tillridge has laid off 64 employees after its largest customer moved its payments in-house. © 2025 TechNews. All rights reserved. For personal use only."
        ),
        "Tillridge has laid off 64 employees after its largest customer moved its payments in-house."
    );
    let kept = "The logo carries a © sign, the company said. Nothing is reserved here.";
    assert_eq!(strip_trailing_chrome(kept), kept);
}

/// An Austrian paper: the last paragraph ends with the author's signature and date in
/// brackets ("(Regina Feuer, 12.7.2025)"), which is text, not a caption's credit; the
/// forum under the article ("58 Postings", its call to sign in, a reader's name over "vor
/// 1 Tag" and a comment) is no text and no article.
#[test]
fn a_signed_last_paragraph_and_a_forum_counted_in_postings() {
    let got = split(
        "Wirtschaft\n\n\
         Vorarlberger Seilbahnbauer Bergholz ist pleite, 420 Jobs wackeln\n\
         Der Familienbetrieb aus Schruns hat ein Sanierungsverfahren beantragt.\n\n\
         Regina Feuer\n\
         12. Juli 2025, 14:20\n\n\
         Der Seilbahnbauer Bergholz aus Schruns hat am Freitag beim Landesgericht Feldkirch ein Sanierungsverfahren ohne Eigenverwaltung beantragt.\n\n\
         Die erste Gläubigerversammlung ist für Ende August angesetzt. Bis dahin soll der Betrieb weiterlaufen. (Regina Feuer, 12.7.2025)\n\n\
         Forum\n\
         58 Postings\n\
         Sie sind nicht angemeldet. Jetzt einloggen oder registrieren, um mitzudiskutieren.\n\
         Hinweis: Die Kommentare spiegeln nicht unbedingt die Meinung der Redaktion wider.\n\n\
         Ludwig aus dem Ländle\n\
         vor 1 Tag\n\
         Schade um die Firma, die Lifte aus Schruns hab ich noch aus der Kindheit im Kopf.\n\
         12\n\
         3\n",
    );
    assert_eq!(
        got.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        vec!["Vorarlberger Seilbahnbauer Bergholz ist pleite, 420 Jobs wackeln"]
    );
    assert!(
        got[0].text.ends_with("(Regina Feuer, 12.7.2025)"),
        "{}",
        got[0].text
    );
}

/// "NewsPriya Hartnell-Osei Local Democracy Reporter": the section's menu entry glued
/// before the author's name and job is the byline, no headline.
#[test]
fn a_section_glued_before_the_authors_name() {
    let got = split(
        "Fenland Post\n\
         News\n\
         Politics\n\
         Sport\n\
         NewsFenland Post\n\
         80 homes on edge of Chatteris approved despite objections from villagers\n\
         NewsAnjali Okonkwo-Reid Local Democracy Reporter\n\
         11:47, 14 Jul 2025\n\
         Plans to build 80 homes on farmland on the edge of Chatteris have been approved, despite objections from nearby villages.\n\n\
         The district council's planning committee backed the scheme on Friday.\n",
    );
    let rows = super::tests::rows(&got);
    assert_eq!(
        rows[0].0,
        "80 homes on edge of Chatteris approved despite objections from villagers"
    );
    assert_eq!(rows[0].2, Some("Anjali Okonkwo-Reid"));
}

/// A business magazine's byline glued to the name again and the job, shown twice (the
/// byline and its pop-up); a city paper's byline glued to the job, with "Save to Read
/// Later" among the buttons under it.
#[test]
fn a_name_glued_to_its_job_and_shown_twice_signs_once() {
    let body = "Cascade Pacific Bancorp agreed on Monday to buy Sierra Trust Financial in an all-stock deal valued at about $4.1 billion, the largest merger between regional banks this year.\n\
The deal still needs the approval of federal regulators and of both banks' shareholders, which the companies expect to win by the end of the year.\n";
    let magazine = format!(
        "Cascade Pacific makes the year's biggest regional bank deal\n\
By Margaret OseiMargaret OseiSenior Writer\n\
Down Arrow Button Icon\n\
By Margaret OseiMargaret OseiSenior Writer\n\
Down Arrow Button Icon\n\
July 14, 2025 at 6:47 AM EDT\n{body}"
    );
    let got = split(&magazine);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].byline.as_deref(), Some("Margaret Osei"));
    let city = format!(
        "Cascade Pacific makes the year's biggest regional bank deal\n\
By Ravinder GillCity Hall Reporter\n\
Published 14 hrs ago\n\
4 min read\n\
Share\n\
Save to Read Later\n\
Join the conversation\n{body}"
    );
    let got = split(&city);
    let titles: Vec<_> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        vec!["Cascade Pacific makes the year's biggest regional bank deal"]
    );
    assert_eq!(got[0].byline.as_deref(), Some("Ravinder Gill"));
}

/// A button's word glued to the next button's label ("SaveLog in or Subscribe to save
/// article", "ShareShare article on socials") and "Print article" under the time: buttons,
/// neither a headline nor the text, which opens under them.
#[test]
fn a_button_glued_to_the_next_ones_label_is_interface() {
    let got = split(
        "Companies\nMining\n\
         Lake Cowan Lithium shelves Kalgoorlie refinery as prices stay low\n\
         The ASX-listed miner will cut about 180 jobs and put its refinery into care and \
         maintenance.\n\
         Harriet Quayle and Dominic Ferris\nJul 14, 2025 – 4.18pm\n\
         SaveLog in or Subscribe to save article\nShareShare article on socials\n\
         Gift this article\nPrint\nPrint article\n\n\
         Lake Cowan Lithium will mothball its partly built refinery near Kalgoorlie and cut \
         about 180 jobs after lowering its production forecast.\n\n\
         Shares in Lake Cowan fell 17.4 per cent to 61¢, their lowest level since 2020.\n",
    );
    assert_eq!(got.len(), 1);
    let a = &got[0];
    assert_eq!(
        a.title,
        "Lake Cowan Lithium shelves Kalgoorlie refinery as prices stay low"
    );
    assert_eq!(
        a.byline.as_deref(),
        Some("Harriet Quayle and Dominic Ferris")
    );
    assert!(
        a.text.starts_with("Lake Cowan Lithium will mothball"),
        "{}",
        a.text
    );
    assert!(!a.text.contains("article"), "{}", a.text);
}
