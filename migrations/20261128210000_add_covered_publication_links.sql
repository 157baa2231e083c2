-- An article's headline point beside its own lead (issue 4). When a dated claim of the
-- article already puts it on an entity's lane around the day it came out, the link of its
-- `published` event to that entity is `covered`: a lane of every kind shows the claim
-- alone, a lane of publications still lists the article. Existing links stay uncovered
-- until `clipline reanalyze`.
ALTER TABLE event_entities ADD COLUMN covered INTEGER NOT NULL DEFAULT 0;

-- The entity lane reads the flag from its index, as it reads the date.
DROP INDEX event_entities_by_entity_date;
CREATE INDEX event_entities_by_entity_date
    ON event_entities(entity_id, date_start, event_id, covered);
