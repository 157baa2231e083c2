-- Every edit of the entities that the matcher is built from (a user's entity or alias, a
-- rename, a merge, a rejection and its undo) counts up `registry_version` in `settings`,
-- whichever process makes it. A process keeps its matcher with the version it was built
-- at and builds it again when the version moved, so an entity added with the CLI reaches a
-- running app or `clipline serve` at their next clip (notebook/analysis.rs, `registry`).
-- Entities and aliases that analysis itself records (origin 'registry' or 'detected')
-- count nothing.
CREATE TRIGGER entities_count_user_insert AFTER INSERT ON entities
WHEN NEW.origin = 'user'
BEGIN
    INSERT INTO settings (key, value) VALUES ('registry_version', '1')
    ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1;
END;

CREATE TRIGGER entities_count_user_update AFTER UPDATE ON entities
WHEN OLD.name IS NOT NEW.name COLLATE BINARY
  OR OLD.kind IS NOT NEW.kind
  OR OLD.origin IS NOT NEW.origin
  OR OLD.rejected IS NOT NEW.rejected
  OR OLD.merged_into IS NOT NEW.merged_into
BEGIN
    INSERT INTO settings (key, value) VALUES ('registry_version', '1')
    ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1;
END;

CREATE TRIGGER entity_aliases_count_user_insert AFTER INSERT ON entity_aliases
WHEN NEW.origin = 'user'
BEGIN
    INSERT INTO settings (key, value) VALUES ('registry_version', '1')
    ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1;
END;

CREATE TRIGGER entity_aliases_count_user_delete AFTER DELETE ON entity_aliases
WHEN OLD.origin = 'user'
BEGIN
    INSERT INTO settings (key, value) VALUES ('registry_version', '1')
    ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1;
END;
