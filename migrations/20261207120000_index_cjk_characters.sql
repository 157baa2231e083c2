-- Chinese, Japanese and Korean text becomes searchable inside its sentences (see
-- `query::cjk`): SQLite's `unicode61` tokenizer keeps a run of such characters as one
-- token, so "两会" was found only where a run began with it. An article holding such
-- characters gets a copy of its title, dek, byline, text and notes with each of them
-- spaced apart, in `article_cjk` (written by Clipline as it stores the article and its
-- notes, and for older articles at the first open after this upgrade); the index reads
-- it as two more columns, `cjk_title` (weighed as the title is) and `cjk`, and a query's
-- word of such characters asks for the phrase of its characters.
--
-- The copy is derived data: the notebook's export leaves it out, and a load writes it
-- again. It changes the full-text index, so the index is built again here, once: about
-- 40 s for 100,000 articles, most of it as in the upgrade before.

CREATE TABLE article_cjk (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    text        TEXT NOT NULL
);

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update_old;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts_terms;
DROP TABLE articles_fts;
DROP VIEW articles_fts_source;

CREATE VIEW articles_fts_source AS SELECT
    a.id AS id,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(a.title, 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i') AS title,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(a.dek, 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i') AS dek,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(a.byline, 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i') AS byline,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(a.content_text, 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i') AS content_text,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(a.notes_text, 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i') AS notes_text,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(c.title, 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i') AS cjk_title,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(c.text, 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i') AS cjk
FROM articles a LEFT JOIN article_cjk c ON c.article_id = a.id;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, dek, byline, content_text, notes_text, cjk_title, cjk,
    content = 'articles_fts_source', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE VIRTUAL TABLE articles_fts_terms USING fts5vocab(articles_fts, row);

-- The index is told a row's folded text from the view: after an insert, and before a
-- delete or an update (while the view still shows the old text) and after it; the same
-- for the row's spaced copy, which comes and goes on its own.
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, dek, byline, content_text, notes_text, cjk_title, cjk)
    SELECT id, title, dek, byline, content_text, notes_text, cjk_title, cjk
    FROM articles_fts_source WHERE id = new.id;
END;

CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, byline, content_text, notes_text, cjk_title, cjk)
    SELECT 'delete', id, title, dek, byline, content_text, notes_text, cjk_title, cjk
    FROM articles_fts_source WHERE id = old.id;
END;

CREATE TRIGGER articles_fts_update_old BEFORE UPDATE OF title, dek, byline, content_text, notes_text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, byline, content_text, notes_text, cjk_title, cjk)
    SELECT 'delete', id, title, dek, byline, content_text, notes_text, cjk_title, cjk
    FROM articles_fts_source WHERE id = old.id;
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, dek, byline, content_text, notes_text ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, dek, byline, content_text, notes_text, cjk_title, cjk)
    SELECT id, title, dek, byline, content_text, notes_text, cjk_title, cjk
    FROM articles_fts_source WHERE id = new.id;
END;

-- SQLite fires BEFORE INSERT before it finds an upsert's conflict, whose DO UPDATE then
-- fires the update triggers: the row is taken out of the index here only when the insert
-- is a new copy, or an upsert would take it out twice.
CREATE TRIGGER article_cjk_fts_insert_old BEFORE INSERT ON article_cjk
WHEN NOT EXISTS (SELECT 1 FROM article_cjk WHERE article_id = new.article_id) BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, byline, content_text, notes_text, cjk_title, cjk)
    SELECT 'delete', id, title, dek, byline, content_text, notes_text, cjk_title, cjk
    FROM articles_fts_source WHERE id = new.article_id;
END;

CREATE TRIGGER article_cjk_fts_insert AFTER INSERT ON article_cjk BEGIN
    INSERT INTO articles_fts(rowid, title, dek, byline, content_text, notes_text, cjk_title, cjk)
    SELECT id, title, dek, byline, content_text, notes_text, cjk_title, cjk
    FROM articles_fts_source WHERE id = new.article_id;
END;

CREATE TRIGGER article_cjk_fts_update_old BEFORE UPDATE OF title, text ON article_cjk BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, byline, content_text, notes_text, cjk_title, cjk)
    SELECT 'delete', id, title, dek, byline, content_text, notes_text, cjk_title, cjk
    FROM articles_fts_source WHERE id = old.article_id;
END;

CREATE TRIGGER article_cjk_fts_update AFTER UPDATE OF title, text ON article_cjk BEGIN
    INSERT INTO articles_fts(rowid, title, dek, byline, content_text, notes_text, cjk_title, cjk)
    SELECT id, title, dek, byline, content_text, notes_text, cjk_title, cjk
    FROM articles_fts_source WHERE id = new.article_id;
END;

CREATE TRIGGER article_cjk_fts_delete BEFORE DELETE ON article_cjk BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, byline, content_text, notes_text, cjk_title, cjk)
    SELECT 'delete', id, title, dek, byline, content_text, notes_text, cjk_title, cjk
    FROM articles_fts_source WHERE id = old.article_id;
END;

CREATE TRIGGER article_cjk_fts_delete_new AFTER DELETE ON article_cjk BEGIN
    INSERT INTO articles_fts(rowid, title, dek, byline, content_text, notes_text, cjk_title, cjk)
    SELECT id, title, dek, byline, content_text, notes_text, cjk_title, cjk
    FROM articles_fts_source WHERE id = old.article_id;
END;

-- An article's copy goes with it even where foreign keys are off (the `sqlite3` shell):
-- left behind, it would be indexed with the next article given the same id.
CREATE TRIGGER articles_cjk_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_cjk WHERE article_id = old.id;
END;

INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
INSERT INTO articles_fts(articles_fts) VALUES ('optimize');

-- The first open writes the older articles' copies (`store::cjk::finish_upgrade`).
INSERT INTO settings (key, value) VALUES ('cjk_pending', '1');
