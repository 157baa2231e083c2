-- A theme lane read a page at a time from an index in date order (issue 6), as an entity
-- lane is from `event_entities_by_entity_date`. Before this table a theme lane gathered
-- the events of every member article and sorted them all before its `LIMIT`: 26,755
-- events and about 55 ms for the busiest theme at 100,000 articles.
--
-- One row per (theme, event of a member article). An article is a member of a theme when
-- the user confirmed it, or when they said nothing and its query matched (score > 0); the
-- same test as the partial index `article_themes_members`. The triggers below keep the
-- rows in step with both sides: an event added, moved or given to another article, and an
-- article joining or leaving a theme. Deleting an event or a theme deletes its rows.
CREATE TABLE event_themes (
    theme_id    INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    date_start  TEXT NOT NULL,
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (theme_id, date_start, event_id)
) WITHOUT ROWID;
-- For the cascade from `events`, and for an article leaving a theme (its events, one theme).
CREATE INDEX event_themes_by_event ON event_themes(event_id, theme_id);

INSERT INTO event_themes (theme_id, date_start, event_id)
SELECT th.theme_id, e.date_start, e.id
  FROM article_themes th JOIN events e ON e.article_id = th.article_id
 WHERE th.manual IS 'confirmed' OR (th.manual IS NULL AND th.score > 0);

-- An event joins the lanes of its article's themes.
CREATE TRIGGER events_join_theme_lanes AFTER INSERT ON events
BEGIN
    INSERT OR IGNORE INTO event_themes (theme_id, date_start, event_id)
    SELECT th.theme_id, NEW.date_start, NEW.id FROM article_themes th
     WHERE th.article_id = NEW.article_id
       AND (th.manual IS 'confirmed' OR (th.manual IS NULL AND th.score > 0));
END;

-- An event whose date moves keeps its place in date order.
CREATE TRIGGER events_move_theme_dates AFTER UPDATE OF date_start ON events
WHEN OLD.date_start IS NOT NEW.date_start
BEGIN
    UPDATE event_themes SET date_start = NEW.date_start WHERE event_id = NEW.id;
END;

-- An event given to another article takes that article's themes instead.
CREATE TRIGGER events_change_theme_lanes AFTER UPDATE OF article_id ON events
WHEN OLD.article_id IS NOT NEW.article_id
BEGIN
    DELETE FROM event_themes WHERE event_id = NEW.id;
    INSERT OR IGNORE INTO event_themes (theme_id, date_start, event_id)
    SELECT th.theme_id, NEW.date_start, NEW.id FROM article_themes th
     WHERE th.article_id = NEW.article_id
       AND (th.manual IS 'confirmed' OR (th.manual IS NULL AND th.score > 0));
END;

-- An article joining a theme brings its events into the lane.
CREATE TRIGGER article_themes_join_lane AFTER INSERT ON article_themes
WHEN NEW.manual IS 'confirmed' OR (NEW.manual IS NULL AND NEW.score > 0)
BEGIN
    INSERT OR IGNORE INTO event_themes (theme_id, date_start, event_id)
    SELECT NEW.theme_id, e.date_start, e.id FROM events e WHERE e.article_id = NEW.article_id;
END;

-- An article leaving a theme takes its events out of the lane.
CREATE TRIGGER article_themes_leave_lane AFTER DELETE ON article_themes
WHEN OLD.manual IS 'confirmed' OR (OLD.manual IS NULL AND OLD.score > 0)
BEGIN
    DELETE FROM event_themes
     WHERE theme_id = OLD.theme_id
       AND event_id IN (SELECT id FROM events WHERE article_id = OLD.article_id);
END;

-- A new score or a user's verdict that changes membership (re-running a theme's query
-- rewrites every article's score; only the ones whose membership changed do anything).
CREATE TRIGGER article_themes_change_lane AFTER UPDATE OF score, manual ON article_themes
WHEN (OLD.manual IS 'confirmed' OR (OLD.manual IS NULL AND OLD.score > 0))
  IS NOT (NEW.manual IS 'confirmed' OR (NEW.manual IS NULL AND NEW.score > 0))
BEGIN
    DELETE FROM event_themes
     WHERE theme_id = OLD.theme_id
       AND event_id IN (SELECT id FROM events WHERE article_id = OLD.article_id);
    INSERT OR IGNORE INTO event_themes (theme_id, date_start, event_id)
    SELECT NEW.theme_id, e.date_start, e.id FROM events e
     WHERE e.article_id = NEW.article_id
       AND (NEW.manual IS 'confirmed' OR (NEW.manual IS NULL AND NEW.score > 0));
END;
