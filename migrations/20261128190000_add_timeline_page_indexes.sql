-- Timeline pages served from indexes (issue 6). A lane is read a page at a time in
-- (date, event id) order; these indexes give that order without reading event rows.

-- An entity's events by date: each link carries its event's start date, so an entity lane
-- is one range of `event_entities_by_entity_date`, already in date order.
ALTER TABLE event_entities ADD COLUMN date_start TEXT;
UPDATE event_entities
   SET date_start = (SELECT date_start FROM events WHERE events.id = event_entities.event_id);
CREATE INDEX event_entities_by_entity_date ON event_entities(entity_id, date_start, event_id);
DROP INDEX event_entities_by_entity;

-- The copied date follows its event whichever path writes the link or moves the date.
CREATE TRIGGER event_entities_take_date AFTER INSERT ON event_entities
WHEN NEW.date_start IS NULL
BEGIN
    UPDATE event_entities
       SET date_start = (SELECT date_start FROM events WHERE id = NEW.event_id)
     WHERE event_id = NEW.event_id AND entity_id = NEW.entity_id;
END;
CREATE TRIGGER events_move_entity_dates AFTER UPDATE OF date_start ON events
BEGIN
    UPDATE event_entities SET date_start = NEW.date_start WHERE event_id = NEW.id;
END;

-- An article's events by date: a theme lane orders the events of its articles from this
-- index alone.
CREATE INDEX events_by_article_date ON events(article_id, date_start);
DROP INDEX events_by_article;

-- A theme's members: every article has a row per theme (its score), most of them not in
-- it; the lanes, the `theme:` filter and the counts read only the members.
CREATE INDEX article_themes_members ON article_themes(theme_id, article_id)
    WHERE manual = 'confirmed' OR (manual IS NULL AND score > 0);
