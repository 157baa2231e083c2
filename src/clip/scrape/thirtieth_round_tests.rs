//! Tests of the splitter on the thirtieth round of sites' copy-paste shapes: a video's
//! title and description over the paper's credit, a Dutch caption signed "Foto" and a
//! print note, a summary box written by a machine, credits glued after a caption's stop,
//! authors in capitals with their job after a slash, captions over their source, and a
//! podcast's pitch after the text.

use super::tests::split;

/// The thirtieth round: a video's title and description over the paper's credit, under
/// the player's "Hide Caption" (no headline and no text); a revision's time with the
/// first publication's clock after it ("Updated July 14, 2025 — 7.02pm, first published
/// at 5.48pm"); a caption with its wire after a bar ("... | Kyodo").
#[test]
fn a_video_block_under_the_player_and_a_revision_with_its_first_clock() {
    let got = split(
        "MONEY\n\
         Add Topic\n\
         \n\
         Harbor Home recalls 900,000 space heaters after reports of fires\n\
         \n\
         Dana Whitford\n\
         THE DAILY LEDGER\n\
         Updated July 14, 2025 — 7.02pm, first published at 5.48pm\n\
         \n\
         Show Caption\n\
         Hide Caption\n\
         What to know about product recalls\n\
         Here's how to check whether a product you own has been recalled, and what to do next.\n\
         THE DAILY LEDGER\n\
         \n\
         About 900,000 Harbor Home space heaters sold nationwide are being recalled because the switch can overheat, regulators said Monday.\n\
         \n\
         A heater in a warehouse in Dayton, Ohio. The company said it traced the fault to one supplier. | Kyodo\n\
         \n\
         Consumers should stop using the heaters and contact Harbor Home for a free replacement, the company said.\n",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].title,
        "Harbor Home recalls 900,000 space heaters after reports of fires"
    );
    assert_eq!(got[0].byline.as_deref(), Some("Dana Whitford"));
    assert_eq!(
        got[0].published_at.as_deref().map(|t| &t[..10]),
        Some("2025-07-14")
    );
    assert!(got[0].text.starts_with("About 900,000"), "{}", got[0].text);
    assert!(!got[0].text.contains("Kyodo"), "{}", got[0].text);
}

/// The thirtieth round's Dutch paper: "Direct naar artikelinhoud" is a skip link, the gift
/// and save buttons are interface, a caption ends with "Foto <photographer>" and no colon,
/// and the note that the article also ran in print is no text.
#[test]
fn a_dutch_caption_signed_foto_and_a_print_note() {
    let got = split(
        "Direct naar artikelinhoud\n\
         NWR\n\
         Menu\n\
         Economie\n\n\
         Kassenbouwer Velding Glas failliet na jaren van krimp\n\
         Het Westlandse bedrijf bouwde kassen tot in Canada. Ruim tweehonderd medewerkers staan op straat.\n\n\
         Marit Hoogland\n\
         11 juli 2025\n\
         Leestijd 4 minuten\n\
         Deel dit artikel\n\
         Geef cadeau\n\
         Bewaar\n\n\
         Een half afgebouwde kas van Velding Glas bij Honselersdijk. Foto Jelmer de Wit\n\n\
         De rechtbank in Den Haag heeft donderdag kassenbouwer Velding Glas uit Naaldwijk failliet verklaard, na een aanvraag van het bedrijf zelf.\n\n\
         Curator Eline Dekkers laat weten dat zij met meerdere partijen praat over een doorstart van het bedrijf.\n\n\
         Een versie van dit artikel verscheen ook in NWR op 12 juli 2025.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Kassenbouwer Velding Glas failliet na jaren van krimp"
    );
    assert_eq!(got[0].byline.as_deref(), Some("Marit Hoogland"));
    assert_eq!(got[0].published_at.as_deref(), Some("2025-07-11"));
    assert!(
        got[0].text.contains("De rechtbank in Den Haag")
            && !got[0].text.contains("Foto Jelmer")
            && !got[0].text.contains("versie van dit artikel"),
        "{}",
        got[0].text
    );
}

/// The thirtieth round's wire page: a summary box that names the machine writing it
/// ("Takeaways by Calder AI", its "Hide" button, three sentences) is no standfirst; a
/// credit glued after the caption's stop ("...islands.Photographer: ...") and a caption
/// ending in the paper's initials and its photographer ("HT PHOTO: NURUL AZIZAH") are no
/// headline; "Published" and "Updated" alone over their times name no outlet; Google's
/// "Add HT as a preferred source on Google" is a button.
#[test]
fn a_machine_summary_box_and_captions_credited_after_their_stop() {
    let got = split(
        "Calder\n\
         Markets\n\n\
         Norvale Shipping Weighs Sale of Tanker Unit\n\
         Takeaways by Calder AI\n\
         Hide\n\
         Norvale Shipping is exploring a sale of its crude tanker business, which could be valued at about $3 billion.\n\
         The company is working with advisers to gauge interest from rival shipowners.\n\
         Norvale shares rose as much as 9.4% in Oslo trading on Monday.\n\n\
         By Sofie Brandt\n\
         July 14, 2025 at 9:31 AM EDT\n\
         Save\n\
         Gift this article\n\n\
         A crude oil tanker sails past Oslo fjord islands.Photographer: Lena Tay/Calder\n\n\
         Norvale Shipping ASA is exploring a sale of its crude tanker business in a deal that could value the unit at about $3 billion including debt, people familiar said.\n\n\
         No final decision has been made and Norvale could opt to keep the business, the people said.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].title, "Norvale Shipping Weighs Sale of Tanker Unit");
    assert_eq!(got[0].source.as_deref(), Some("Calder"));
    assert!(
        got[0].text.starts_with("Norvale Shipping ASA is exploring"),
        "{}",
        got[0].text
    );
    // A headline about a machine's work is no summary's label.
    let got = split(
        "Calder
         Culture

         Songs written by AI
         Share

         A record label released an album of songs written by software.
         Critics were unimpressed by the lyrics.
         Sales were modest in its first week.
",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].title, "Songs written by AI");
    assert!(
        got[0].text.contains("Critics were unimpressed"),
        "{}",
        got[0].text
    );

    let got = split(
        "Skip to main content\n\
         The Harbour Times\n\
         Subscribe\n\
         Business\n\n\
         Bubble tea chain Pearl Leaf to close 18 outlets\n\n\
         Pearl Leaf's outlet in Bugis will be among the first to close, by the end of July. HT PHOTO: NURUL AZIZAH\n\n\
         Goh Wei Min\n\
         Consumer Correspondent\n\
         Published\n\
         Jul 13, 2025, 03:12 PM\n\
         Updated\n\
         Jul 13, 2025, 08:40 PM\n\
         Facebook\n\
         Gift this article\n\
         Add HT as a preferred source on Google\n\n\
         SINGAPORE – Home-grown bubble tea chain Pearl Leaf will close 18 of its 31 outlets by the end of September, as it shifts to delivery-only kitchens.\n\n\
         The company announced the closures in a post on its social media pages on July 13.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Bubble tea chain Pearl Leaf to close 18 outlets"
    );
    assert_eq!(got[0].source.as_deref(), Some("The Harbour Times"));
    assert_eq!(got[0].byline.as_deref(), Some("Goh Wei Min"));
}

/// The thirtieth round's Japanese paper in English: the authors in capitals with their
/// job after a slash ("KENJI ITO and YURI OKADA/ Staff Writers"), and a caption under the
/// paper's "Photo/Illustration" label (which the site also spells "Photo/Illutration").
#[test]
fn authors_with_their_job_after_a_slash_and_a_labelled_caption() {
    let got = split(
        "THE KAIYO SHIMBUN\n\
         HOME > BUSINESS\n\n\
         Two Shikoku regional banks to merge in 2027 as population shrinks\n\n\
         By KENJI ITO and YURI OKADA/ Staff Writers\n\
         July 14, 2025 at 17:45 JST\n\
         Print\n\n\
         Photo/Illutration Bank presidents shake hands at a news conference in Matsuyama on July 14. (Kenji Ito)\n\n\
         MATSUYAMA--Two regional banks on Shikoku island announced on July 14 that they will merge in April 2027, as a shrinking population squeezes lending.\n\n\
         The new bank will have total assets of about 9.8 trillion yen, making it the largest lender on the island.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].byline.as_deref(), Some("Kenji Ito and Yuri Okada"));
    assert!(
        got[0].text.starts_with("MATSUYAMA--Two regional banks"),
        "{}",
        got[0].text
    );
}

/// The thirtieth round's German and American papers: a caption over "Quelle: picture
/// alliance/dpa/<photographer>" is a caption, not the headline, and a podcast's pitch after
/// the text is none of it; "Summary" among the buttons under the byline is a button, not a
/// headline.
#[test]
fn a_caption_over_its_source_and_a_summary_button() {
    let got = split(
        "Zum Inhalt springen\n\
         WELTBLICK\n\
         Wirtschaft\n\n\
         Hessberg schließt Werk in Schweinfurt\n\
         Veröffentlicht am 12.07.2025\n\
         Von Tobias Hellmann\n\
         Teilen\n\n\
         Das Hessberg-Werk in Schweinfurt: Hier werden seit 1962 Wälzlager gefertigt\n\
         Quelle: picture alliance/dpa/Lena Maurer\n\n\
         Der Wälzlagerhersteller Hessberg gibt seinen Stammsitz in Unterfranken auf, 1200 Beschäftigte verlieren ihre Arbeit.\n\n\
         Die Produktion wandert nach Ungarn und Tschechien, wie das Unternehmen am Freitag bestätigte.\n\n\
         „Alles auf Aktien“ ist der tägliche Börsen-Shot aus der Wirtschaftsredaktion. Abonnieren Sie den Podcast bei Spotify, Apple Podcast und Deezer. Oder direkt per RSS-Feed.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].title, "Hessberg schließt Werk in Schweinfurt");
    assert!(
        got[0].text.starts_with("Der Wälzlagerhersteller") && !got[0].text.contains("Podcast"),
        "{}",
        got[0].text
    );

    let got = split(
        "Skip to main content\n\
         The Capital Ledger\n\
         Local\n\n\
         Valley Health to close maternity ward, citing staffing shortages\n\n\
         By Renee Calder and Omar Hadley\n\
         July 13, 2025 at 6:00 a.m. EDT\n\
         Summary\n\
         Listen\n\
         Gift Article\n\
         Share\n\n\
         Valley Health will stop delivering babies at its hospital in Clinton at the end of September, the health system told staff on Friday.\n\n\
         The nonprofit system said it could no longer recruit enough obstetric nurses to keep the unit open around the clock.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Valley Health to close maternity ward, citing staffing shortages"
    );
}
