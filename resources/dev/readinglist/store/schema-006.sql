-- Issue 16 (schema 6; schema 5 is sync's): the window's search index is kept in a file beside the
-- library (library.IndexFile) and checked against this log before it is used. Every change to an article, its tags or its note adds
-- a row here, by trigger, so that changes made by any program (the sqlite3 shell too) count; the
-- index reads the articles changed since the last change it holds, instead of the whole library.
-- The app deletes the rows an index file already holds. index_epoch is random: a restored backup
-- gets a new one (store.LibraryBackups), so no index file of the library before it is taken for it.
-- An article's update counts for every column but sync_id (schema-005), which a sync's first share
-- sets on every row without changing what the window shows: the favourite star and sync's edits count.
-- Each trigger is one line: SchemaMigrations splits statements on a semicolon that ends a line. Run
-- again (a file whose user_version was set back), it keeps the log and gives a new epoch.

CREATE TABLE IF NOT EXISTS index_change (seq INTEGER PRIMARY KEY, article_id INTEGER NOT NULL);

CREATE TRIGGER IF NOT EXISTS index_change_article_insert AFTER INSERT ON article BEGIN INSERT INTO index_change (article_id) VALUES (NEW.id); END;
CREATE TRIGGER IF NOT EXISTS index_change_article_update AFTER UPDATE OF id, slug, title, summary, url, published, reading_minutes, source, added_at, read_at, url_key, favourite ON article BEGIN INSERT INTO index_change (article_id) VALUES (NEW.id); END;
CREATE TRIGGER IF NOT EXISTS index_change_article_delete AFTER DELETE ON article BEGIN INSERT INTO index_change (article_id) VALUES (OLD.id); END;
CREATE TRIGGER IF NOT EXISTS index_change_tag_insert AFTER INSERT ON article_tag BEGIN INSERT INTO index_change (article_id) VALUES (NEW.article_id); END;
CREATE TRIGGER IF NOT EXISTS index_change_tag_update AFTER UPDATE ON article_tag BEGIN INSERT INTO index_change (article_id) VALUES (NEW.article_id); END;
CREATE TRIGGER IF NOT EXISTS index_change_tag_delete AFTER DELETE ON article_tag BEGIN INSERT INTO index_change (article_id) VALUES (OLD.article_id); END;
CREATE TRIGGER IF NOT EXISTS index_change_note_insert AFTER INSERT ON note BEGIN INSERT INTO index_change (article_id) VALUES (NEW.article_id); END;
CREATE TRIGGER IF NOT EXISTS index_change_note_update AFTER UPDATE ON note BEGIN INSERT INTO index_change (article_id) VALUES (NEW.article_id); END;
CREATE TRIGGER IF NOT EXISTS index_change_note_delete AFTER DELETE ON note BEGIN INSERT INTO index_change (article_id) VALUES (OLD.article_id); END;
-- A row moved to another id (only another program would): the old id changed too.
CREATE TRIGGER IF NOT EXISTS index_change_article_moved AFTER UPDATE OF id ON article WHEN OLD.id IS NOT NEW.id BEGIN INSERT INTO index_change (article_id) VALUES (OLD.id); END;
CREATE TRIGGER IF NOT EXISTS index_change_tag_moved AFTER UPDATE OF article_id ON article_tag WHEN OLD.article_id IS NOT NEW.article_id BEGIN INSERT INTO index_change (article_id) VALUES (OLD.article_id); END;
CREATE TRIGGER IF NOT EXISTS index_change_note_moved AFTER UPDATE OF article_id ON note WHEN OLD.article_id IS NOT NEW.article_id BEGIN INSERT INTO index_change (article_id) VALUES (OLD.article_id); END;

INSERT OR REPLACE INTO library_meta (key, value) VALUES ('index_epoch', lower(hex(randomblob(8))));
INSERT OR IGNORE INTO library_meta (key, value) VALUES ('index_log_from', '0');
