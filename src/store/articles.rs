//! The `articles` and `sources` tables: writing a clipped article (its raw capture is in
//! `captures`, its near-duplicates in `copies`), finding an existing one (same URL, same
//! text), bulk read marks, and reading summaries and whole articles back.

use sqlx::{QueryBuilder, Sqlite, SqliteConnection, SqliteExecutor};

use super::StoreError;
use crate::model::{ArticleSummary, LibrarySort, Via};
use crate::query::Expr;
use crate::query::sql::{push_filter, push_spellings};

/// An article ready to be stored (already extracted and sanitized).
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub url: Option<String>,
    pub canonical_url: Option<String>,
    pub title: String,
    pub byline: Option<String>,
    pub source: Option<String>,
    pub source_domain: Option<String>,
    pub lang: Option<String>,
    pub published_at: Option<String>,
    pub clipped_at: String,
    pub via: Via,
    pub content_html: String,
    pub content_text: String,
    pub word_count: i64,
    pub excerpt: Option<String>,
    pub lead_image: Option<String>,
    /// The standfirst, kept apart from the text (see `clip::Extracted::dek`).
    pub dek: Option<String>,
    pub content_hash: String,
    /// MinHash signature bytes (`clip::dedupe::to_bytes`), when the text is long enough.
    pub minhash: Option<Vec<u8>>,
}

/// The columns of an article that are not part of its summary.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ArticleBody {
    pub canonical_url: Option<String>,
    pub lang: Option<String>,
    pub via: String,
    pub dek: Option<String>,
    pub content_html: String,
    pub content_text: String,
}

#[derive(sqlx::FromRow)]
pub(crate) struct SummaryRow {
    id: i64,
    title: String,
    source: Option<String>,
    byline: Option<String>,
    url: Option<String>,
    published_at: Option<String>,
    clipped_at: String,
    word_count: i64,
    excerpt: Option<String>,
    tags: Option<String>,
    note_count: i64,
    read: bool,
}

impl From<SummaryRow> for ArticleSummary {
    fn from(row: SummaryRow) -> Self {
        let mut tags: Vec<String> = row
            .tags
            .map(|t| t.split('\u{1f}').map(str::to_owned).collect())
            .unwrap_or_default();
        tags.sort_by_key(|t| t.to_lowercase());
        ArticleSummary {
            id: row.id,
            title: row.title,
            source: row.source,
            byline: row.byline,
            url: row.url,
            published_at: row.published_at,
            clipped_at: row.clipped_at,
            word_count: row.word_count,
            excerpt: row.excerpt,
            tags,
            note_count: row.note_count,
            read: row.read,
        }
    }
}

/// The SELECT list shared by every query that returns summaries; `a` is `articles`. The id
/// is named so that a compound query's `ORDER BY` can name it.
pub(crate) const SUMMARY_COLUMNS: &str = "a.id AS id, a.title, s.name AS source, a.byline, a.url, \
    a.published_at, a.clipped_at, a.word_count, a.excerpt, \
    (SELECT group_concat(t.name, char(31)) FROM article_tags at JOIN tags t ON t.id = at.tag_id \
     WHERE at.article_id = a.id) AS tags, \
    (SELECT count(*) FROM notes n WHERE n.article_id = a.id) AS note_count, \
    a.read_at IS NOT NULL AS read";

/// Find or create the source called `name`; returns its id.
pub async fn upsert_source(
    db: impl SqliteExecutor<'_>,
    name: &str,
    domain: Option<&str>,
) -> Result<i64, StoreError> {
    let id = sqlx::query_scalar(
        "INSERT INTO sources (name, domain) VALUES (?1, ?2)
         ON CONFLICT(name) DO UPDATE SET domain = coalesce(sources.domain, excluded.domain)
         RETURNING id",
    )
    .bind(name)
    .bind(domain)
    .fetch_one(db)
    .await?;
    Ok(id)
}

/// Insert an article row and its HTML (its source must already exist); returns the new
/// id. Two statements: run it inside the caller's transaction.
pub async fn insert(
    db: &mut SqliteConnection,
    a: &NewArticle,
    source_id: Option<i64>,
    capture_id: Option<i64>,
) -> Result<i64, StoreError> {
    let id = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "INSERT INTO articles (id, url, canonical_url, title, byline, source_id, lang, published_at,
            published_precision, clipped_at, via, content_text, word_count, excerpt,
            lead_image, content_hash, minhash, capture_id, dek)
         VALUES ({}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, CASE WHEN ?7 IS NULL THEN NULL ELSE 'day' END, ?8, ?9,
            ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
         RETURNING id",
        super::ids::next(super::ids::Numbered::Articles)
    )))
    .bind(&a.url)
    .bind(&a.canonical_url)
    .bind(&a.title)
    .bind(&a.byline)
    .bind(source_id)
    .bind(&a.lang)
    .bind(&a.published_at)
    .bind(&a.clipped_at)
    .bind(a.via.as_str())
    .bind(&a.content_text)
    .bind(a.word_count)
    .bind(&a.excerpt)
    .bind(&a.lead_image)
    .bind(&a.content_hash)
    .bind(&a.minhash)
    .bind(capture_id)
    .bind(&a.dek)
    .fetch_one(&mut *db)
    .await?;
    put_html(db, id, &a.content_html).await?;
    // A new id has no copy yet (a deleted article's went with it): only one to write.
    let dek = a.dek.as_deref().unwrap_or("");
    let byline = a.byline.as_deref().unwrap_or("");
    if let Some(copy) = super::cjk::copy_of([&a.title, dek, byline, &a.content_text, ""]) {
        super::cjk::put(db, id, Some(copy)).await?;
    }
    Ok(id)
}

/// Store (or replace) an article's sanitized HTML, kept in `article_html` so that reading
/// its row never walks past it.
async fn put_html(db: &mut SqliteConnection, id: i64, html: &str) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO article_html (article_id, html) VALUES (?1, ?2)
         ON CONFLICT (article_id) DO UPDATE SET html = excluded.html",
    )
    .bind(id)
    .bind(html)
    .execute(db)
    .await?;
    Ok(())
}

/// Mark the articles `ids` read (at `now`) or unread, in one statement; returns the ids
/// whose state changed. Marking read keeps the first reading's time. Ids that are no
/// article are skipped (see [`first_missing`]).
pub async fn set_read_many(
    db: &mut sqlx::SqliteConnection,
    ids: &[i64],
    read: bool,
    now: &str,
) -> Result<Vec<i64>, StoreError> {
    let ids = serde_json::to_string(ids).map_err(|e| StoreError::Sql(e.to_string()))?;
    Ok(sqlx::query_scalar(
        "UPDATE articles SET read_at = ?2 WHERE id IN (SELECT value FROM json_each(?1))
         AND (read_at IS NULL) = (?2 IS NOT NULL) RETURNING id",
    )
    .bind(ids)
    .bind(read.then_some(now))
    .fetch_all(&mut *db)
    .await?)
}

/// The first of `ids` that is no article, if one is.
pub async fn first_missing(
    db: &mut sqlx::SqliteConnection,
    ids: &[i64],
) -> Result<Option<i64>, StoreError> {
    let ids = serde_json::to_string(ids).map_err(|e| StoreError::Sql(e.to_string()))?;
    Ok(sqlx::query_scalar(
        "SELECT j.value FROM json_each(?1) j
         WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = j.value) LIMIT 1",
    )
    .bind(ids)
    .fetch_optional(&mut *db)
    .await?)
}

/// The article already stored under this canonical URL (its own or a copy's), or with
/// exactly this text; and whether it was the URL that matched.
pub async fn find_existing(
    db: impl SqliteExecutor<'_>,
    canonical_url: Option<&str>,
    content_hash: &str,
) -> Result<Option<(i64, bool)>, StoreError> {
    let id = sqlx::query_as(
        "SELECT id, 1 FROM articles WHERE ?1 IS NOT NULL AND canonical_url = ?1
         UNION ALL
         SELECT article_id, 1 FROM article_copies WHERE ?1 IS NOT NULL AND canonical_url = ?1
         UNION ALL
         SELECT id, 0 FROM articles WHERE content_hash = ?2
         LIMIT 1",
    )
    .bind(canonical_url)
    .bind(content_hash)
    .fetch_optional(db)
    .await?;
    Ok(id)
}

/// The content hash of an article split out of copy `copy_id`: `split_from` finds it by
/// this start, and the hash can never equal the copy's own (it must not dedupe again).
pub fn split_hash(copy_id: i64, content_hash: &str) -> String {
    format!("split-{copy_id}-{content_hash}")
}

/// The article a copy was split out into (its hash made by `split_hash`), if there is one,
/// read from the hash's index.
pub async fn split_from(
    db: impl SqliteExecutor<'_>,
    copy_id: i64,
) -> Result<Option<i64>, StoreError> {
    // '.' follows '-' in ASCII: the range holds every hash starting `split-<id>-`.
    Ok(sqlx::query_scalar(
        "SELECT id FROM articles WHERE content_hash >= ?1 AND content_hash < ?2 LIMIT 1",
    )
    .bind(split_hash(copy_id, ""))
    .bind(format!("split-{copy_id}."))
    .fetch_optional(db)
    .await?)
}

/// The article under this canonical URL, its own or a copy's (`find_existing`'s address half).
pub async fn find_by_canonical_url(
    db: impl SqliteExecutor<'_>,
    canonical_url: &str,
) -> Result<Option<i64>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM articles WHERE canonical_url = ?1 UNION ALL
         SELECT article_id FROM article_copies WHERE canonical_url = ?1 LIMIT 1",
    )
    .bind(canonical_url)
    .fetch_optional(db)
    .await?)
}

/// One article's summary, or `None` when there is no such id.
pub async fn summary(
    db: impl SqliteExecutor<'_>,
    id: i64,
) -> Result<Option<ArticleSummary>, StoreError> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM articles a LEFT JOIN sources s ON s.id = a.source_id \
         WHERE a.id = ?1"
    );
    let row: Option<SummaryRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(db)
        .await?;
    Ok(row.map(Into::into))
}

/// The body columns of one article, or `None` when there is no such id.
pub async fn body(db: impl SqliteExecutor<'_>, id: i64) -> Result<Option<ArticleBody>, StoreError> {
    let row = sqlx::query_as(
        "SELECT a.canonical_url, a.lang, a.via, a.dek, coalesce(h.html, '') AS content_html, a.content_text
         FROM articles a LEFT JOIN article_html h ON h.article_id = a.id WHERE a.id = ?1",
    )
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row)
}

/// Which page of the library to read.
#[derive(Debug, Clone, Default)]
pub struct LibraryAsk<'a> {
    pub tag: Option<&'a str>,
    pub source: Option<&'a str>,
    pub sort: LibrarySort,
    /// The page after this article (keyset pagination: never an OFFSET scan).
    pub after: Option<i64>,
    pub limit: u32,
    /// Only articles matching this query (the search language: fields and words), in the
    /// library's order rather than by relevance.
    pub query: Option<&'a str>,
}

/// One page of the library in `ask.sort` order (empty when `ask.after` is no article),
/// optionally only articles with a tag, from a source or matching `filter` (`ask.query`
/// parsed). Pages are read by key from the date indexes, so the thousandth page costs what
/// the first does.
pub async fn list(
    db: &mut sqlx::SqliteConnection,
    ask: &LibraryAsk<'_>,
    filter: Option<&Expr>,
) -> Result<Vec<ArticleSummary>, StoreError> {
    let column = match ask.sort {
        LibrarySort::Clipped => "a.clipped_at",
        LibrarySort::Published => "a.published_at",
    };
    let cursor: Option<(Option<String>, i64)> = match ask.after {
        Some(id) => {
            let sql = format!("SELECT {column}, a.id FROM articles a WHERE a.id = ?1");
            let found = sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(id)
                .fetch_optional(&mut *db)
                .await?;
            // The article the page starts after is gone (deleted meanwhile): no page.
            if found.is_none() {
                return Ok(Vec::new());
            }
            found
        }
        None => None,
    };
    // Dated rows first (a range on the index), then, for the published order, the rows
    // without a date, newest id first.
    let mut rows: Vec<SummaryRow> = Vec::new();
    let in_undated = matches!(cursor, Some((None, _)));
    if !in_undated {
        let after = match &cursor {
            Some((Some(key), id)) => Some((key.as_str(), *id)),
            _ => None,
        };
        rows = dated_page(ask, filter, after)
            .build_query_as()
            .fetch_all(&mut *db)
            .await?;
    }
    let wanted = ask.limit as usize;
    if rows.len() < wanted && ask.sort == LibrarySort::Published {
        let mut q = library_query(ask, filter);
        q.push(format!(" AND {column} IS NULL"));
        if let Some((None, id)) = &cursor {
            q.push(" AND a.id < ").push_bind(*id);
        }
        q.push(" ORDER BY a.id DESC LIMIT ")
            .push_bind((wanted - rows.len()) as i64);
        rows.extend(q.build_query_as::<SummaryRow>().fetch_all(&mut *db).await?);
    }
    Ok(rows.into_iter().map(Into::into).collect())
}

/// The page of dated articles in `ask.sort` order, newest first, after the article `after`
/// names by its (date, id) key.
fn dated_page(
    ask: &LibraryAsk<'_>,
    filter: Option<&Expr>,
    after: Option<(&str, i64)>,
) -> QueryBuilder<Sqlite> {
    let (column, name) = match ask.sort {
        LibrarySort::Clipped => ("a.clipped_at", "clipped_at"),
        LibrarySort::Published => ("a.published_at", "published_at"),
    };
    let mut q = library_query(ask, filter);
    if let Some((key, id)) = after {
        // Two ranges of the (date, id) index, merged in order: the rest of the key's own
        // date, then the dates before it. The one row-value range `(date, id) < (key, id)`
        // seeks on the date alone and steps over every article of that date with a higher
        // id: an import gives one clip time to all it stores, and a library page of such
        // articles had a p95 of 13.5 ms at 100,000 instead of 2.7 (`clipline bench`).
        q.push(format!(" AND {column} = "))
            .push_bind(key.to_owned())
            .push(" AND a.id < ")
            .push_bind(id)
            .push(" UNION ALL ");
        push_library_select(&mut q, ask, filter);
        q.push(format!(" AND {column} < "))
            .push_bind(key.to_owned());
    } else {
        q.push(format!(" AND {column} IS NOT NULL"));
    }
    q.push(format!(" ORDER BY {name} DESC, id DESC LIMIT "))
        .push_bind(i64::from(ask.limit));
    q
}

/// A new query selecting the summaries of the library articles `ask` and `filter` keep;
/// conditions are added with ` AND ...`.
fn library_query(ask: &LibraryAsk<'_>, filter: Option<&Expr>) -> QueryBuilder<Sqlite> {
    let mut q = QueryBuilder::new("");
    push_library_select(&mut q, ask, filter);
    q
}

/// Append `library_query`'s SELECT to `q` (an arm of a compound query).
fn push_library_select(q: &mut QueryBuilder<Sqlite>, ask: &LibraryAsk<'_>, filter: Option<&Expr>) {
    q.push(format!(
        "SELECT {SUMMARY_COLUMNS} FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE 1 = 1"
    ));
    // Names in any case, beyond ASCII too (see `query::fold::spellings`).
    if let Some(tag) = ask.tag {
        q.push(
            " AND a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id \
             WHERE t.name",
        );
        push_spellings(q, tag);
        q.push(")");
    }
    if let Some(source) = ask.source {
        q.push(" AND a.source_id IN (SELECT id FROM sources WHERE name");
        push_spellings(q, source);
        q.push(")");
    }
    if let Some(filter) = filter {
        q.push(" AND ");
        push_filter(q, filter);
    }
}

/// Summaries for the given ids, in the order given (missing ids are skipped).
pub async fn summaries(
    db: impl SqliteExecutor<'_>,
    ids: &[i64],
) -> Result<Vec<ArticleSummary>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
        "SELECT {SUMMARY_COLUMNS} FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id IN ("
    ));
    let mut sep = q.separated(", ");
    for id in ids {
        sep.push_bind(*id);
    }
    q.push(")");
    let rows: Vec<SummaryRow> = q.build_query_as().fetch_all(db).await?;
    let mut found: Vec<ArticleSummary> = rows.into_iter().map(Into::into).collect();
    found.sort_by_key(|s| ids.iter().position(|id| *id == s.id));
    Ok(found)
}

/// The title and the address a citation gives (`Article::link`: where it was clipped
/// from, else the address it names as its own) of each of `ids` that exists, read a few
/// hundred at a time (SQLite's limit on bound values).
pub async fn titles_and_links(
    db: &mut SqliteConnection,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, (String, Option<String>)>, StoreError> {
    let mut found = std::collections::HashMap::new();
    for chunk in ids.chunks(500) {
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
            "SELECT id, title, coalesce(url, canonical_url) FROM articles WHERE id IN (",
        );
        let mut sep = q.separated(", ");
        for id in chunk {
            sep.push_bind(*id);
        }
        q.push(")");
        let rows: Vec<(i64, String, Option<String>)> =
            q.build_query_as().fetch_all(&mut *db).await?;
        found.extend(
            rows.into_iter()
                .map(|(id, title, link)| (id, (title, link))),
        );
    }
    Ok(found)
}

/// Counts for the notebook overview: (articles, notes, tags on at least one article).
pub async fn counts(db: impl SqliteExecutor<'_>) -> Result<(i64, i64, i64), StoreError> {
    let row: (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM notes),
                (SELECT count(*) FROM tags t
                 WHERE EXISTS (SELECT 1 FROM article_tags x WHERE x.tag_id = t.id))",
    )
    .fetch_one(db)
    .await?;
    Ok(row)
}

/// Replace what extraction gave an article (title, byline, dates, text, HTML,
/// fingerprints), leaving its notes, tags, highlights and clip time alone. Two
/// statements: run it inside the caller's transaction.
pub async fn update_extracted(
    db: &mut SqliteConnection,
    id: i64,
    a: &NewArticle,
    source_id: Option<i64>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE articles SET title = ?2, byline = ?3, source_id = coalesce(?4, source_id), lang = ?5,
            published_at = ?6, published_precision = CASE WHEN ?6 IS NULL THEN NULL ELSE 'day' END,
            content_text = ?7, word_count = ?8, excerpt = ?9, lead_image = ?10,
            content_hash = ?11, minhash = ?12, dek = ?13
         WHERE id = ?1",
    )
    .bind(id)
    .bind(&a.title)
    .bind(&a.byline)
    .bind(source_id)
    .bind(&a.lang)
    .bind(&a.published_at)
    .bind(&a.content_text)
    .bind(a.word_count)
    .bind(&a.excerpt)
    .bind(&a.lead_image)
    .bind(&a.content_hash)
    .bind(&a.minhash)
    .bind(&a.dek)
    .execute(&mut *db)
    .await?;
    put_html(db, id, &a.content_html).await?;
    super::cjk::refresh(db, id).await
}

/// Delete the given articles with everything hanging off them (notes, highlights, tags,
/// mentions, events, copies: the schema cascades), and the raw captures no remaining
/// article or copy was made from. Returns the ids that were there, in the order given.
/// Run it inside the caller's transaction.
pub async fn delete_many(
    db: &mut sqlx::SqliteConnection,
    ids: &[i64],
) -> Result<Vec<i64>, StoreError> {
    let mut deleted = Vec::new();
    let mut captures: Vec<i64> = Vec::new();
    for &id in ids {
        let copies: Vec<Option<i64>> =
            sqlx::query_scalar("SELECT capture_id FROM article_copies WHERE article_id = ?1")
                .bind(id)
                .fetch_all(&mut *db)
                .await?;
        let row: Option<(i64, Option<i64>)> =
            sqlx::query_as("DELETE FROM articles WHERE id = ?1 RETURNING id, capture_id")
                .bind(id)
                .fetch_optional(&mut *db)
                .await?;
        if let Some((id, capture)) = row {
            deleted.push(id);
            captures.extend(capture);
            captures.extend(copies.into_iter().flatten());
        }
    }
    captures.sort_unstable();
    captures.dedup();
    for capture in captures {
        sqlx::query(
            "DELETE FROM captures WHERE id = ?1
             AND NOT EXISTS (SELECT 1 FROM articles WHERE capture_id = ?1)
             AND NOT EXISTS (SELECT 1 FROM article_copies WHERE capture_id = ?1)",
        )
        .bind(capture)
        .execute(&mut *db)
        .await?;
    }
    Ok(deleted)
}

/// The names of the sources at least one article comes from, alphabetically.
pub async fn source_names(db: impl SqliteExecutor<'_>) -> Result<Vec<String>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT s.name FROM sources s
         WHERE EXISTS (SELECT 1 FROM articles a WHERE a.source_id = s.id)
         ORDER BY s.name COLLATE NOCASE",
    )
    .fetch_all(db)
    .await?)
}

#[cfg(test)]
mod tests;
