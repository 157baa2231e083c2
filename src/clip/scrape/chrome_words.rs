//! The word lists of site chrome (`chrome` reads lines with them): interface words and
//! buttons, the openings of interface lines, consent banners' words, calls to follow, links
//! to other stories and counters, in the languages whose dates `when` reads. Generic words
//! of news sites, not the words of any one page. The phrases of pitches are in
//! `pitch_words`, the labels of boxes in `label_words`.

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
    "copy article link", "sms", "more by this author",
    // A markets page's data tables' headings.
    "jetzt abonnieren", "market data", "most active", "top gainers", "top losers", "biggest movers", "market movers",
    // A push alerts' prompt's button ("Get up-to-the-minute news sent straight to your
    // device." / "Alert Me").
    "alert me",
    // A short link's label over the link ("Short Url" / "https://arab.news/...").
    "short url", "short link",
    // A publishing system's editor's and follower's buttons, shown to every reader.
    "you are the owner of this article", "edit article", "add new article", "followed notifications",
    "please log in to use this feature", "don't have an account? sign up today", "buy now",
    "buy a print of this photo",
    // "Share" / "Send" / "Facebook": a share box's button for sending the link by mail.
    "send",
    // A bookmark button's pop-up.
    "bookmark popover", "close popover", "removed from bookmarks", "added to bookmarks",
    // A newsletter box's button ("Join Our Newsletter" / "I'm In").
    "i'm in", "i’m in",
    // A footer's link to the site's standards; a loader's text.
    "editorial standards", "content is loading", "loading", "loading ad", "loading video",
    "bookmark", "advertisement", "advertise", "advertise with us", "advertisment", "advertising", "ad", "ads", "sponsored", "sponsored content",
    // A box of contacts between the headline and the author ("Contact us:", "Provide news
    // feedback or report an error", "Confidential tip?", "Send a tip to our reporters",
    // "Site feedback:", "Take our Survey", "New Window"), and a box's buttons.
    "provide news feedback or report an error", "send a tip to our reporters",
    "site feedback", "take our survey", "new window", "opens in a new window", "learn more", "hide",
    // A label over the authors' names, and a republishing notice (The Conversation's
    // "CC BY ND", "We believe in the free flow of information", "Republish this article").
    "author", "authors", "cc by nd", "cc by", "republish this article", "we believe in the free flow of information",
    "view all partners", "republish", "republish this story", "republish this story for free",
    // A page's switch between light and dark colours.
    "change appearance", "appearance", "auto", "light", "dark", "dark mode", "light mode",
    // A search box's placeholder.
    "search for topics, locations & sources", "search for topics, locations and sources",
    "search news", "search articles", "site search", "search site", "search this site",
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
    "newsletters", "view newsletters", "hashtags", "tags", "topics", "listen", "listen to this article",
    // An audio player's offer and its clock; an app's box ("Take Us With You").
    "only have a minute? listen instead", "audio length", "take us with you",
    "support my work with a digital subscription",
    "listen to this story", "skip to content", "skip to main content", "menu", "search", "home",
    "back to top", "sections", "all sections", "next", "previous", "next article", "previous article", "next story", "previous story", "show more",
    // An episode's button beside "Play" in a podcast's list.
    "show notes", "load more episodes", "more episodes",
    // A feed reader's buttons; a live blog's filter and its notice.
    "add content", "show key events only", "key event", "key events",
    "please turn on javascript to use this feature",
    "load more", "view comments", "show comments", "comments are closed", "comments closed", "no comments yet",
    "be the first to comment", "leave a comment", "post a comment", "add a comment",
    // A comment section's rules and the link to them.
    "comments: our rules", "read the rules here",
    // A box of ways to reach the newsroom.
    "talk to us", "give us your news tips", "send us a letter to the editor",
    "join the conversation", "cookie settings", "accept", "accept all", "close", "close ad",
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
    "see less", "show less", "add us on", "add us on google", "recommended video", "gift this article", "give this article", "listen to article",
    "log in or subscribe to save article", "share article on socials", "print article", "report this ad", "report ad", "watch live",
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
    // Advertisement in Korean, Japanese and Chinese.
    "광고", "広告", "广告",
    "artikel anhören", "anhören", "speichern", "drucken", "jetzt weiterlesen",
    "save this story", "save this article", "save article", "save for later", "save to read later",
    "summarize this article with ai", "summarise this article with ai", "summarize this article",
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
    "manage preferences", "manage cookies", "manage options", "manage settings", "reject all",
    "accept cookies",
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
    // A link to the page in the paper's own language ("Lire en français").
    "lire en français", "read in english", "leer en español", "auf deutsch lesen", "leggi in italiano",
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
    "read more:", "read more about ", "also read:", "read also:", "see also:", "read: ",
    "related: ", "related story: ", "related article: ", "related coverage: ", "follow us on", "subscribe to",
    "photo:", "photograph:", "image:", "credit:", "image credit", "image caption",
    // A picture's or a video's alt text copied with the page ("Video thumbnail: ...").
    "video thumbnail", "thumbnail:", "thumbnail image",
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
    "share article via ", "share story via ", "share this article via ", "share current article via ",
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
    // A closed thread's note ("Comments are closed on this article"), a widget still
    // loading. (A comment form's title is read by `comments`: it opens the thread.)
    "comments are closed on", "loading weather",
    // A video's embed box ("Copy/paste the article video embed link below:"), a print
    // replica's link ("Read the eEdition.").
    "copy/paste the ", "copy the embed code", "read the eedition", "read the e-edition",
    // A comment widget still loading ("Comments not loaded yet." / "Load comments").
    "comments not loaded", "load comments", "sign in to comment",
];

/// The labels of a consent banner's buttons, without their spaces.
#[rustfmt::skip]
const CONSENT_BUTTONS: &[&str] = &[
    "moreoptions", "manageoptions", "managepreferences", "cookiesettings", "options",
    "settings", "iagree", "agree", "disagree", "acceptall", "accept", "rejectall", "reject",
];

/// A consent banner's buttons, which the paste may glue together ("MORE OPTIONSAGREE",
/// "Reject all Accept all"): the line (lower-cased) is two or more of their labels and
/// nothing else. A short line only, so the labels' split is tried in a few steps.
pub(super) fn consent_buttons(key: &str) -> bool {
    fn labels(rest: &str) -> Option<usize> {
        if rest.is_empty() {
            return Some(0);
        }
        CONSENT_BUTTONS
            .iter()
            .filter_map(|b| rest.strip_prefix(b))
            .filter_map(labels)
            .map(|n| n + 1)
            .max()
    }
    if key.len() > 60 {
        return false;
    }
    let squeezed: String = key.chars().filter(|c| !c.is_whitespace()).collect();
    squeezed.len() <= 48 && labels(&squeezed).is_some_and(|n| n >= 2)
}

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

/// What a search box's placeholder says it finds, and the words between them ("Search
/// for topics, locations & sources").
#[rustfmt::skip]
pub(super) const SEARCHED_KINDS: &[&str] = &[
    "topics", "topic", "sources", "locations", "places", "articles", "news", "stories", "people",
    "companies", "keywords", "keyword", "authors", "tickers", "quotes", "symbols", "videos",
    "and", "or", "&", "more", "a",
    // The same in the languages of the other lists ("Rechercher des sujets, des lieux et
    // des sources", "Nach Themen, Orten und Quellen suchen").
    "des", "de", "sujets", "lieux", "et", "sources", "thèmes", "nach", "themen", "orten",
    "quellen", "und", "temas", "lugares", "fuentes", "y", "argomenti", "luoghi", "fonti",
    "e", "assuntos", "locais", "fontes",
];
/// How a list's button or the footer's link opens, five words at most on its line.
#[rustfmt::skip]
pub(super) const LIST_BUTTONS: &[&str] = &[
    "see more ", "see all ", "view more ", "view all ", "show more ", "show all ",
    "plus d'articles", "plus d'actualités", "mehr nachrichten", "weitere nachrichten",
    "mehr artikel", "más noticias", "más artículos", "altre notizie", "altri articoli",
    "mais notícias", "à propos de ",
    // The curator of a feed's item, no author of it ("Flipped by Rosa Lindqvist").
    "flipped by ", "curated by ", "saved by ", "shared by ",
];
/// A search box's verb in the languages of `SEARCHED_KINDS`.
pub(super) const SEARCH_VERBS: &[&str] = &[
    "search for ",
    "search ",
    "rechercher ",
    "chercher ",
    "suchen ",
    "buscar ",
    "cerca ",
    "pesquisar ",
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
    "accéder au contenu", "accéder au menu", "accéder à la recherche", "ir al contenido principal",
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

/// "The audio version of this article is generated by text-to-speech, a technology based
/// on artificial intelligence.": an audio player's note on its machine voice, about this
/// article (a paragraph on speech software names no article of its own).
pub(super) fn machine_voice(key: &str) -> bool {
    key.split_whitespace().count() <= MACHINE_VOICE_WORDS
        && ["this article", "this story"]
            .iter()
            .any(|w| key.contains(w))
        && ["audio", "listen", "voice"].iter().any(|w| key.contains(w))
        && [
            "text-to-speech",
            "artificial intelligence",
            "ai-generated",
            "ai generated",
        ]
        .iter()
        .any(|w| key.contains(w))
}

/// The most words of an audio player's note on its machine voice.
const MACHINE_VOICE_WORDS: usize = 25;
