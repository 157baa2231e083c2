-- Feeds (RSS, Atom, JSON Feed) the notebook subscribes to, polled with conditional GET
-- and backing off after errors; each new item is clipped as a full article.

CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    url             TEXT NOT NULL UNIQUE,
    title           TEXT,
    site_url        TEXT,
    -- validators of the last 200 response, sent back as If-None-Match / If-Modified-Since
    etag            TEXT,
    last_modified   TEXT,
    last_polled_at  TEXT,
    -- consecutive failed polls; the next poll waits longer after each
    failures        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    -- not polled before this time (RFC 3339); NULL: poll at the next chance
    next_poll_at    TEXT,
    created_at      TEXT NOT NULL
);

-- Tags put on every article clipped from a feed.
CREATE TABLE feed_tags (
    feed_id  INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (feed_id, tag_id)
) WITHOUT ROWID;

-- Themes every article a feed brings is confirmed in (a verdict, as a reader would give).
CREATE TABLE feed_themes (
    feed_id   INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    theme_id  INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    PRIMARY KEY (feed_id, theme_id)
) WITHOUT ROWID;

-- Every item a feed has shown, so a poll clips only new ones.
CREATE TABLE feed_items (
    feed_id     INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid        TEXT NOT NULL,
    url         TEXT,
    article_id  INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    error       TEXT,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (feed_id, guid)
) WITHOUT ROWID;
