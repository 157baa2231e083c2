-- An article's sanitized HTML moves out of its row into a table of its own (issue 6). The
-- HTML is only read when the article is opened, but sitting before `content_text`,
-- `word_count` and `excerpt` in the row it made every search hit and library row walk its
-- overflow pages to reach them: about 0.45 ms per page of 50 search hits at 100,000
-- articles. One row per article; deleting the article deletes it.
CREATE TABLE article_html (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    html        TEXT NOT NULL
);
INSERT INTO article_html (article_id, html) SELECT id, content_html FROM articles;
ALTER TABLE articles DROP COLUMN content_html;
