-- The number of a deleted article, note, highlight or feed is never given again. Users
-- name articles by number ("see #12", `\cite{clipline12}` from the BibTeX export), and
-- SQLite gives a new row the highest id + 1, so the number of the newest one deleted went
-- to the next one clipped. Each table's highest deleted id is kept here, and the inserts
-- number from above it (`store::ids::next`). Numbers deleted before this migration are not
-- known.
CREATE TABLE retired_ids (
    tbl TEXT PRIMARY KEY,
    top INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER articles_retire_id AFTER DELETE ON articles BEGIN
    INSERT INTO retired_ids (tbl, top) VALUES ('articles', OLD.id)
        ON CONFLICT (tbl) DO UPDATE SET top = max(top, excluded.top);
END;

CREATE TRIGGER notes_retire_id AFTER DELETE ON notes BEGIN
    INSERT INTO retired_ids (tbl, top) VALUES ('notes', OLD.id)
        ON CONFLICT (tbl) DO UPDATE SET top = max(top, excluded.top);
END;

CREATE TRIGGER highlights_retire_id AFTER DELETE ON highlights BEGIN
    INSERT INTO retired_ids (tbl, top) VALUES ('highlights', OLD.id)
        ON CONFLICT (tbl) DO UPDATE SET top = max(top, excluded.top);
END;

CREATE TRIGGER feeds_retire_id AFTER DELETE ON feeds BEGIN
    INSERT INTO retired_ids (tbl, top) VALUES ('feeds', OLD.id)
        ON CONFLICT (tbl) DO UPDATE SET top = max(top, excluded.top);
END;
