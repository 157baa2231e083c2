-- Clipline notebook, schema v1 (DESIGN.md §2). Append-only: later changes are new files.

-- Outlets: Reuters, The Hindu, Indian Express, ...
CREATE TABLE sources (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL COLLATE NOCASE UNIQUE,
    domain  TEXT
);

-- Clusters of articles that report the same happening across outlets.
CREATE TABLE stories (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL,
    first_article_id  INTEGER,
    created_at        TEXT NOT NULL
);

-- Raw bytes as fetched or pasted: kept so extraction can be re-run, never rendered.
-- One capture can hold several articles (a text scrape of a page).
CREATE TABLE captures (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('url', 'html', 'text', 'file', 'feed', 'extension')),
    url           TEXT,
    content_type  TEXT,
    bytes         BLOB NOT NULL,
    captured_at   TEXT NOT NULL
);

CREATE TABLE articles (
    id                   INTEGER PRIMARY KEY,
    url                  TEXT,
    canonical_url        TEXT UNIQUE,
    title                TEXT NOT NULL,
    dek                  TEXT,
    byline               TEXT,
    source_id            INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    lang                 TEXT,
    published_at         TEXT,
    published_precision  TEXT CHECK (published_precision IN ('day', 'month', 'quarter', 'year')),
    clipped_at           TEXT NOT NULL,
    via                  TEXT NOT NULL CHECK (via IN ('url', 'html', 'text', 'file', 'feed', 'extension')),
    content_html         TEXT NOT NULL,
    content_text         TEXT NOT NULL,
    -- all of the article's notes, kept in step by triggers so FTS can index them
    notes_text           TEXT NOT NULL DEFAULT '',
    word_count           INTEGER NOT NULL,
    excerpt              TEXT,
    lead_image           TEXT,
    content_hash         TEXT NOT NULL,
    -- MinHash signature of the text (clip::dedupe), for near-duplicate detection
    minhash              BLOB,
    capture_id           INTEGER REFERENCES captures(id) ON DELETE SET NULL,
    story_id             INTEGER REFERENCES stories(id) ON DELETE SET NULL,
    read_at              TEXT
);
CREATE INDEX articles_by_published ON articles(published_at, id);
CREATE INDEX articles_by_clipped ON articles(clipped_at, id);
CREATE INDEX articles_by_source ON articles(source_id, published_at);
CREATE INDEX articles_by_hash ON articles(content_hash);
CREATE INDEX articles_by_story ON articles(story_id) WHERE story_id IS NOT NULL;
CREATE INDEX articles_by_capture ON articles(capture_id);

-- LSH band keys of each article's MinHash: candidates for near-duplicates share one.
CREATE TABLE article_bands (
    band        INTEGER NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
CREATE INDEX article_bands_by_article ON article_bands(article_id);

-- Other addresses and outlets an article was seen at: syndicated copies and re-clips that
-- joined it instead of becoming twins ("also at"). A user can split one back out.
CREATE TABLE article_copies (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url            TEXT,
    canonical_url  TEXT,
    title          TEXT NOT NULL,
    source_id      INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    capture_id     INTEGER REFERENCES captures(id) ON DELETE SET NULL,
    similarity     REAL NOT NULL,
    seen_at        TEXT NOT NULL
);
CREATE INDEX article_copies_by_article ON article_copies(article_id);
CREATE UNIQUE INDEX article_copies_by_url ON article_copies(canonical_url) WHERE canonical_url IS NOT NULL;


CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX notes_by_article ON notes(article_id);

-- W3C TextQuote (exact/prefix/suffix) + TextPosition (start/end over content_text).
CREATE TABLE highlights (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    exact       TEXT NOT NULL,
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    color       TEXT NOT NULL DEFAULT 'yellow',
    note        TEXT,
    orphaned    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);
CREATE INDEX highlights_by_article ON highlights(article_id);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL COLLATE NOCASE UNIQUE
);

CREATE TABLE article_tags (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags(tag_id, article_id);

CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    -- the registry key ("meta") or a key made for a user's own entity ("user:...")
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL COLLATE NOCASE,
    kind        TEXT NOT NULL CHECK (kind IN ('company', 'person', 'org', 'place', 'product')),
    parent_id   INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    -- registry | detected | user: user edits win over detection
    origin      TEXT NOT NULL DEFAULT 'registry' CHECK (origin IN ('registry', 'detected', 'user')),
    rejected    INTEGER NOT NULL DEFAULT 0,
    merged_into INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX entities_by_name ON entities(name);

CREATE TABLE entity_aliases (
    alias      TEXT NOT NULL COLLATE NOCASE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    origin     TEXT NOT NULL DEFAULT 'registry' CHECK (origin IN ('registry', 'detected', 'user')),
    PRIMARY KEY (alias, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_by_entity ON entity_aliases(entity_id);

CREATE TABLE mentions (
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id     INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    count         INTEGER NOT NULL,
    salience      REAL NOT NULL,
    first_offset  INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX mentions_by_entity ON mentions(entity_id, article_id);

CREATE TABLE themes (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL COLLATE NOCASE UNIQUE,
    color       TEXT NOT NULL DEFAULT '#3b6ea5',
    query       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE article_themes (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    theme_id    INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    score       REAL NOT NULL,
    manual      TEXT CHECK (manual IN ('confirmed', 'rejected')),
    PRIMARY KEY (article_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX article_themes_by_theme ON article_themes(theme_id, article_id);

-- A point on a timeline.
CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('published', 'dated_claim')),
    date_start       TEXT NOT NULL,
    date_end         TEXT NOT NULL,
    precision        TEXT NOT NULL CHECK (precision IN ('day', 'month', 'quarter', 'year')),
    tense            TEXT NOT NULL CHECK (tense IN ('happened', 'expected')),
    sentence         TEXT NOT NULL,
    span_start       INTEGER,
    span_end         INTEGER,
    amount_value     REAL,
    amount_value_max REAL,
    amount_currency  TEXT,
    amount_unit      TEXT
);
CREATE INDEX events_by_date ON events(date_start, id);
CREATE INDEX events_by_article ON events(article_id);

CREATE TABLE event_entities (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX event_entities_by_entity ON event_entities(entity_id, event_id);

-- Notebook-level settings, e.g. the loopback server's token.
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

-- Full-text index over articles (external content: the text lives once, in `articles`).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, dek, byline, content_text, notes_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, dek, byline, content_text, notes_text)
    VALUES (new.id, new.title, new.dek, new.byline, new.content_text, new.notes_text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, byline, content_text, notes_text)
    VALUES ('delete', old.id, old.title, old.dek, old.byline, old.content_text, old.notes_text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, dek, byline, content_text, notes_text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, byline, content_text, notes_text)
    VALUES ('delete', old.id, old.title, old.dek, old.byline, old.content_text, old.notes_text);
    INSERT INTO articles_fts(rowid, title, dek, byline, content_text, notes_text)
    VALUES (new.id, new.title, new.dek, new.byline, new.content_text, new.notes_text);
END;

-- Notes feed the article's notes_text, which the update trigger above re-indexes.
CREATE TRIGGER notes_text_insert AFTER INSERT ON notes WHEN new.article_id IS NOT NULL BEGIN
    UPDATE articles SET notes_text = (
        SELECT coalesce(group_concat(body, char(10)), '') FROM notes WHERE article_id = new.article_id
    ) WHERE id = new.article_id;
END;

CREATE TRIGGER notes_text_update AFTER UPDATE OF body ON notes WHEN new.article_id IS NOT NULL BEGIN
    UPDATE articles SET notes_text = (
        SELECT coalesce(group_concat(body, char(10)), '') FROM notes WHERE article_id = new.article_id
    ) WHERE id = new.article_id;
END;

CREATE TRIGGER notes_text_delete AFTER DELETE ON notes WHEN old.article_id IS NOT NULL BEGIN
    UPDATE articles SET notes_text = (
        SELECT coalesce(group_concat(body, char(10)), '') FROM notes WHERE article_id = old.article_id
    ) WHERE id = old.article_id;
END;
