-- Each library gets a random id when it is created or upgraded; window state, backups and sync key
-- on it. A copy made with cp is the same library and keeps it. The id comes from the app
-- (rl_new_library_id, registered by LibraryDatabase), which also stamps it into the backup taken
-- just before this upgrade; INSERT OR IGNORE keeps an id such a restored backup already has.

CREATE TABLE IF NOT EXISTS library_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
INSERT OR IGNORE INTO library_meta (key, value) VALUES ('library_id', rl_new_library_id());
