-- A library page is read from one index, in either order, without touching the articles'
-- rows (issue 6). An article's row holds its whole text (2.6 kB on average), so each row
-- fills most of a page of its own, and a page of 50 summaries read 50 pages of the table
-- scattered over the file, plus the overflow pages of the long texts in front of
-- `word_count` and `excerpt`. With the file out of the OS cache (after a reboot, or once
-- the machine has reclaimed it) that made a page in publication order cost 5-12 ms at
-- 100,000 articles; read from these indexes it reads about six pages, under 1 ms cold.
--
-- Each index starts with its order's (date, id) key, as the narrow index it replaces did,
-- so seeks, ranges and the other queries that used those indexes are served as before;
-- the rest are the columns of a library summary (store::articles::SUMMARY_COLUMNS), the
-- source the library filters on, and the read state. About 400 bytes per article each.
DROP INDEX articles_by_published;
CREATE INDEX articles_by_published ON articles(
    published_at, id, clipped_at, title, byline, url, word_count, excerpt, source_id, read_at
);
DROP INDEX articles_by_clipped;
CREATE INDEX articles_by_clipped ON articles(
    clipped_at, id, published_at, title, byline, url, word_count, excerpt, source_id, read_at
);
