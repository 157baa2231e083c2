-- The articles that carry notes, newest first: what `has:notes` lists. Without it a search
-- for noted articles walked the day index and read every article's row to look at its
-- notes (3.6 s at 80,000 articles with none noted; under 0.01 s with it).
CREATE INDEX articles_noted_by_day
    ON articles(substr(coalesce(published_at, clipped_at), 1, 10), id)
    WHERE notes_text != '';
