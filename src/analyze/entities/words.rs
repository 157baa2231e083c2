//! The word lists behind the suggestion rules: words that never start or form a name,
//! corporate suffixes, cue words and role phrases. Lists are space-separated strings so
//! they stay easy to read and extend.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::tokens::Token;

/// Function words, months, weekdays, nationalities, roles and page-chrome words.
const STOPWORDS: &str = "\
    a about according after again all also although an analysts and another any are as at be because \
    before being both but by can chief click comments companies could critics despite did do does don't \
    during each earlier even every ex explore first for former from had has have he her here his how \
    however i if in instead into investors is it its join just last later like many may meanwhile more \
    most mr mrs ms my new next no nor not now of officials on one only or other our over people read \
    related researchers said says several she shares should since so some still such than that the their \
    them then there these they this those though three to today tomorrow top two under unlike until \
    users was we were what when where which while who whom whose why will with would yesterday yet you \
    your sign subscribe share follow watch listen breaking live update exclusive opinion analysis \
    editorial see try sure big large small major leading generative artificial open responsible physical \
    agentic sovereign conversational general digital smart social tech technology data cloud global \
    international national federal state public private senior vice managing acting interim deputy \
    executive officer ceo cfo cto coo president chairman chairwoman founder co-founder director minister \
    secretary governor commissioner head analyst spokesperson spokesman spokeswoman prime dear thanks \
    yes well january february march april june july august september october november december jan feb \
    mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday \
    american british chinese european french german indian japanese korean south north east west russian \
    italian spanish canadian australian israeli saudi emirati dutch swiss swedish irish brazilian \
    mexican taiwanese asian african western eastern united kingdom states u.s. us uk eu ai visit learn \
    shop buy contact call email find discover meet download register book order company limited \
    liability dr prof i’m i'm best free please note";

/// Words that are not part of a person's name, though capitalised in job titles and
/// headings ("Chief Insurance Operations Officer", "Head of Marketing").
const NON_NAME_WORDS: &str = "\
    solutions services systems media program programs marketing sales operations finance product \
    products data insurance security officer office team department university institute center centre \
    college school council committee board news times post journal training management development \
    engineering research strategy technologies business communications resources growth revenue customer \
    customers information cyber clinical medical legal affairs content partnerships innovation design \
    creative brand analytics investment investments risk compliance commercial corporate policy \
    economics editor music fitness events consulting consultants capital partners ventures labs group \
    holdings inc llc ltd bank fund foundation association agency ministry authority commission court \
    party club league union airlines motors hospital health care energy power water food foods concerns \
    outlines says warns calls plans launches unveils announces";

/// Endings of abstract nouns, never of a first or last name ("Operations", "Management").
const NOUN_ENDINGS: &[&str] = &[
    "tion", "tions", "ment", "ments", "ness", "ity", "ities", "ics", "ology", "ship", "ships",
];

/// Legal-form suffixes: the name before them is a company ("Acme Robotics Inc.").
pub(super) const LEGAL_SUFFIXES: &[&str] = &[
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Ltd",
    "Ltd.",
    "LLC",
    "PLC",
    "plc",
    "AG",
    "SA",
    "S.A.",
    "GmbH",
    "N.V.",
    "Co.",
];

/// Name-part suffixes: part of the name itself ("Acme Group", "Quill Labs", "Nimbus AI").
pub(super) const NAME_SUFFIXES: &[&str] = &[
    "Group",
    "Holdings",
    "Technologies",
    "Labs",
    "AI",
    "Industries",
    "Therapeutics",
    "Pharmaceuticals",
    "Airlines",
];

/// Lowercase words that introduce a company name ("the startup Quillbot").
pub(super) const ORG_CUES: &[&str] = &[
    "startup",
    "start-up",
    "company",
    "firm",
    "chipmaker",
    "carmaker",
    "automaker",
    "drugmaker",
    "lender",
    "retailer",
    "insurer",
    "conglomerate",
    "manufacturer",
    "subsidiary",
    "unicorn",
];

/// Role phrases, one per comma-separated item, longest first.
const ROLES: &str = "\
    chief executive officer, chief financial officer, chief technology officer, chief operating officer, \
    chief ai officer, chief scientist, chief executive, managing director, vice president, ceo, cfo, \
    cto, coo, co-founder, cofounder, founder, chairman, chairwoman, chair, president, director, analyst, \
    economist, spokesperson, spokesman, spokeswoman, minister, secretary, governor, commissioner, chief, \
    head, senator, professor";

fn set(
    cell: &'static OnceLock<HashSet<&'static str>>,
    list: &'static str,
) -> &'static HashSet<&'static str> {
    cell.get_or_init(|| list.split_whitespace().collect())
}

/// A function word, month, weekday, nationality, role or other word that never starts or
/// forms a name on its own (lowercase input).
pub(super) fn is_stopword(lower: &str) -> bool {
    static CELL: OnceLock<HashSet<&'static str>> = OnceLock::new();
    set(&CELL, STOPWORDS).contains(lower)
}

/// A word that is a noun of job titles and headings, never part of a person's name
/// (lowercase input).
pub(super) fn is_non_name(lower: &str) -> bool {
    static CELL: OnceLock<HashSet<&'static str>> = OnceLock::new();
    set(&CELL, NON_NAME_WORDS).contains(lower)
        || NOUN_ENDINGS
            .iter()
            .any(|end| lower.len() > end.len() + 2 && lower.ends_with(end))
}

/// The length of the role phrase starting at `tokens[i]`, if one does (all words joined).
pub(super) fn role_at(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    static ROLE_LIST: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let roles = ROLE_LIST.get_or_init(|| {
        ROLES
            .split(',')
            .map(|r| r.split_whitespace().collect())
            .collect()
    });
    roles
        .iter()
        .find(|role| {
            i + role.len() <= tokens.len()
                && role.iter().enumerate().all(|(k, word)| {
                    tokens[i + k].lower() == *word
                        && (k + 1 == role.len() || tokens[i + k].joined())
                })
        })
        .map(Vec::len)
}
