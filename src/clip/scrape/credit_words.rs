//! The agencies that credit pictures and stories, which `credits` reads captions and
//! credits by: facts about the wires and picture libraries, not any one page's words.

/// News and picture agencies that credit photographs under their full names.
pub(super) const OTHER_AGENCIES: &[&str] = &[
    "europa press",
    "keystone",
    "ap photo",
    "anadolu",
    "anadolu agency",
    "imago",
    "picture alliance",
    "reuters pictures",
    "epa images",
    "sopa images",
    "zuma press",
    // The British wire's pictures, as The Independent and the Evening Standard credit them.
    "pa wire",
    "pa media",
    "pa archive",
    "tt nyhetsbyrån",
    "scanpix",
    "ritzau scanpix",
    "ntb scanpix",
    "east news",
];

/// Agencies whose photo credits read "AGENCY/Name".
#[rustfmt::skip]
pub(super) const NEWS_AGENCIES: &[&str] = &[
    "REUTERS", "Reuters", "AFP", "AP", "EPA", "EPA-EFE", "EFE", "DPA", "ANP", "ANSA", "XINHUA",
    "KYODO", "YONHAP", "PTI", "ANI", "IANS", "AAP", "TASS", "SIPA", "PA", "BLOOMBERG",
    // The Nordic, Polish, Austrian, Belgian and Portuguese wires.
    "TT", "NTB", "Ritzau", "STT", "PAP", "APA", "Belga", "BELGA", "Lusa", "LUSA",
    // The Gulf states' wires (Saudi, Emirati, Qatari, Kuwaiti).
    "SPA", "WAM", "QNA", "KUNA",
    // Taiwan's Central News Agency and the Philippine News Agency.
    "CNA", "PNA",
];

/// Picture agencies, whose names in a credit are not the page's outlet.
pub(crate) const PHOTO_AGENCIES: &[&str] = &[
    "getty images",
    "getty",
    "shutterstock",
    "alamy",
    "istock",
    "adobe stock",
    "unsplash",
    "pexels",
];
