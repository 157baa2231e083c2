//! The word lists of site chrome (`chrome` reads lines with them): interface words and
//! buttons, the openings of interface lines, pitches of newsletters and paywalls, consent
//! banners' words, calls to follow, links to other stories and counters, in the languages
//! whose dates `when` reads. Generic words of news sites, not the words of any one page.
//! The labels of boxes are in `label_words`.

use regex::Regex;
use std::sync::LazyLock;

/// A temperature: "19°C", "66 °F", "-3°".
pub(super) static WEATHER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"-?\d{1,3} ?°[cf]?(?:\s|$)").expect("valid regex"));

/// "[1/2]", "(3/5)" opening a gallery's caption; "video2:31" opening a player's line.
pub(super) static GALLERY_OR_VIDEO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[\[(]\d{1,2}/\d{1,2}[\])]|video ?\d{1,2}:\d{2})").expect("a valid pattern")
});

/// Whole lines that are interface, compared lower-cased without trailing punctuation.
#[rustfmt::skip]
pub(super) const CHROME: &[&str] = &[
    "comments", "comment", "share", "share this", "share this article", "share this story",
    "shares", "tweet", "email", "e-mail", "mail", "print", "copy link", "link copied", "save", "saved",
    // "Share" / "Send" / "Facebook": a share box's button for sending the link by mail.
    "send",
    // A bookmark button's pop-up.
    "bookmark popover", "close popover", "removed from bookmarks", "added to bookmarks",
    // A newsletter box's button ("Join Our Newsletter" / "I'm In").
    "i'm in", "i’m in",
    // A footer's link to the site's standards; a loader's text.
    "editorial standards", "content is loading", "loading",
    "bookmark", "advertisement", "advertise with us", "advertisment", "advertising", "ad", "ads", "sponsored", "sponsored content",
    // A box of contacts between the headline and the author ("Contact us:", "Provide news
    // feedback or report an error", "Confidential tip?", "Send a tip to our reporters",
    // "Site feedback:", "Take our Survey", "New Window"), and a box's buttons.
    "provide news feedback or report an error", "send a tip to our reporters",
    "site feedback", "take our survey", "new window", "opens in a new window", "learn more", "hide",
    // A label over the authors' names, and a republishing notice (The Conversation's
    // "CC BY ND", "We believe in the free flow of information", "Republish this article").
    "authors", "cc by nd", "cc by", "republish this article", "we believe in the free flow of information",
    "view all partners", "republish", "republish this story", "republish this story for free",
    // A page's switch between light and dark colours.
    "change appearance", "appearance", "auto", "light", "dark", "dark mode", "light mode",
    // A search box's placeholder.
    "search for topics, locations & sources", "search for topics, locations and sources",
    "search news", "search articles",
    // An edition's switch and the paper's print replica in the masthead.
    "english edition", "e-paper", "epaper", "today's epaper", "today's e-paper", "today's paper",
    // The Trust Project's label of a story's kind, over the kind ("News").
    "content-type:", "content type:",
    // A paywall's badge on a story ("Premium" over its headline, "Member-only story"), and a
    // blog platform's button to write one.
    "member-only story", "write",
    "premium", "premium story", "subscriber exclusive", "members only", "for subscribers",
    "subscribers", "abonnés", "abonné", "plus", "suscriptores",
    "exclusivo suscriptores", "assinantes", "exclusivo para assinantes",
    "promoted", "partner content", "related", "related articles", "related stories",
    "related news", "related posts", "related content", "read more", "also read", "see also",
    "more from", "more stories", "more news", "recommended", "recommended for you",
    "recommended stories", "you may also like", "you might also like", "trending",
    "trending now", "trending news", "most read", "most popular", "popular", "latest",
    "latest news", "latest stories", "top stories", "follow", "follow us", "subscribe",
    "subscribe now", "sign in", "sign up", "log in", "login", "register", "newsletter",
    "newsletters", "hashtags", "tags", "topics", "listen", "listen to this article",
    "listen to this story", "skip to content", "skip to main content", "menu", "search", "home",
    "back to top", "next", "previous", "next article", "previous article", "next story", "previous story", "show more",
    "load more", "view comments", "show comments", "comments are closed", "comments closed", "no comments yet",
    "be the first to comment", "leave a comment", "post a comment", "add a comment",
    "join the conversation", "cookie settings", "accept", "accept all", "close",
    "continue reading", "continue reading below", "continue to article", "open in app", "read in app", "get the app", "download app",
    "download the app", "whatsapp", "facebook", "twitter", "x (formerly twitter)", "more options", "linkedin", "telegram", "reddit",
    "pinterest", "instagram", "youtube", "x",
    // An editor's note that the story changed, without saying how or when.
    "this article has been updated", "this story has been updated", "this article was updated",
    "this story was updated", "this story has been updated with additional information",
    // A reprint's and a correction's links under the text.
    "request reprint & licensing", "request reprint", "reprints & permissions", "submit correction",
    "submit a correction",
    // A reading list's buttons on each story.
    "move", "delete", "archive", "edit", "like", "unlike", "remove", "read later",
    // Messaging apps' share buttons in Asia.
    "line", "viber", "kakao", "kakaotalk", "kakao story", "wechat", "weibo", "plurk",
    "copy", "copied", "font size", "text size", "a-",
    "a+", "aa", "translate", "click here", "privacy policy", "terms of use", "terms of service",
    "terms and conditions", "contact us", "about us", "all rights reserved",
    "story continues below advertisement", "scroll to continue with content",
    "article continues below", "ad feedback", "report an error", "feedback",
    "see less", "show less", "add us on", "add us on google", "recommended video", "gift this article", "listen to article", "report this ad", "report ad", "watch live",
    "google preferred source badge", "add as a preferred source on google",
    "add us as a preferred source on google", "preferred source",
    "watch now", "thumbnail", "play", "watch", "video", "photos", "photo",
    "image", "gallery", "more", "less", "view all", "see all", "see more", "explore",
    "explore more", "scroll to continue", "share full article", "explore more on these topics",
    "reuse this content", "live", "live now", "live tv", "set weather", "breaking", "breaking news", "reply",
    "cancel reply", "gift", "gift article", "link", "ok", "in this article",
    // A badge by the share buttons.
    "new",
    // A time's label on a line of its own, over the time.
    "published", "updated", "last updated", "publié", "mis à jour", "veröffentlicht",
    "aktualisiert", "publicado", "actualizado",
    // Dutch: "give as a present", "save".
    "geef cadeau", "bewaar",
    "try unlimited access", "already a subscriber", "subscribers only", "subscriber only",
    "contribuer", "réutiliser ce contenu", "offrir cet article", "article réservé aux abonnés",
    "archivado en", "key points", "key takeaways", "follow author", "resize",
    // A consent banner's heading and buttons.
    // A sign-up form's fields.
    "employer", "job title", "first name", "last name", "zip code", "postal code",
    "email (required)", "email address (required)", "name (required)",
    "we value your privacy", "we care about your privacy", "yes, i agree", "i agree",
    "no, take me to settings", "take me to settings", "mainos", "your email",
    "your email address", "i accept", "show purposes", "list of partners (vendors)", "valoramos tu privacidad", "nous respectons votre vie privée",
    "wir respektieren ihre privatsphäre", "rispettiamo la tua privacy", "aceptar y continuar",
    "accept and continue", "agree and close", "configurar", "accepter et continuer",
    "akzeptieren und weiter", "accetta e continua", "gérer mes choix", "zustimmen",
    "einstellungen", "alle ablehnen",
    "continuer sans accepter", "ablehnen",
    // A newsletter form's field in French and German.
    "adresse e-mail", "adresse email", "votre adresse e-mail", "e-mail-adresse",
    "ihre e-mail-adresse",
    // Exclusive badges.
    "exclusivo", "exclusive", "exclusif", "exklusiv", "esclusivo",
    "suggested topics", "(end)", "transcript", "what to know", "add to your saved stories",
    "translate", "democracy dies in darkness", "about the author", "about the authors",
    "press release", "news release", "newsroom", "daily update", "weekly update",
    "flag as irrelevant", "social sharing", "open navigation menu", "navigation menu",
    "open menu", "close menu", "main menu", "toggle navigation", "skip advertisement", "edited",
    "(edited)", "video player loading", "closed captions", "captions", "threads", "bluesky",
    "mastodon", "flipboard", "enter email address", "sign me up", "email address",
    "close extra sharing options", "more sharing options", "sharing options", "url copied",
    // An account's menu.
    "my account", "my profile", "my portfolio", "my watchlist", "my alerts", "my messages",
    "my news", "my feed", "logout", "log out", "sign out", "price alerts",
    // A reading list's alert when a story is saved.
    "mute", "unmute", "allow notifications", "manage push notifications", "dismiss",
    "toggle dark mode",
    "toggle search form", "toggle search", "toggle menu",
    "story saved", "close alert", "saved stories", "what readers are saying", "hear this story",
    "see full bio", "full bio", "view full bio", "read full bio", "view bio",
    "google news", "follow us on google news", "representative image", "representational image",
    "image for representation", "add to watchlist", "show additional share options", "additional share options", "more share options",
    "send an email", "print the article", "print this article", "email this article",
    "post to tumblr", "copy url", "kindly share this story", "share options",
    "copy link url copied", "link copied to clipboard",
    // "Also read" and "More on this" alone over a link, in other languages.
    "mehr zum thema", "lesen sie auch", "leggi anche", "lire aussi", "lea también",
    "leia também", "lees ook",
    // Portuguese: "read more", "related", "the page's address", a paywall's badge and button.
    "leia mais", "relacionadas", "endereço da página", "recurso exclusivo para assinantes",
    "assine ou faça login",
    // Share, listen, copy link, comment, advertisement, save and print in French, German,
    // Spanish, Italian and Portuguese (and "Save this story").
    "partager", "écouter l'article", "copier le lien", "à lire aussi", "teilen",
    "artikel teilen", "vorlesen", "link kopieren", "compartir", "escuchar", "copiar enlace",
    "condividi", "ascolta", "copia link", "compartilhar", "ouvir", "copiar link", "comentar",
    "comentarios", "commenter", "commentaires", "kommentieren", "kommentare", "commenta",
    "commenti", "publicidad", "publicité", "anzeige", "pubblicità", "publicidade", "werbung", "merken",
    "artikel anhören", "anhören", "speichern", "drucken", "jetzt weiterlesen",
    "save this story", "save this article", "save article", "save for later",
    // Skip links, sign-in, search, menu and listen buttons, and the footer's legal
    // links, in German, Spanish, French, Italian and Portuguese.
    "zum hauptinhalt springen", "zum inhalt springen", "anmelden", "abmelden", "abo",
    "abonnieren", "suche", "menü", "hören", "artikel zum hören", "artikel hören", "mehr anzeigen", "escuchar nota", "escuche esta noticia",
    "escuchar esta noticia", "escucha esta noticia", "escucha la noticia", "escuchar la noticia",
    "escuche la noticia", "lee también", "jetzt testen", "impressum",
    "datenschutz", "agb", "weitere optionen zum teilen", "ir al contenido",
    "saltar al contenido", "ir a los comentarios", "iniciar sesión", "suscríbete", "buscar",
    "menú", "aviso legal", "aller au contenu", "se connecter", "s'abonner", "rechercher",
    "zusammenfassen", "artikelzusammenfassung", "schließen artikelzusammenfassung",
    "gefällt mir", "gefällt mir nicht", "stampa", "suggerisci", "ottieni il codice embed", "codice embed", "get embed code",
    "embed", "comment on this story", "comments on this story", "mentions légales", "enregistrer", "j'accepte", "j’accepte", "paramètres",
    "inställningar", "vai al contenuto", "accedi", "abbonati", "cerca",
    "ir para o conteúdo", "entrar", "assine", "assinar",
    // Consent banners' buttons.
    "manage preferences", "manage cookies", "reject all", "accept cookies",
    "accepter et fermer", "tout accepter", "tout refuser", "paramétrer", "alle akzeptieren",
    "aceptar todo", "rechazar todo", "accetta tutto", "rifiuta tutto", "accetta", "rifiuta",
    "personalizza", "hide caption", "toggle caption", "enlarge this image", "sponsor message",
    "press play to listen to this article", "voiced by artificial intelligence",
    "share article", "footer", "accessibility help", "open search bar", "close search bar",
    "open search", "close search",
    "open this photo in gallery", "view image in fullscreen", "license this article", "licence this article",
    "see your latest updates", "envoyer par courriel", "imprimer",
    "les commentaires sont fermés pour cet article", "more info", "mehr infos", "weitere newsletter", "einloggen", "fehler gefunden",
    "fehler gefunden? jetzt melden", "jetzt melden", "verlagsangebot", "jetzt teilen",
    "player schließen", "mehr zu diesem audioangebot", "fanden sie die zusammenfassung hilfreich?",
    "zur startseite", "hier kostenlos abonnieren",
    "artikel teilen per:", "artikel teilen",
    // "Follow" in the languages of `FOLLOW_BUTTONS`, alone on its line.
    "folgen", "suivre", "volg", "följ", "obserwuj", "abonnez-vous", "lire plus tard",
    "écouter", "ajouter à mes favoris", "enviar por email", "enviar por correo",
    "show caption",
    // A Korean portal's buttons ("original article", "like", "comments", "summary bot",
    // "text to speech", "font size", "send by SNS", "print", "subscribe").
    "기사원문", "공감", "댓글", "본문 요약봇", "텍스트 음성 변환 서비스 사용하기",
    "글자 크기 변경하기", "sns 보내기", "인쇄하기", "구독", "esta funcionalidad es sólo para registrados",
    "esta funcionalidad es solo para registrados",
    // An audio version, a translation and a key points box in Italian, French and German.
    "ascolta la versione audio dell'articolo", "ascolta la versione audio dell’articolo",
    "english version", "versione inglese", "version anglaise", "englische version",
    // A feed reader's buttons under an item.
    "open original article", "open original", "view original", "visit website",
    "mark as read", "mark as unread", "mark all as read", "load more articles",
    // A photo store's button under a picture.
    "buy now", "buy photo", "buy this photo", "purchase photo",
    // Share buttons named by their site.
    "x.com", "twitter.com", "facebook.com", "linkedin.com", "bsky.app",
    // "All rights reserved" alone under a copyright line.
    "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
    "tutti i diritti riservati", "todos os direitos reservados", "riproduzione riservata",
    "© riproduzione riservata", "ascolta l'articolo", "ascolta l’articolo", "leggi e commenta",
    // Japanese pages' save, share, print, more, login and related-articles labels.
    "保存", "共有", "印刷", "その他", "ログイン", "【関連記事】", "関連記事", "[会員限定記事]",
    "会員限定記事", "no reproduction without permission",
    // Share and listen in Dutch.
    "deel artikel", "delen", "deel dit artikel", "luister", "voorlezen",
    // Search, sign-in, subscribe, save, consent, advertisement and list headings in Dutch.
    "zoeken", "aanmelden", "inloggen", "afmelden", "abonneer", "abonneren", "opslaan",
    "bewaren", "alles accepteren", "instellingen", "advertentie", "gerelateerde onderwerpen",
    "meest gelezen", "ontdek onze abonnementen", "lees meer", "reageer", "reacties",
    "naar de inhoud", "lees later", "meer laden", "akkoord", "nieuwsbrief", "inschrijven",
    "luisteren",
    // Sign-in, subscribe, search, share, save, listen and consent in Czech.
    "předplatné", "přihlásit", "přihlásit se", "hledat", "sdílet", "uložit",
    "poslechnout článek", "souhlasím", "nastavení", "odmítnout", "nastavení soukromí",
    "komentáře", "diskuse",
    // A newsletter platform's buttons and boxes.
    "restacks", "write a comment", "type your email", "enter your email",
    "discussion about this post", "ready for more", "start writing",
    // Chinese pages' share, comment, advertisement and footer links.
    "广告", "评论", "分享", "加载更多", "关于我们", "联系我们", "免责声明", "登录", "首页",
    // A list still loading.
    "loading", "carregando", "cargando", "chargement", "chargement en cours", "wird geladen",
    "caricamento", "carregar mais", "cargar más", "mehr laden", "carica altri",
    // Skip links, sign-in, search, menu, share, save, listen, print, advertisement,
    // comments and consent buttons in Swedish, Danish, Norwegian and Polish.
    "hoppa till huvudinnehållet", "hoppa till innehållet", "logga in", "logga ut", "sök",
    "meny", "dela", "dela artikeln", "spara", "lyssna", "lyssna på artikeln", "skriv ut",
    "kopiera länk", "annons", "annonce", "annonse", "kommentarer", "kommentera", "prenumerera",
    "stäng", "acceptera", "acceptera alla", "godkänn", "godkänn alla", "ämnen i artikeln",
    "del artikel", "del artikkel", "lytt", "przejdź do treści",
    "przejdź do głównej treści", "zaloguj się", "wyloguj", "prenumeruj", "zaprenumeruj",
    "szukaj", "udostępnij", "skomentuj", "komentarze", "reklama", "zapisz", "słuchaj",
    "posłuchaj", "posłuchaj artykułu", "drukuj", "kopiuj link", "odpowiedz",
    "pokaż więcej komentarzy", "zaloguj się, aby skomentować", "akceptuję",
    "akceptuj wszystkie", "obserwuj", "czytaj więcej", "więcej", "pokaż więcej",
    "skopiuj link", "zobacz więcej", "zapisz się", "prenumerata",
    // Sign-in, subscribe, consent, listen, share and copy in Norwegian and Danish.
    "logg inn", "logg ut", "log ind", "log ud", "kjøp abonnement", "køb abonnement",
    "godta alle", "godta", "administrer valg", "lytt til artikkelen", "lyt til artiklen",
    "del", "gem", "del artikel", "lyt til artiklen", "tilmeld", "lenke kopiert", "kopier lenke", "link kopieret", "kopier link", "søk", "søg", "lyt",
    // The same in Finnish.
    "kirjaudu", "kirjaudu sisään", "kirjaudu ulos",
    "tilaa", "haku", "valikko", "jaa", "jaa artikkeli", "tallenna", "tulosta", "kopioi linkki",
    "kuuntele", "kuuntele artikkeli", "kommentoi", "kommentit", "lue kommentit",
    "hyväksy", "hyväksy kaikki", "vain välttämättömät", "asetukset", "sulje", "lue lisää",
    "aiheet", "seuraa", "näytä lisää", "lataa lisää",
    // Search, consent, share, save, subscribe and the footer's links in Spanish and
    // Portuguese.
    "pesquisar", "aceitar", "aceitar todos", "rejeitar", "partilhar", "guardar", "subscrever",
    "ficha técnica", "estatuto editorial", "contactos", "termos e condições",
    "política de privacidade", "enlace copiado", "rechazar", "contacto",
    "política de privacidad", "términos y condiciones", "quiénes somos",
    // A text-size control in the other languages.
    "schriftgröße", "textgröße", "taille du texte", "taille de police", "tamaño de letra",
    "tamaño del texto", "dimensione testo", "dimensione del testo", "tamanho do texto",
    "tamanho da letra", "lettergrootte", "textstorlek", "tekststørrelse", "rozmiar tekstu",
    "rozmiar czcionki", "tekstin koko", "文字サイズ", "字号",
];

/// How a consent banner's notice opens, in English, German, French, Spanish and Italian:
/// small print however long it runs.
#[rustfmt::skip]
pub(super) const CONSENT_OPENINGS: &[&str] = &[
    "we and our partners", "wir und unsere partner", "nous et nos partenaires",
    "nosotros y nuestros socios", "noi e i nostri partner",
];

/// Line openings that mark interface text ("Join our ... Channel" is checked apart).
#[rustfmt::skip]
pub(super) const CHROME_PREFIXES: &[&str] = &[
    "read more:", "also read:", "read also:", "see also:", "read: ", "follow us on", "subscribe to",
    "photo:", "photograph:", "image:", "credit:", "image credit", "image caption",
    "image source", "media caption", "caption:", "photo credit", "getty images", "file photo",
    "(photo", "sign up for", "sign up to", "download the", "listen to this", "©", "copyright ",
    "story continues", "click here", "tap here", "click to expand", "click to open", "share on", "share via", "get the latest",
    "分享到", "评论 ", "reageren? mail", "quelle: ", "mehr: ", "connect via ",
    "vous lisez actuellement", "volg ", "folgen sie ", "čtení na ",
    "no comments", "reporting by ", "additional reporting by ", "editing by ", "edited by",
    "writing by ", "this article is more than ", "reporting from ", "credit...", "credit…",
    "advertisement", "this article is part of", "get our newsletter", "log in to", "sign in to",
    // "Compartir en Whatsapp", "Partager sur Facebook": share buttons in other languages.
    "compartir en ", "partager sur ", "teilen auf ", "condividi su ", "compartilhar no ",
    "compartilhe no ", "dela på ", "del på ", "deel op ", "udostępnij na ",
    "share article via ", "share story via ", "share this article via ",
    // Reading times, audio players, author pages, filing notes, print-edition notes.
    "read time", "reading time", "temps de lecture", "lesezeit", "tiempo de lectura",
    "tempo di lettura", "leestijd", "enjoy more audio", "your browser does not support",
    "save time by listening", "audio generated by",
    // "NEWYou can now listen to Fox News articles!": an audio player's badge and pitch.
    "you can now listen to ", "newyou can now listen to ", "this is an ai-generated voice",
    "this is an ai generated voice", "this audio is generated", "see all by ", "filed under", "more from ", "track latest news",
    "share to ", "write to ", "why you can trust", "heard on ", "headshot of ",
    // A newsletter box's title ("Get our free View from Westminster email").
    "get our free ",
    "illustration by ", "photo illustration by ", "video by ", "video by: ", "(updates ", "(adds ", "(recasts ",
    "(corrects ", "item 1 of ", "our standards:", "read more from ", "contact reporter ",
    "contact editor ", "contact the reporter", "contact the author",
    // A story's view counter and a comment section's rules under the text.
    "this story has been viewed", "this article has been viewed",
    // A reviewer's and a fact-checker's credits, and ZDNET's "Also:" links in the text.
    "reviewed by ", "fact checked by ", "fact-checked by ", "also: ",
    // A link to the comments with their count ("Ver todos os comentários (14)").
    "ver todos os comentários", "view all comments", "see all comments",
];

/// Phrases of a subscription or affiliate pitch, and of a syndication notice, anywhere in a
/// line of at most `PITCH_WORDS` words: "Complete digital access ... Cancel anytime", "If
/// you buy something from a link, we may earn a commission", "this story has not been
/// edited by ... staff and is published from a syndicated feed".
#[rustfmt::skip]
pub(super) const PITCH_PHRASES: &[&str] = &[
    "in your inbox", "to your inbox", "en tu correo", "dans votre boîte", "in ihr postfach",
    "no seu email", "no seu e-mail", "nella tua casella",
    // A call to share, a form's privacy notice, a wire service's reproduction notice, a
    // comment section's policy ("We welcome reader comments on the topics in this article.").
    "by sharing this article", "is being handled in accordance with", "cannot be reproduced",
    "we welcome reader comments", "the views expressed in the comments", "in online discussions", "comments must be civil",
    // The same notice in German ("Jegliche Veröffentlichung und nicht-private Nutzung ...").
    "nicht-private nutzung", "nutzungsanfrage", "nutzungsrechte erwerben",
    "may not be reproduced",
    // A newsletter box's pitch and a paywall's.
    "in this weekly newsletter", "in this newsletter", "are trademarks of",
    "never miss a story", "get latest updates on", "delivered every weekday",
    "per e-mail benachrichtigt", "support local journalism", "journalism funded through", "journalism funded by", "journalism costs money", "for the price of a coffee", "501(c)(3)", "get the best news from", "we may receive compensation", "you consent to our user agreement",
    // A newsletter platform's stock line under a post.
    "this post is public so feel free to share",
    "comments have not been enabled",
    // A contributor's links and a comment section's pitch.
    "follow me on", "check out my website", "create a free account", "community guidelines",
    "your first comment", "comment on stories", "comment on articles",
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
    "download our app", "download the app to", "get the app to",
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
    "thank you for subscribing", "your subscription failed",
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
/// Words of a consent banner beside "cookies", in the languages of the other lists.
#[rustfmt::skip]
pub(super) const COOKIE_WORDS: &[&str] = &[
    "accept", "consent", "partner", "your device", "preferences", "privacy", "personal data",
    "accord", "partenaires", "appareil", "préférences", "données personnelles", "zustimm",
    "einwilligung", "akzept", "datenschutz", "aceptar", "consentimiento", "socios", "consenso",
    "accetta", "toestemming", "aceitar", "consentimento", "samtycke", "acceptera", "zgod",
    "evästei", "hyväksy", "kumppani", "privacidad", "continuar navegando", "navegando",
    "akceptuj", "partnerzy", "prywatnoś", "souhlas", "soubory cookie", "agree", "use of cookies", "your experience",
    "by continuing", "if you continue", "en poursuivant",
];
/// "All rights reserved" in the languages of the other lists.
pub(super) const RIGHTS_RESERVED: &[&str] = &[
    "all rights reserved",
    "todos os direitos reservados",
    "todos los derechos reservados",
    "tous droits réservés",
    "alle rechte vorbehalten",
    "tutti i diritti riservati",
    "alla rättigheter förbehållna",
    "wszelkie prawa zastrzeżone",
    // Korean "unauthorised reproduction and redistribution prohibited".
    "무단 전재",
];

/// The networks a call to follow names ("Follow us on X, LinkedIn and Facebook").
#[rustfmt::skip]
pub(super) const SOCIAL_NETWORKS: &[&str] = &[
    "facebook", "instagram", "linkedin", "youtube", "tiktok", "threads", "whatsapp", "telegram",
    "bluesky", "twitter", "x", "mastodon",
];
/// How a call to follow the site opens, in the languages of the other lists.
#[rustfmt::skip]
pub(super) const FOLLOW_CALLS: &[&str] = &[
    "follow ", "like ", "get all the latest ", "get the latest ", "sign up", "subscribe", "get our", "siga ", "sigue ", "suscríbete", "recibe ",
    "suivez ", "abonnez", "inscrivez", "folgen sie", "abonnieren sie", "segui ", "iscriviti",
    "receba ", "assine ", "följ ", "prenumerera", "obserwuj ", "zapisz się",
];
/// A button to follow a topic, company or author.
pub(super) const FOLLOW_BUTTONS: &[&str] = &[
    "follow", "följ", "volg", "folgen", "suivre", "seguir", "segui", "obserwuj",
];

/// The longest line a pitch phrase makes chrome.
pub(super) const PITCH_WORDS: usize = 40;
/// "Lire aussi | ...": other languages' "Also read" before a link to another story.
#[rustfmt::skip]
pub(super) const LINK_LEADS: &[&str] = &[
    "also read", "read also", "read more", "see also", "must read", "go deeper", "lire aussi",
    "voir aussi",
    "leer también", "lea también", "lee también", "lesen sie auch", "leggi anche", "lees ook", "leia também",
    "leia mais", "veja também", "läs också", "läs även", "læs også", "les også", "czytaj też", "czytaj także",
    "zobacz też", "zobacz także", "lue lisää", "lue myös",
];

/// Words of counter lines: "12 Comments", "Share 34", "5 min read", "1.2K views".
#[rustfmt::skip]
pub(super) const COUNTER_WORDS: &[&str] = &[
    "comments", "comment", "shares", "share", "views", "view", "likes", "like", "reads", "read",
    // A feed reader's counts ("Unread (142)").
    "unread", "starred",
    "min", "mins", "minute", "minutes", "replies", "reply", "reactions", "reaction",
    "responses", "response", "claps", "votes", "followers", "follower", "subscribers",
    "stories", "postings", "posts", "kommentare", "comentarios", "commentaires", "commenti",
    "comentários", "kommentarer", "komentarze", "komentarzy", "kommentit", "kommenttia",
];

/// Skip links' openings ("Skip to content", "Aller au contenu", "Ir para o menu"), in the
/// languages `when` reads and a few more.
#[rustfmt::skip]
pub(super) const SKIP_LINKS: &[&str] = &[
    "skip to", "hoppa till", "skip links", "jump to", "skip next section", "aller au contenu", "aller au menu",
    "aller au pied de page", "passer au contenu", "본문 바로가기", "aller à la recherche",
    "aller à la navigation", "zum inhalt", "zur navigation", "zur suche", "ir al menú",
    "ir a la navegación", "direkt zum", "ir al contenido", "saltar al contenido",
    "vai al contenuto", "salta al contenuto", "naar de inhoud", "naar hoofdinhoud",
    "ga direct naar", "direct naar artikel", "direct naar inhoud", "direct naar de inhoud",
    "メインコンテンツへ", "本文へ", "ga naar de inhoud", "ir para o conteúdo", "ir para o menu",
    "ir para o rodapé", "ir para a busca", "pular para o conteúdo", "saltar para",
    "hopp til", "gå til indhold", "gå til hovedind", "gå til hovedinn",
    "gå till huvudinnehåll", "gå till innehåll", "gå direkt till", "spring til",
    "siirry pääsisältöön", "siirry suoraan", "siirry sisältöön", "przejdź do",
    "přeskočit na",
];
