//! A scale notebook's raw material: N realistic news pages written as HTML files, built
//! from the text of the development corpus (`../shared/corpus`) so that the clipper, the
//! analyser and the indexes meet real prose, real outlets and real entity names.
//!
//! Each page recombines paragraphs: two from one corpus article (whose title and byline
//! it borrows) and the rest drawn from the whole pool, so that no two pages are near
//! duplicates of each other. Outlets follow a skewed (Zipf-like) distribution over the
//! corpus's domains, and publication dates spread over 2018–2026. The pages then go through
//! the real `import` pipeline; nothing is inserted into the database directly.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use super::{EvalError, load_set};
use crate::clip::text::escape_html;

/// The text a generator draws from.
#[derive(Debug, Clone, Default)]
pub struct Material {
    /// (title, byline, paragraphs) of each corpus article.
    pub articles: Vec<(String, Option<String>, Vec<String>)>,
    /// Every paragraph of every article, for recombination.
    pub paragraphs: Vec<String>,
    /// Outlets as (name, domain), most frequent first.
    pub outlets: Vec<(String, String)>,
}

impl Material {
    /// Read the WCXB development set and the Wikinews timeline set under `corpus`.
    /// Errs when neither is there.
    pub fn load(corpus: &Path) -> Result<Material, EvalError> {
        let mut m = Material::default();
        let mut domains: Vec<(String, usize)> = Vec::new();
        for case in load_set(&corpus.join("wcxb-dev"))? {
            let (Some(title), Some(body)) = (case.gold.title, case.gold.body) else {
                continue;
            };
            let paras: Vec<String> = body
                .split('\n')
                .map(str::trim)
                .filter(|p| p.split_whitespace().count() >= 12)
                .map(str::to_string)
                .collect();
            if paras.len() < 2 {
                continue;
            }
            if let Some(domain) = case.url.as_deref().and_then(domain_of) {
                match domains.iter_mut().find(|(d, _)| *d == domain) {
                    Some((_, n)) => *n += 1,
                    None => domains.push((domain, 1)),
                }
            }
            m.paragraphs.extend(paras.iter().cloned());
            m.articles.push((title, case.gold.byline, paras));
        }
        if let Ok(text) = fs::read_to_string(corpus.join("timeline-dev/docs.json"))
            && let Ok(serde_json::Value::Object(docs)) = serde_json::from_str(&text)
        {
            for doc in docs.values() {
                let title = doc["title"].as_str().unwrap_or_default().to_string();
                let sentences: Vec<&str> = doc["sentences"]
                    .as_array()
                    .map(|a| a.iter().filter_map(|s| s.as_str()).collect())
                    .unwrap_or_default();
                // Wikinews articles are short: three sentences make a paragraph.
                let paras: Vec<String> = sentences.chunks(3).map(|c| c.join(" ")).collect();
                if title.is_empty() || paras.len() < 2 {
                    continue;
                }
                m.paragraphs.extend(paras.iter().cloned());
                m.articles.push((title, None, paras));
            }
        }
        if m.articles.is_empty() {
            return Err(EvalError::UnknownLayout(corpus.to_path_buf()));
        }
        domains.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        m.outlets = domains
            .into_iter()
            .map(|(d, _)| (outlet_name(&d), d))
            .collect();
        if m.outlets.is_empty() {
            m.outlets
                .push(("Example News".into(), "news.example".into()));
        }
        Ok(m)
    }
}

/// A small seeded generator (splitmix64). Written here rather than taken from `rand`
/// because the pages must be the same for a seed across crate versions, which `rand`'s
/// generators do not promise.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// An index in `0..n` skewed toward 0 (roughly Zipf with exponent 1).
    pub fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        (((n as f64 + 1.0).powf(u) - 1.0) as usize).min(n - 1)
    }
}

/// One generated page: its file name and HTML.
#[derive(Debug, Clone)]
pub struct Page {
    pub name: String,
    pub html: String,
}

/// Page number `i` of the set generated with `seed`: the same inputs give the same page.
pub fn page(m: &Material, seed: u64, i: usize) -> Page {
    let mut rng = Rng::new(seed.wrapping_mul(1_000_003).wrapping_add(i as u64));
    let (title, byline, own) = &m.articles[rng.below(m.articles.len())];
    let (outlet, domain) = &m.outlets[rng.skewed(m.outlets.len())];
    let mut paras: Vec<&str> = own.iter().take(2).map(String::as_str).collect();
    for _ in 0..4 + rng.below(8) {
        paras.push(&m.paragraphs[rng.below(m.paragraphs.len())]);
    }
    // 2018-01-01 plus up to ~8.8 years, at a time of day.
    let day = chrono::NaiveDate::from_ymd_opt(2018, 1, 1).expect("a valid date")
        + chrono::Days::new(rng.below(3_200) as u64);
    let published = format!("{day}T{:02}:{:02}:00Z", 6 + rng.below(14), rng.below(60));
    let url = format!(
        "https://{domain}/{}/{}-{i}",
        day.format("%Y/%m"),
        slug(title)
    );
    let mut html = String::with_capacity(8_192);
    let t = escape_html(title);
    let _ = write!(
        html,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{t} | {o}</title>\
         <link rel=\"canonical\" href=\"{u}\"><meta property=\"og:site_name\" content=\"{o}\">\
         <meta property=\"og:title\" content=\"{t}\">\
         <meta property=\"article:published_time\" content=\"{published}\"></head><body>\
         <header><nav><a href=\"/\">{o}</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a></nav></header>\
         <main><article><h1>{t}</h1>",
        o = escape_html(outlet),
        u = escape_html(&url),
    );
    if let Some(by) = byline {
        let _ = write!(
            html,
            "<p class=\"byline\">By <span class=\"author\">{}</span></p>",
            escape_html(by)
        );
    }
    let _ = write!(
        html,
        "<time datetime=\"{published}\">{}</time>",
        day.format("%B %-d, %Y")
    );
    for p in paras {
        let _ = write!(html, "<p>{}</p>", escape_html(p));
    }
    html.push_str(
        "</article><aside><h2>Most read</h2><ul><li><a href=\"/a\">Markets wrap</a></li>\
         <li><a href=\"/b\">Weather</a></li></ul></aside></main><footer>© Example</footer></body></html>",
    );
    Page {
        name: format!("{i:07}.html"),
        html,
    }
}

/// Write pages `0..n` of `seed` into `dir` (created if missing), skipping files already
/// there; `progress(done)` after each. Returns the paths, in order.
pub fn write_pages(
    m: &Material,
    seed: u64,
    n: usize,
    dir: &Path,
    mut progress: impl FnMut(usize),
) -> std::io::Result<Vec<PathBuf>> {
    fs::create_dir_all(dir)?;
    let mut paths = Vec::with_capacity(n);
    for i in 0..n {
        let p = page(m, seed, i);
        let path = dir.join(&p.name);
        if !path.exists() {
            fs::write(&path, p.html)?;
        }
        paths.push(path);
        progress(i + 1);
    }
    Ok(paths)
}

fn domain_of(url: &str) -> Option<String> {
    let host = url::Url::parse(url).ok()?.host_str()?.to_lowercase();
    Some(host.strip_prefix("www.").unwrap_or(&host).to_string())
}

/// "indianexpress.com" -> "Indianexpress": a readable outlet name from a domain.
fn outlet_name(domain: &str) -> String {
    let stem = domain.split('.').next().unwrap_or(domain);
    let mut c = stem.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn slug(title: &str) -> String {
    let s: String = title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    s.split('-')
        .filter(|w| !w.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn material() -> Material {
        Material {
            articles: vec![
                (
                    "Meta raises spending".into(),
                    Some("Ann Lee".into()),
                    vec!["Meta said on Monday it would spend more on data centers this year than planned.".into(); 3],
                ),
                ("EU & minors".into(), None, vec!["The European Commission proposed rules on age checks for social media platforms in Brussels.".into(); 2]),
            ],
            paragraphs: (0..50).map(|i| format!("Paragraph {i} tells of a company that reported results for the quarter to investors.")).collect(),
            outlets: vec![("Reuters".into(), "reuters.com".into()), ("Hindu".into(), "thehindu.com".into())],
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_pages_and_another_seed_others() {
        let m = material();
        assert_eq!(page(&m, 7, 3).html, page(&m, 7, 3).html);
        assert_ne!(page(&m, 7, 3).html, page(&m, 8, 3).html);
        assert_ne!(page(&m, 7, 3).html, page(&m, 7, 4).html);
    }

    #[test]
    fn pages_are_escaped_and_carry_the_metadata_the_clipper_reads() {
        let m = material();
        let html = (0..20)
            .map(|i| page(&m, 1, i).html)
            .find(|h| h.contains("EU &amp; minors"))
            .expect("the second article is drawn");
        assert!(!html.contains("EU & minors"), "titles are escaped");
        assert!(html.contains("article:published_time"));
        assert!(html.contains("rel=\"canonical\""));
    }

    #[test]
    fn skewed_draws_favour_the_first_outlets() {
        let mut rng = Rng::new(1);
        let firsts = (0..1000).filter(|_| rng.skewed(20) < 3).count();
        assert!(
            firsts > 300,
            "a Zipf-like draw puts many picks on the top outlets: {firsts}"
        );
    }
}
