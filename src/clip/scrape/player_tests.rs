//! Tests of the splitter on the thirty-third round of sites' copy-paste shapes: a video
//! player inside the text, an audio widget's maker, a link to the comments among the
//! buttons under the time, bylines with the outlet glued after the names, captions
//! credited "Courtesy of ...", a photographer's credit to the site in capitals, a
//! reviewer's credit, "Also:" links and Portuguese skip links.

use super::tests::split;

/// A Canadian broadcaster: the names and the outlet glued in one byline ("... & ...
/// Global News"), a video player (its button, length, title and cut-off teaser) over the
/// text, the comments' policy under it. The player's title is no headline and its teaser
/// no paragraph.
#[test]
fn a_video_player_over_the_text_and_the_outlet_glued_to_the_byline() {
    let got = split(
        "Money\n\
         Dock workers at Lakehead Grain terminals vote 91% in favour of strike mandate\n\
         By Mira Osei & Paul Lachance Coast News\n\
         Posted July 13, 2025 4:15 pm\n\
         3 min read\n\
         Click to play video: 'Lakehead dock workers vote for strike mandate'\n\
         2:08\n\
         Lakehead dock workers vote for strike mandate\n\
         Nearly 900 dock workers who load grain at Lakehead terminals have given their union a strike mandate\n\n\
         Nearly 900 dock workers who load ships at Lakehead Grain's terminals have voted 91 per cent in favour of a strike mandate, their union said Sunday.\n\n\
         The union says talks broke down last week over shift scheduling and pensions.\n\n\
         Comments closed.\n\
         Due to the sensitive and/or legal subject matter of some of the content on this site, we reserve the ability to disable comments from time to time.\n\
         Please see our Commenting Policy for more.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    let a = &got[0];
    assert_eq!(
        a.title,
        "Dock workers at Lakehead Grain terminals vote 91% in favour of strike mandate"
    );
    assert_eq!(a.byline.as_deref(), Some("Mira Osei and Paul Lachance"));
    assert!(
        a.text.starts_with("Nearly 900 dock workers who load ships"),
        "{}",
        a.text
    );
    assert!(
        a.text.ends_with("shift scheduling and pensions."),
        "{}",
        a.text
    );
}

/// An American business channel signs "Name FOXBusiness"-style: the site's name in
/// capitals run into a capitalised word is no part of the author's name.
#[test]
fn a_site_name_in_run_together_capitals_after_the_author() {
    let got = split(
        "Retail\n\
         Hardware chain Calder's to close 40 stores as housing slump drags on\n\
         By Grant Whitfield LEDGERBusiness\n\
         Published July 14, 2025 9:12am EDT\n\n\
         Hardware retailer Calder's said Monday it would close 40 stores in 11 states by the end of the year.\n\n\
         The company blamed a slump in home sales that has cut demand for renovation supplies.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].byline.as_deref(), Some("Grant Whitfield"));
}

/// An Israeli site: "Comments" among the buttons right under the time is a link, not the
/// start of a thread (the text under it stays); an audio widget's "Powered by ..." is no
/// headline.
#[test]
fn a_link_to_the_comments_under_the_time_opens_no_thread() {
    let got = split(
        "Business News\n\
         Haifa sensor maker Lumora to cut 120 jobs after losing a carmaker contract\n\
         Listen to this article\n\
         Powered by Speechify\n\
         Published: 07.13.25, 18:22\n\
         Comments\n\
         Share\n\n\
         Lumora, a Haifa-based maker of lidar sensors, told employees on Sunday that it will lay off about 120 of its 500 workers in Israel.\n\n\
         The cuts follow the loss of a contract with a European carmaker that accounted for a third of its revenue.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Haifa sensor maker Lumora to cut 120 jobs after losing a carmaker contract"
    );
    assert!(
        got[0].text.starts_with("Lumora, a Haifa-based"),
        "{}",
        got[0].text
    );
}

/// A Korean paper: a caption ending "Courtesy of ..." and the Kakao share button; a tech
/// site: a reviewer's credit, the photographer's "Name/SITE", a call to add the site on
/// Google and "Also:" links in the text.
#[test]
fn courtesy_credits_reviewers_and_also_links() {
    let korean = split(
        "Business\n\
         Hanul Chemical to halt Texas plant construction as orders slow\n\
         By Lee Min-seo\n\
         Posted : 2025.07.12 16:05\n\
         Facebook\nX\nKakao\nLink\n\
         Hanul Chemical's headquarters in Seoul. Courtesy of Hanul Chemical\n\
         Hanul Chemical said Saturday it will suspend construction of its $1.2 billion plant in Texas as orders from carmakers slow.\n\n\
         The company said it would revisit the decision next year.\n",
    );
    assert_eq!(korean.len(), 1, "{korean:?}");
    assert_eq!(
        korean[0].title,
        "Hanul Chemical to halt Texas plant construction as orders slow"
    );
    let tech = split(
        "Business\n\
         Quillbase's AI agents promise to close half of IT tickets on their own. I tested that claim\n\
         The agents are good at password resets. Anything messier still needs a human.\n\
         Written by Ravi Mendes, Senior Contributing Writer\n\
         July 10, 2025 at 6:00 a.m. PT\n\
         Reviewed by Alyssa Kerr\n\
         Ravi Mendes/TECHDESK\n\
         Follow TECHDESK: Add us as a preferred source on Google.\n\
         Quillbase, the Austin-based maker of IT service software, on Thursday released a set of AI agents that it says can resolve half of help desk tickets.\n\n\
         Also: The best help desk software of 2025\n\n\
         I spent a week running the agents against a sandbox copy of a company's ticket queue.\n",
    );
    assert_eq!(tech.len(), 1, "{tech:?}");
    assert_eq!(tech[0].byline.as_deref(), Some("Ravi Mendes"));
    assert!(
        !tech[0].text.contains("Also:") && !tech[0].text.contains("preferred source"),
        "{}",
        tech[0].text
    );
}

/// A Brazilian paper: skip links to the menu and the footer are no masthead, so the
/// paper's name under them names the story's outlet.
#[test]
fn portuguese_skip_links_leave_the_masthead_to_the_paper() {
    let got = split(
        "Ir para o conteúdo\n\
         Ir para o menu\n\
         Ir para o rodapé\n\
         Diário Paulista\n\
         Assine\n\
         Entrar\n\
         Economia\n\
         Fabricante de ônibus Rodovia adia fábrica de R$ 900 milhões no Paraná\n\
         Por Mariana Teles — São Paulo\n\
         há 5 horas\n\n\
         A fabricante de ônibus Rodovia adiou para 2027 a construção de sua fábrica em Ponta Grossa, no Paraná, citando os juros altos.\n\n\
         A empresa disse que mantém o plano de contratar 600 pessoas quando a obra começar.\n\n\
         Diário Paulista\n\
         © 2025. Todos direitos reservados.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].source.as_deref(), Some("Diário Paulista"));
}

/// An American business channel: a video box ("video", the clip's title, one sentence
/// about it) between the time and the text gives neither the headline nor the first
/// paragraph; the market data's notice under the text is no part of it.
#[test]
fn a_video_box_under_the_time_and_a_market_data_notice() {
    let got = split(
        "RETAIL\n\
         Hardware chain Calder's to close 40 stores as housing slump drags on\n\
         By Grant Whitfield\n\
         Published July 14, 2025 9:12am EDT\n\
         Facebook\nTwitter\nPrint\nclose\nvideo\n\
         Housing slump is hitting hardware retailers hard: Analyst\n\
         Westmark Advisors' Dana Lowe discusses the fallout of the sluggish housing market on 'Morning Markets.'\n\
         Listen to this article\n\
         4 min\n\
         Hardware retailer Calder's said Monday it would close 40 stores in 11 states by the end of the year.\n\n\
         The company blamed a slump in home sales that has cut demand for renovation supplies.\n\n\
         Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by a data vendor.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].title,
        "Hardware chain Calder's to close 40 stores as housing slump drags on"
    );
    assert!(
        got[0].text.starts_with("Hardware retailer Calder's"),
        "{}",
        got[0].text
    );
    assert!(
        got[0].text.ends_with("renovation supplies."),
        "{}",
        got[0].text
    );
}
