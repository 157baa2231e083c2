//! Near-duplicate text: a MinHash signature of an article's word shingles, and the LSH
//! bands under which the store indexes it.
//!
//! A syndicated copy or a re-clip of the same story differs in boilerplate, a changed
//! headline or a correction, so exact hashes miss it. MinHash (Broder 1997) estimates the
//! Jaccard similarity of two shingle sets from how many of their per-function minima agree;
//! it stays reliable on 300-word news stories, where SimHash flips too many bits for a small
//! edit. Written by hand: it is a few dozen lines, and the crates that offer it bring
//! tokenizers and hashers we do not want.
//!
//! Lookup: the 32 minima are cut into 8 bands of 4; two texts of Jaccard 0.9 share a band
//! with probability above 0.999, so the store finds candidates through an index on band
//! keys, then keeps those whose estimated similarity reaches `NEAR_DUPLICATE`.

/// Estimated shingle overlap at or above which two texts are the same story.
pub const NEAR_DUPLICATE: f64 = 0.8;

/// Texts shorter than this many words are too short to call near-duplicates.
pub const MIN_WORDS: usize = 40;

/// Number of hash functions in a signature.
pub const HASHES: usize = 32;

/// Number of LSH bands (rows per band = HASHES / BANDS).
pub const BANDS: usize = 8;

/// A MinHash signature: the minimum of each hash function over the text's 3-word shingles.
pub type Signature = [u32; HASHES];

/// The signature of a text over lower-cased 3-word shingles; `None` for short texts.
pub fn signature(text: &str) -> Option<Signature> {
    // The opening 400 KB says whether two texts are the same story; past it, hashing a
    // hostile page's millions of words would only cost time.
    let text = crate::analyze::analyzed_prefix(text);
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() < MIN_WORDS {
        return None;
    }
    let mut sig = [u32::MAX; HASHES];
    for shingle in words.windows(3) {
        let base = fnv1a(shingle);
        for (i, slot) in sig.iter_mut().enumerate() {
            let h = (mix(base ^ SEEDS[i]) >> 32) as u32;
            if h < *slot {
                *slot = h;
            }
        }
    }
    Some(sig)
}

/// The estimated Jaccard similarity of the texts behind two signatures (0.0 to 1.0).
pub fn similarity(a: &Signature, b: &Signature) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / HASHES as f64
}

/// Whether two near-identical texts are still two stories: told under different headlines
/// and published more than `DAYS_APART` days apart, as a company's press releases are that
/// share their "About" and forward-looking-statements blocks. A syndicated copy runs within
/// a day of the original, and a re-clip of a story keeps its publication date. Each side is
/// (headline, publication date as RFC 3339 or a date); an unknown date tells nothing.
pub fn told_apart(a: (&str, Option<&str>), b: (&str, Option<&str>)) -> bool {
    let day = |d: Option<&str>| {
        d.and_then(|d| d.get(..10))
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    };
    let (Some(x), Some(y)) = (day(a.1), day(b.1)) else {
        return false;
    };
    let headline = |t: &str| {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    (x - y).num_days().abs() > DAYS_APART && headline(a.0) != headline(b.0)
}

/// Publication days two copies of one story may lie apart (a wire story runs the next day
/// in a weekly, or after a time-zone turn).
const DAYS_APART: i64 = 2;

/// The band keys of a signature: the band's index in the high bits and a hash of its rows
/// below, so equal rows in different bands never collide. Stored as SQLite integers.
pub fn bands(sig: &Signature) -> [i64; BANDS] {
    let rows = HASHES / BANDS;
    std::array::from_fn(|band| {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for v in &sig[band * rows..(band + 1) * rows] {
            h = mix(h ^ u64::from(*v));
        }
        ((band as i64) << 56) | (h >> 8) as i64
    })
}

/// Encode a signature for storage (little-endian, 128 bytes).
pub fn to_bytes(sig: &Signature) -> Vec<u8> {
    sig.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// Decode a stored signature; `None` when the bytes are not one.
pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
    if bytes.len() != HASHES * 4 {
        return None;
    }
    let mut sig = [0u32; HASHES];
    for (i, chunk) in bytes.chunks_exact(4).enumerate() {
        sig[i] = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
    }
    Some(sig)
}

/// Fixed seeds: signatures must stay comparable across runs and versions.
const SEEDS: [u64; HASHES] = {
    let mut seeds = [0u64; HASHES];
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut i = 0;
    while i < HASHES {
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        seeds[i] = x;
        i += 1;
    }
    seeds
};

/// SplitMix64's finaliser: a cheap, well-mixed 64-bit permutation.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// 64-bit FNV-1a over the shingle's words, stable across runs and platforms.
fn fnv1a(words: &[String]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Harbor Semiconductor said on Tuesday that it will spend 4.2 billion dollars on a new \
        fabrication plant outside Columbus, Ohio, its largest investment in the United States and the first new \
        chip factory in the state in two decades. The company expects the plant to employ about 1,800 people when \
        it opens in 2027, and said construction would begin this summer. State officials have offered 310 million \
        dollars in tax credits over ten years, according to documents reviewed by reporters. We are building where \
        our customers are, chief executive Lena Marsh told reporters at the site. Harbor makes power-management \
        chips used in electric vehicles and data-centre servers, two markets where demand has outrun supply since \
        2023. Analysts said the investment would strain the balance sheet of the company, which ended last year \
        with 1.1 billion dollars in cash and will borrow the rest, chief financial officer Tomas Reyes said on a \
        call with investors. Its shares fell three percent in early trading on the news. The Ohio plant is the \
        third large semiconductor project announced in the Midwest this year, after expansions in Indiana and \
        Michigan that together promise more than 4,000 jobs. Local officials said the site, a former farm of about \
        nine hundred acres, already had water and power lines in place, which shortened the permitting process. \
        Construction unions welcomed the news and said they expected to hire apprentices from nearby counties.";

    #[test]
    fn a_syndicated_copy_with_a_changed_line_is_a_near_duplicate() {
        let copy = STORY.replace("this summer", "in the summer") + " Reporting by the wire desk.";
        let (a, b) = (signature(STORY).unwrap(), signature(&copy).unwrap());
        assert!(
            similarity(&a, &b) >= NEAR_DUPLICATE,
            "similarity {}",
            similarity(&a, &b)
        );
        assert!(
            bands(&a).iter().any(|x| bands(&b).contains(x)),
            "the copy is a candidate"
        );
        assert_eq!(
            signature(STORY),
            signature(&STORY.to_uppercase()),
            "case does not matter"
        );
        assert_eq!(from_bytes(&to_bytes(&a)), Some(a));
    }

    #[test]
    fn different_stories_are_far_apart() {
        let other = "Barge traffic through the Delta's busiest river port fell by a third in August as a drought \
            pushed water levels to their lowest in fifteen years, the port authority said on Monday. Operators cut \
            loads to keep barges afloat, raising the cost of moving grain and fertiliser downstream, and shippers \
            said rates had roughly doubled since July as smaller carriers suspended routes.";
        let sim = similarity(&signature(STORY).unwrap(), &signature(other).unwrap());
        assert!(sim < 0.2, "unrelated texts share few minima, got {sim}");
    }

    #[test]
    fn stories_days_apart_under_other_headlines_are_told_apart() {
        let dividend = (
            "Harbor declares quarterly dividend",
            Some("2025-07-10T13:00:00Z"),
        );
        let cfo = ("Harbor names Tomas Reyes finance chief", Some("2025-07-22"));
        assert!(
            told_apart(dividend, cfo),
            "two press releases, 12 days apart"
        );
        assert!(
            !told_apart(
                dividend,
                ("Harbor declares quarterly dividend", Some("2025-07-22"))
            ),
            "the same headline re-published later is the same story"
        );
        assert!(
            !told_apart(
                dividend,
                ("Harbor to pay 20-cent dividend", Some("2025-07-11"))
            ),
            "a syndicated copy under its own headline the next day"
        );
        assert!(
            !told_apart(dividend, ("Harbor names Tomas Reyes finance chief", None)),
            "an unknown date tells nothing"
        );
        assert!(
            !told_apart(
                dividend,
                ("HARBOR DECLARES QUARTERLY DIVIDEND!", Some("2026-01-01"))
            ),
            "headlines compare by their words"
        );
    }

    #[test]
    fn short_texts_and_bad_bytes_give_no_signature() {
        assert_eq!(signature("too short to judge"), None);
        assert_eq!(from_bytes(&[1, 2, 3]), None);
    }
}
