//! Readers' comments under an article ("23 Comments", then "Maria Lopez says:", a time,
//! the comment, "Reply"), and a chat's replies to a shared post: neither its text nor
//! articles of their own. Their headers and furniture are read in the languages of
//! `chrome_words`.

use super::debris::is_counter_line;
use super::lines::Kind;
use super::names;
use super::when::When;

/// Readers' comments under an article ("23 Comments", then "Maria Lopez says:", a time,
/// the comment, "Reply") are not its text, nor articles: from a comment header that a
/// comment's furniture or time follows, every line is dropped until a line of other chrome
/// ("Related Articles") or a meta line naming an outlet ends the thread. A count of
/// comments above a body ("12 Comments" by the byline) opens no thread.
pub(super) fn drop_comment_threads(lines: &[String], kinds: &mut [Kind]) {
    let mut thread = false;
    // The thread's first line, past its policy.
    let mut opened_at = 0;
    for i in 0..lines.len() {
        let (line, kind) = (&lines[i], &kinds[i]);
        if !thread {
            // A reply under a shared post in a chat ("Reply", then "Daniel Park" over
            // "Mon 9:20 AM", then the message) is one more thread.
            if matches!(kind, Kind::Junk)
                && comment_furniture(line)
                && poster_below(lines, kinds, i + 1)
            {
                thread = true;
                continue;
            }
            // "Comments" among the buttons right under the article's time is a link to
            // them, not the thread (under the text of a short story it is the thread).
            let under_time = || {
                (0..i)
                    .rev()
                    .filter(|&j| !matches!(kinds[j], Kind::Blank))
                    .take_while(|&j| !matches!(kinds[j], Kind::Para))
                    .take(3)
                    .any(|j| matches!(&kinds[j], Kind::Meta(m) if m.when.is_some()))
            };
            // (A form's title is no button: "Leave a Reply" under the last related story's
            // time opens the thread.)
            let form_title = || line.to_lowercase().starts_with("leave a reply");
            let header = matches!(kind, Kind::Junk | Kind::Short)
                && opens_comments(line)
                && (!under_time() || form_title());
            // (Past the section's policy: "By participating in online discussions ...".)
            let shown =
                |from: usize| (from..lines.len()).find(|&j| !matches!(kinds[j], Kind::Blank));
            let first = header
                .then(|| shown(i + 1))
                .flatten()
                .map(|j| match kinds[j] {
                    Kind::Junk if !comment_furniture(&lines[j]) => shown(j + 1).unwrap_or(j),
                    _ => j,
                });
            thread = first.is_some_and(|j| match &kinds[j] {
                        // A reader's handle over the comment and its button ("kekoa808",
                        // the comment, "Log in to Reply").
                        Kind::Short
                            if reader_handle(&lines[j])
                                && matches!(kinds.get(j + 1), Some(Kind::Para))
                                && shown(j + 2).is_some_and(|k| comment_furniture(&lines[k])) =>
                        {
                            true
                        }
                        Kind::Meta(m) => {
                            (m.source.is_none() && m.byline.is_none()) || poster_line(&lines[j])
                        }
                        // "Bahamianson 5 hours, 12 minutes ago": a handle and how long ago.
                        Kind::Short if handle_then_age(&lines[j]) => true,
                        // A reader's handle, or name ("Ali Raza", "Mwana wa Lesa"), over
                        // the time.
                        Kind::Short
                            if (reader_handle(&lines[j])
                                || names::name_like(&lines[j])
                                || super::lines::word_count(&lines[j]) <= 4)
                                && matches!(kinds.get(j + 1), Some(Kind::Meta(m)) if m.source.is_none() && m.byline.is_none()) =>
                        {
                            true
                        }
                        _ => comment_furniture(&lines[j]),
                    });
            if thread {
                opened_at = first.unwrap_or(i);
                kinds[i] = Kind::Junk;
            }
            continue;
        }
        if i < opened_at {
            continue;
        }
        let kind = &mut kinds[i];
        match kind {
            Kind::Blank => {}
            // (The thread's rules, a pitch of sentences about comments, go on with it.)
            Kind::Junk if !comment_furniture(line) && !form_field(line) && !rules(line) => {
                thread = false
            }
            Kind::Meta(m)
                if m.source.is_some() && !poster_line(line) && !comment_furniture(line) =>
            {
                thread = false
            }
            _ => *kind = Kind::Junk,
        }
    }
}

/// `key` without the count that opens it ("36 more comments" -> "more comments").
fn counted(key: &str) -> Option<&str> {
    let (n, rest) = key.split_once(' ')?;
    n.chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        .then_some(rest)
}

/// A thread's rules: a sentence about comments ("Please keep comments respectful. ...").
fn rules(line: &str) -> bool {
    line.to_lowercase().contains("comment") && super::lines::word_count(line) >= RULES_WORDS
}

/// The fewest words of a thread's rules.
const RULES_WORDS: usize = 6;

/// "Ahmed Raza | 2 hours ago | Reply", "Karachiite | 4 hours ago | Reply": a comment's
/// reader, time and button on one line, which reads as a byline or an outlet and a time.
fn poster_line(line: &str) -> bool {
    line.rsplit_once('|')
        .is_some_and(|(_, button)| comment_furniture(button.trim()))
}

/// A reader's handle, then how long ago the comment was posted, on one line ("Bahamianson
/// 5 hours, 12 minutes ago").
fn handle_then_age(line: &str) -> bool {
    line.trim().split_once(' ').is_some_and(|(handle, age)| {
        (2..=30).contains(&handle.chars().count())
            && handle
                .chars()
                .all(|c| c.is_alphanumeric() || "_.-".contains(c))
            && age.ends_with(" ago")
            && age.starts_with(|c: char| c.is_ascii_digit())
            && age.split_whitespace().count() <= 6
    })
}

/// A reader's handle: one word that no name is written as ("Antonio_M", "Inversor79").
fn reader_handle(line: &str) -> bool {
    let word = line.trim();
    !word.contains(' ')
        && (2..=30).contains(&word.chars().count())
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "_.-".contains(c))
        && word.chars().any(|c| c == '_' || c.is_ascii_digit())
}

/// From `from` on: a person's name over a time of day without a date ("Daniel Park" over
/// "Mon 9:20 AM"), as a chat shows who posted a message.
fn poster_below(lines: &[String], kinds: &[Kind], from: usize) -> bool {
    let mut shown = (from..lines.len()).filter(|&j| !matches!(kinds[j], Kind::Blank));
    let (Some(name), Some(time)) = (shown.next(), shown.next()) else {
        return false;
    };
    matches!(kinds[name], Kind::Short)
        && names::names_like(&lines[name])
        && matches!(&kinds[time], Kind::Meta(m) if m.when == Some(When::Vague) && m.source.is_none() && m.byline.is_none())
}

/// The nouns of a comment section's header, in English and the other languages'
/// ("Komentarze 23", "Kommentare (12)").
pub(crate) const COMMENT_NOUNS: &[&str] = &[
    "comments",
    "comment",
    "responses",
    "response",
    "replies",
    "kommentare",
    // Austrian papers' forums count "Postings" ("58 Postings").
    "postings",
    "comentarios",
    "commentaires",
    "commenti",
    "comentários",
    "reacties",
    "kommentarer",
    "komentarze",
];

/// Where readers' comments start: "Comments", "23 Comments", "12 Responses", "Leave a
/// Reply", "Join the conversation".
pub(crate) fn opens_comments(line: &str) -> bool {
    // "Responses (27)": the count in brackets.
    let key = line
        .to_lowercase()
        .replace(['(', ')'], " ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    // ("Comments - 7": a separator between the noun and the count.)
    let words: Vec<&str> = key
        .split_whitespace()
        .filter(|w| w.contains(char::is_alphanumeric))
        .collect();
    let number = |n: &str| n.chars().all(|c| c.is_ascii_digit());
    let noun = |w: &str| COMMENT_NOUNS.contains(&w);
    // "23 Comments", "Comments 214"; "Comments (6) Closed": the count and the thread's state.
    let counted = match words.as_slice() {
        [a, b] | [a, b, "closed" | "open"] => (number(a) && noun(b)) || (noun(a) && number(b)),
        _ => false,
    };
    // "3 thoughts on “Headline”", "One response to “Headline”": WordPress's title over
    // its thread, naming the post.
    let on_the_post = match words.as_slice() {
        [n, what, "on" | "to", _, ..] => {
            (number(n) || *n == "one")
                && (noun(what) || ["thoughts", "thought"].contains(what))
                && line.contains(['“', '"', '«', '‘'])
        }
        _ => false,
    };
    counted
        || on_the_post
        || [
            "comments",
            "leave a reply",
            // WordPress's form title, its cancel link pasted on the same line.
            "leave a reply cancel reply",
            "leave a comment",
            "join the conversation",
            "reader comments",
            "reader's comments",
            "readers' comments",
            "discussion",
            "post a comment",
            "add a comment",
            "discussion about this post",
        ]
        .contains(&key.as_str())
        || (words.len() == 1 && noun(words[0]) && words[0] != "comment")
}

/// A field of the form to write a comment ("Name", "Email", "Comment", "Post"): inside a
/// thread, part of it; after a header it opens none ("Comments" over a share bar's "Email").
fn form_field(line: &str) -> bool {
    let key = line.trim().trim_end_matches(['*', ':', ' ']).to_lowercase();
    ["name", "email", "comment", "post", "website"].contains(&key.as_str())
}

/// The furniture of a comment thread: "Reply", "Report", "Maria Lopez says:", "12
/// likes", "Your email address will not be published."
pub(crate) fn comment_furniture(line: &str) -> bool {
    let lower = line.to_lowercase();
    let key = lower.trim_end_matches(['.', ':', '!', '?', ' ']);
    // "Recommend (41)", "Like (3)": a button with its count in brackets.
    let key = key
        .strip_suffix(')')
        .and_then(|k| k.rsplit_once(" ("))
        .filter(|(_, n)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        .map_or(key, |(button, _)| button);
    let author =
        (lower.ends_with(" says:") || lower.ends_with(" wrote:") || lower.ends_with(" said:"))
            && line.split_whitespace().count() <= 6;
    author
        || opens_comments(line)
        || [
            "reply",
            "report",
            // A closed thread's notice, and a paper's button to back a comment.
            "closed",
            "recommend",
            "like",
            "likes",
            "flag",
            "share",
            "no comments yet",
            "be the first to comment",
            "comments are closed",
            "load more comments",
            "show more comments",
            "view more comments",
            "cancel reply",
            "log in to reply",
            // The form's gate for readers not signed in.
            "you must be logged in to post a comment",
            "login to leave a comment",
            "log in to leave a comment",
            "add comment",
            "write a comment",
            "restacks",
            // A blog platform's responses ("Responses (27)", "What are your thoughts?",
            // "Cancel", "Respond", "See all responses").
            "what are your thoughts",
            "respond",
            "cancel",
            "see all responses",
            // A professional network's buttons, sorting and a commenter's degree of
            // connection ("• 2nd").
            "repost",
            "send",
            "most relevant",
            "most recent",
            "open emoji keyboard",
            "• 1st",
            "• 2nd",
            "• 3rd",
            "• 3rd+",
            "share what you think",
            "what do you think",
            // The orders a thread is sorted in.
            "sort by",
            // The link to the thread's rules, over them.
            "comment guidelines",
            "newest",
            "oldest",
            "best rated",
            "worst rated",
            "most liked",
            "top comments",
            "popular",
            "show all comments",
            // "Reply" and a thread's sign-in call in other languages.
            "antworten",
            "melden",
            "kommentieren",
            "neueste zuerst",
            "älteste zuerst",
            "leserempfehlungen",
            "responder",
            "répondre",
            "rispondi",
            "antwoorden",
            "svara",
            "odpowiedz",
            "zaloguj się, aby skomentować",
            "logga in för att kommentera",
            // The badge over the article's author's own reply in the thread.
            "author",
            "more comments",
        ]
        .iter()
        // ("9 Restacks", "36 more comments...": with their count.)
        .any(|f| *f == key || counted(key) == Some(*f))
        || key.chars().all(|c| c.is_ascii_digit()) && !key.is_empty()
        // A comment's count of replies: "Reply : 4".
        || key
            .strip_prefix("reply")
            .is_some_and(|n| n.trim_start_matches([' ', ':']).parse::<u32>().is_ok())
        // A comment's votes: "+14 / -0".
        || (key.starts_with('+')
            && key.contains(|c: char| c.is_ascii_digit())
            && key.chars().all(|c| c.is_ascii_digit() || "+-/ ".contains(c)))
        || key.starts_with("the comments below have not been moderated")
        || key.starts_with("your email address will not be published")
        // "Sie sind nicht angemeldet. Jetzt einloggen oder registrieren, um
        // mitzudiskutieren.", "Log in or register to join the discussion.": the thread's
        // call to sign in.
        || ([
            "um mitzudiskutieren",
            "to join the discussion",
            "in to comment",
            "in to post comment",
            // "Please peer review 3 community comments before your comment can be posted".
            "before your comment",
        ]
            .iter()
            .any(|c| key.contains(c))
            && key.split_whitespace().count() <= 16)
        || is_counter_line(line)
}
