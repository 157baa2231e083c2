-- Research memos (Markdown, attached to an entity, a theme or a story) and saved searches.

CREATE TABLE memos (
    id            INTEGER PRIMARY KEY,
    -- what the memo is about: an entity or a theme (by name) or a story (by id)
    subject_kind  TEXT NOT NULL CHECK (subject_kind IN ('entity', 'theme', 'story')),
    subject       TEXT NOT NULL COLLATE NOCASE,
    title         TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX memos_by_subject ON memos(subject_kind, subject);

CREATE TABLE saved_searches (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
