//! The phrases of pitches (`chrome` reads lines with them): subscriptions, paywalls,
//! newsletters' sign-up boxes, pleas for support, affiliate and syndication notices,
//! comment sections' policies, in the languages whose dates `when` reads. Generic words of
//! news sites, not the words of any one page. Apart from `chrome_words` for its size.

/// The longest line a pitch phrase makes chrome.
pub(super) const PITCH_WORDS: usize = 40;

/// Phrases of a subscription or affiliate pitch, and of a syndication notice, anywhere in a
/// line of at most `PITCH_WORDS` words: "Complete digital access ... Cancel anytime", "If
/// you buy something from a link, we may earn a commission", "this story has not been
/// edited by ... staff and is published from a syndicated feed".
#[rustfmt::skip]
pub(super) const PITCH_PHRASES: &[&str] = &[
    "in your inbox", "to your inbox", "welcome email is on its way", "check your junk folder",
    // A print edition's note ("A version of this story appears in the print edition on ...").
    "of this story appears in the print", "of this article appears in print", "en tu correo", "dans votre boîte", "in ihr postfach",
    "no seu email", "no seu e-mail", "nella tua casella",
    // A call to share, a form's privacy notice, a wire service's reproduction notice, a
    // comment section's policy ("We welcome reader comments on the topics in this article.").
    "by sharing this article", "is being handled in accordance with", "cannot be reproduced",
    "we welcome reader comments", "the views expressed in the comments", "we want our comments to be", "where readers can debate", "in online discussions", "comments must be civil",
    // A thread's pitch and rules ("Become a Member to leave a comment.", "Join the
    // conversation in our comments section below.", "Please keep comments civil").
    "to leave a comment", "in our comments section", "keep comments civil",
    // A question put to readers over the thread ("Should regulators ...? Join the
    // conversation below.").
    "join the conversation below",
    // An invitation to write in or sign in under the text ("Have an opinion on this
    // column? Write a letter to the editor.", "Melden Sie sich an, um zu kommentieren.").
    "have an opinion on this", "um zu kommentieren", "pour commenter", "para comentar",
    // The same notice in German ("Jegliche Veröffentlichung und nicht-private Nutzung ...").
    "nicht-private nutzung", "nutzungsanfrage", "nutzungsrechte erwerben",
    "may not be reproduced",
    // A newsletter box's pitch and a paywall's.
    "in this weekly newsletter", "in this newsletter", "are trademarks of",
    // An old browser's warning ("IE 11 is not supported. For an optimal experience ...").
    "for an optimal experience visit our site",
    // A call to read on ("Discover more stories on ... now and stay informed with the
    // latest updates.").
    "stay informed with the latest",
    // A paper's call to register ("You can save this article by registering for free
    // here. Or sign-in if you have an account.").
    "by registering for free", "sign-in if you have an account", "sign in if you have an account",
    "never miss a story", "don't miss out on the latest news", "get latest updates on", "delivered every weekday",
    "per e-mail benachrichtigt", "support local journalism", "support our journalism", "supporting our journalism", "support us by subscribing", "journalism needs your support", "is funded by its readers", "journalism funded through", "journalism funded by", "journalism costs money", "for the price of a coffee", "501(c)(3)", "get the best news from", "we may receive compensation", "you consent to our user agreement",
    // A newsletter platform's stock line under a post.
    "this post is public so feel free to share",
    "comments have not been enabled",
    // A contributor's links and a comment section's pitch.
    "follow me on", "check out my website", "create a free account", "community guidelines",
    "your first comment", "comment on stories", "comment on articles",
    // A comment section's call to register ("To leave a comment you need to create an
    // account."). (Not "Let us know in the comments": authors close their text with it.)
    "to leave a comment you need",
    // A comment platform's notice ("We have migrated to a new commenting platform. ...
    // please register and login to post comments.").
    "new commenting platform", "login to post comments", "log in to post comments",
    // A footer's note on the press regulator's code the paper keeps, and where to complain.
    "editors' code of practice", "editors’ code of practice", "complaint about the editorial content",
    // A reprint notice, a paywall's call and a print edition's note.
    "for your personal, non-commercial use", "non-commercial use only",
    "continue reading your article", "already a subscriber", "print edition as",
    "published in the print edition of",
    // A news site's line about itself under the text.
    "latest news and top headlines", "top headlines from", "get latest business news",
    // The industry's consent framework, word for word on thousands of sites.
    "store and/or access information on a device", "personalised advertising and content",
    "personalized advertising and content", "we and our partners process data",
    "we and our partners use", "audience research and services development",
    "precise geolocation data", "identification through device scanning",
    // A newsletter form's privacy note ("When you subscribe we will use the information you
    // provide to send you these newsletters.").
    "the information you provide to send you",
    // The same in French and German.
    // A metered paywall's count of free articles read.
    "you've read 1 article", "you’ve read 1 article", "articles in the last month",
    "free articles this month", "free article this month",
    "stocker et/ou accéder à des informations", "données de géolocalisation précises",
    "nous traitons les données suivantes", "publicités et contenu personnalisés",
    "informationen auf einem gerät speichern", "genaue standortdaten",
    // The consent line under a newsletter's form.
    "mit der anmeldung stimmen sie", "mit der anmeldung akzeptieren sie", "en vous inscrivant, vous acceptez",
    "al suscribirte, aceptas", "iscrivendoti accetti",
    // A channel's call to share it.
    "te gusta el canal", "compártelo con", "share this channel", "teile den kanal",
    "enjoy more audio and podcasts", "audio is ai-generated", "peer review",
    // A podcast's pitch: "Abonnieren Sie den Podcast bei Spotify, Apple Podcast ...".
    "subscribe to the podcast", "abonnieren sie den podcast", "abonnez-vous au podcast",
    "suscríbete al podcast", "wherever you get your podcasts",
    "before your comment can be posted", "i commenti per ogni articolo",
    // Google's notice under a form, word for word on every site that uses its check.
    "protected by recaptcha",
    // A call for tips, a nonprofit's pitch and a partner's note around the text.
    "have a tip", "got a tip", "send us a tip", "help us do journalism", "sign up to receive",
    "get in touch with our news team", "for more stories like this",
    // A nonprofit's notes under the text ("Disclosure: ... has been a financial supporter of
    // The Texas Tribune", "Learn about The Texas Tribune's policies, including our
    // partnership with The Trust Project ..."), and a call for guest commentaries.
    "has been a financial supporter of", "partnership with the trust project",
    "submission guidelines",
    // A comment section's sign-in call ("Want to join the conversation? Please Sign In or
    // Register to comment on this article.").
    "register to comment", "sign in to comment", "to comment on this article",
    "is a nonprofit newsroom", "produced in partnership with", "to revisit this article",
    // A browser's prompt for notifications, a news app's feed, an affiliate notice.
    "show you notifications", "google news feed", "affiliate links",
    "subscribe to our youtube channel", "our newsletter exploring", "get our newsletter",
    // A sign-up form's messages and a members' comment section's calls.
    "check your inbox to", "to complete your signup", "start the conversation",
    "already a member",
    // A machine's summary of the readers' comments, and its warning.
    "ai can make mistakes", "this summary is ai-generated", "summary is not a replacement",
    // A membership's pitch ("... ad-free podcasts, bonus episodes, and exclusive
    // members-only content").
    "members-only content", "ad-free podcasts", "ad-free experience", "apple pay", "google pay",
    // An event's promotion under the text.
    "apply to attend", "request an invitation", "get your tickets", "register to attend",
    "buy tickets now",
    // An award's call for entries ("... by applying to this year's Brands That Matter
    // Awards before the early-rate deadline, July 25.").
    "early-rate deadline", "early rate deadline",
    // A sign-in notice.
    "subscribe to save articles", "to save articles for later",
    "to be logged in", "to be automatically logged in", "refresh your browser",
    "refresh the page",
    // An audio player's notes.
    "using ai narration", "listen to more stories", "accessible video player",
    "audio is generated by", "generated by an ai tool", "read a summary of this article",
    // A machine summary's disclaimer.
    "ai can make mistakes", "summary is ai-generated", "summary was generated by ai",
    "ki-generierte zusammenfassung", "ki kann fehler machen",
    // A paywall's note over the text.
    "available exclusively to", "start reading now",
    // An app's promotion.
    "download our app", "download the app to", "get the app to", "in the palm of your hand",
    // A sign-up form's terms ("* I understand and agree that registration on or use of this
    // site constitutes agreement to its user agreement and privacy policy.").
    "site constitutes agreement to", "constitutes acceptance of our",
    // A call to follow the site's coverage under every story ("Get Current Updates on
    // India News, Weather Today, Latest News at Hindustan Times."), and a sign-up form's
    // consent ("By clicking “Sign up”, you agree to receive emails from ...").
    "get current updates on", "get latest updates on", "get the latest updates on",
    "you agree to receive emails", "you agree to receive marketing",
    // A follow box's messages ("Your notification has been saved.").
    "get email notifications on", "your notification has been saved", "problem saving your notification",
    "email notifications are only sent once",
    // An opinion page's and a comment section's disclaimers.
    "expresses the views of its author", "community code of conduct", "does not endorse these opinions",
    // A plea to fund the newsroom, and a funded reporter's note.
    "local journalism is essential", "give directly to", "gifts processed in this system",
    "is funded in part by", "can be republished by other organizations", "breaking news alerts in your email",
    "daily headlines delivered to your", "local democracy reporting is", "co-funded by",
    // A wire's note under its copy ("This report by The Canadian Press was first published").
    "this report by the canadian press",
    // A comment section's policy ("... we reserve the ability to disable comments from
    // time to time. Please see our Commenting Policy for more.").
    "disable comments", "commenting policy", "our comments policy", "your comments community",
    // A market-data notice under a business story, and a call to its app ("GET FOX
    // BUSINESS ON THE GO BY CLICKING HERE").
    "market data provided by", "quotes displayed in real-time", "by clicking here",
    // A machine translation's notice ("Newsweek AI is in beta. Translations may contain
    // inaccuracies—please refer to the original content.").
    "translations may contain inaccuracies", "refer to the original content",
    // A translated story's notice ("Translation of an original article published in French
    // on lemonde.fr; the publisher may only be liable for the French version.").
    "translation of an original article", "may only be liable for",
    "the article you are reading originally appeared in",
    // The Trust Project's label of a story's kind ("Content-Type: News", then "Based on
    // facts, either observed and verified directly by the reporter, or ...").
    "based on facts, either observed and verified",
    // An Indian business paper's sign-off ("(Catch all the Business News, Breaking News,
    // Events and Latest News Updates on The Economic Times.)").
    "catch all the business news", "latest news updates on",
    // A subscription shared between devices ("Your subscription is being used on another
    // device", "If you continue reading on this device, it will not be possible to read on
    // the other device.").
    "subscription is being used on another device", "continue reading on this device",
    "add another user to your subscription",
    // A terminal's pitch in the text ("Before it's here, it's on the ... Terminal.").
    "before it's here, it's on the",
    // A newsletter's, a gift's and a subscription's pitch in Portuguese, and a comment
    // section's disclaimer ("Os comentários não representam a opinião do jornal").
    "receba notícias", "escolha quais newsletters", "com não assinantes", "de ser assinante",
    "sua assinatura pode", "não representam a opinião", "do not represent the views",
    // An opinion section's note under the text ("We welcome outside contributions.
    // Opinions expressed do not necessarily reflect the views of ... editors.").
    "do not necessarily reflect the views", "does not necessarily reflect the views",
    "comments expressed here do not reflect", "read our comment policy",
    // An opinion page's call for letters under the text.
    "send a letter to the editor", "letters should be no more than", "submit a letter",
    "journalism by subscribing",
    // A funder's note and an e-paper's pitch under the text.
    "is supported by a partnership with", "epaper anytime", "same edition as the printed copy",
    "we welcome outside contributions",
    // A paywall's notes around the text ("Listening to articles is free for open-access
    // content", "Reminder, this is a Premium article and requires a subscription to
    // read."), and an AI voice's ("Voice is AI-generated. Inconsistencies may occur.").
    "listening to articles is free", "this is a premium article",
    "requires a subscription to read", "inconsistencies may occur",
    "powered by automated translation",
    // A wire's copy under a site's name ("This report is auto-generated from Press Trust of
    // India news service. ThePrint holds no responsibility for its content.").
    "report is auto-generated from", "holds no responsibility for its content",
    // A call for tips to the newsroom ("Do You Have a Tip for ProPublica? Help Us Do
    // Journalism.", "... We want to hear from you.", "Learn How to Send a Tip").
    "confidential tip", "confidential news tip", "have a tip for", "how to send a tip",
    "we want to hear from you",
    // A platform's note on its contributors ("Forbes contributors publish independent
    // expert analyses and insights.").
    "contributors publish independent",
    // A newsletter's call under the text ("Get more Colorado news by signing up for our
    // Mile High Roundup email newsletter."), and a subscription's ("Our journalism needs
    // your support. Subscribe today to ...").
    "by signing up for our", "our journalism needs your support",
    // "Our newsroom depends on a growing audience of readers to power our journalism. If
    // you are not a paid reader, please consider becoming a subscriber."
    "to power our journalism", "consider becoming a subscriber", "how our newsroom operates",
    "community-richtlinien", "einen beitrag verfassen",
    // A channel's furniture.
    // ("Mute" and "Unmute" are whole lines in `CHROME`: "commuters" holds "mute".)
    "pinned message", "write a message", "join channel",
    // An alert's footer.
    "you have received this email", "you are receiving this email",
    // A sign-up form's small print.
    "by signing up, you agree", "by signing up you agree", "by submitting your email",
    "by subscribing, you agree", "by subscribing you agree",
    // A sign-up form's messages.
    "please try again", "confirm your subscription", "thanks for subscribing",
    "thank you for subscribing", "your subscription failed", "thank you for signing up",
    "thanks for signing up",
    // A newsletter platform's pitch.
    "to receive new posts", "reader-supported publication", "subscribe for free",
    "free or paid subscriber",
    "cancel anytime", "complete digital access", "unlimited access", "subscribe to unlock",
    "subscribe to continue", "subscribe to read", "full range of subscriptions",
    "earn a commission", "earn an affiliate commission", "syndicated feed",
    "has not been edited by", "réservé aux abonnés", "für abonnenten", "posts from this author",
    "this article appeared in the", "contributed reporting", "opens new tab",
    "(opens in new window)",
    "purchase licensing rights", "create your own reading list", "contributed to this report",
    "contributed to this story", "originally featured on", "originally appeared on",
    "originally published on", "appeared first on", "is a trademark of", "is a registered trademark of",
    "permission required for reproduction", "register now",
    // An email newsletter's sign-off and footer.
    "receiving this email", "email forwarded to you", "email was forwarded", "forward this to",
    "view this email in", "that's all for today", "unsubscribe",
    // Consent to mail, paywalls in French and Japanese.
    "would like to be emailed", "read our privacy notice", "votre abonnement vous permet",
    "réservé à nos abonnés", "有料記事", "有料会員", "bereits abonnent", "wochen für 1 €",
    "analysen und hintergründe", "sign up to our", "sign up for our", "reached your limit",
    "free articles this month", "already subscribed", "newsletter delivers",
    "receive promotional content", "read by an automated voice", "order reprints",
    "appears in print on", "version of this article appeared in", "log in to bookmark",
    // "Corriere della Sera è anche su WhatsApp. È sufficiente cliccare qui per iscriversi
    // al canale ...": a call to join the paper's channel.
    "è anche su whatsapp", "iscriversi al canale",
    // "... sent straight to your WhatsApp", "... sent straight to your device": a channel's
    // or an app's alerts.
    "sent straight to your",
    // An ad or a call under a story ("... reselling it for up to $25,000. Click here to
    // start earning today.").
    "click here to",
    // A comment section's rules ("Please report any comments that break our rules.").
    "comments that break our rules", "use the comment form below",
    // A plea for gifts ("... make a gift now to support the trusted journalism ...").
    "make a gift now", "donations processed in this system",
    // The UK's local democracy scheme's note under its reporters' stories.
    "bbc-funded scheme",
    // Dutch "a version of this article also appeared in NRC on".
    "versie van dit artikel verscheen", "risk disclosure:", "may not be suitable for all investors",
    // A paywall's offer and a newsletter's promise in German, French, Spanish, Italian,
    // Dutch, Swedish and Polish.
    "wochen kostenlos", "kostenlos testen", "bereits registriert", "unbegrenzten zugriff",
    "accès illimité", "acceso ilimitado", "accesso illimitato", "onbeperkt toegang",
    "obegränsad tillgång", "nieograniczony dostęp", "i din inkorg", "in je mailbox",
    "i din indbakke", "i innboksen din",
    "in ihrer mailbox", "in ihre mailbox",
    "in uw mailbox", "w twojej skrzynce",
];

/// A pitch's call: "... for only N$85 a month. Invest in journalism – Subscribe Now!" ends
/// with its button's words, "Subscribe to INQUIRER PLUS to get access to ..." opens with
/// them, as "Get the latest Mumbai news ... on The Times of India." does, and "For
/// feedback, complaints, or inquiries, contact us." closes the box.
pub(super) fn pitch_call(key: &str) -> bool {
    let end = key.trim_end_matches(['!', '.', ' ']);
    ["subscribe now", "subscribe today"]
        .iter()
        .any(|c| end.ends_with(c))
        || key.starts_with("subscribe to ")
        || key.starts_with("get the latest ")
        || (end.ends_with(", contact us") && end.split_whitespace().count() <= CONTACT_CALL_WORDS)
}

/// The most words of a line that closes a pitch with "contact us".
const CONTACT_CALL_WORDS: usize = 8;
