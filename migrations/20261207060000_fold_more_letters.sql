-- Search folds ø, ł, đ, ð, þ, ß, æ, œ and ı as it folds accents:
-- "Orsted" finds "Ørsted", "Lodz" finds "Łódź", "strasse" finds "Straße". SQLite's
-- `unicode61 remove_diacritics 2` keeps these letters (Unicode gives them no accent to
-- remove) and has no option to fold more, so the index now reads its text through a view
-- that replaces them; `query::fold::LETTERS` lists the same letters for the query's words
-- and the snippets, and a test holds the two to each other.
--
-- The index is built again from the view, once, at the first open after the upgrade: 40 s
-- for a notebook of 100,000 articles (with the copy every upgrade makes first).

CREATE VIEW articles_fts_source AS SELECT
    id,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title, 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i') AS title,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(dek, 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i') AS dek,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(byline, 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i') AS byline,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(content_text, 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i') AS content_text,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(notes_text, 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i') AS notes_text
FROM articles;

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts_terms;
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, dek, byline, content_text, notes_text,
    content = 'articles_fts_source', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE VIRTUAL TABLE articles_fts_terms USING fts5vocab(articles_fts, row);

-- The index is told a row's folded text from the view: after an insert, and before a
-- delete or an update (while the view still shows the old text) and after it.
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, dek, byline, content_text, notes_text)
    SELECT id, title, dek, byline, content_text, notes_text
    FROM articles_fts_source WHERE id = new.id;
END;

CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, byline, content_text, notes_text)
    SELECT 'delete', id, title, dek, byline, content_text, notes_text
    FROM articles_fts_source WHERE id = old.id;
END;

CREATE TRIGGER articles_fts_update_old BEFORE UPDATE OF title, dek, byline, content_text, notes_text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, byline, content_text, notes_text)
    SELECT 'delete', id, title, dek, byline, content_text, notes_text
    FROM articles_fts_source WHERE id = old.id;
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, dek, byline, content_text, notes_text ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, dek, byline, content_text, notes_text)
    SELECT id, title, dek, byline, content_text, notes_text
    FROM articles_fts_source WHERE id = new.id;
END;

INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
-- Merged into one segment, as after an import: a rebuilt index left in the segments the
-- rebuild wrote answered a rare word in 0.34 ms instead of 0.20 (100,000 articles).
INSERT INTO articles_fts(articles_fts) VALUES ('optimize');
