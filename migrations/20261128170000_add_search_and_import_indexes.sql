-- Schema v2, for scale (issue 6). Each capture remembers the SHA-256 of its bytes, so a bulk import that is
-- run again (after an interruption) skips files it already stored without re-extracting
-- them. Captures stored before v2 have no digest; their files are recognised by the
-- usual duplicate checks instead.
ALTER TABLE captures ADD COLUMN digest TEXT;
CREATE INDEX captures_by_digest ON captures(digest) WHERE digest IS NOT NULL;

-- The day an article sorts and filters by (`after:`, `before:`, the fields-only search
-- order): the same expression `query::sql` writes, so SQLite reads it from this index.
CREATE INDEX articles_by_day ON articles(substr(coalesce(published_at, clipped_at), 1, 10), id);

-- How many articles hold each indexed term: the search planner's estimate of how many
-- articles a word matches, read without running the match.
CREATE VIRTUAL TABLE articles_fts_terms USING fts5vocab(articles_fts, row);

-- Which copies a capture gave (a re-run import reports them without re-extracting).
CREATE INDEX article_copies_by_capture ON article_copies(capture_id);
