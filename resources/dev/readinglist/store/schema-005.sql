-- Sync through a folder (README "Sync between devices"), and the favourite star.

ALTER TABLE article ADD COLUMN favourite INTEGER NOT NULL DEFAULT 0;

-- The article's id among devices: random ('r' and 24 hex digits) for an added or imported article,
-- 'c:<slug>' for a catalog article. NULL until a sync first shares the article, so imports and
-- libraries that never sync write nothing more than before.
ALTER TABLE article ADD COLUMN sync_id TEXT;
CREATE UNIQUE INDEX article_sync_id ON article (sync_id) WHERE sync_id IS NOT NULL;
-- The rows the next sync shares, found without reading the whole table: a sync with nothing new is quick.
CREATE INDEX article_unshared ON article (id) WHERE sync_id IS NULL;

-- What the operations on each article add up to (sync.ArticleState as JSON), with what the merge
-- looks up: the link key of its own state, whether it is live, and the slug its add claimed. A rowid
-- table: a state is often a kilobyte, too large for a WITHOUT ROWID table's pages.
CREATE TABLE sync_state (
    sync_id  TEXT NOT NULL UNIQUE,
    state    TEXT NOT NULL,
    link_key TEXT,
    live     INTEGER NOT NULL,
    slug     TEXT
);
CREATE INDEX sync_state_link_key ON sync_state (link_key) WHERE live = 1;
CREATE INDEX sync_state_slug ON sync_state (slug);

-- This device's operations not yet written to a segment file, in order.
CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY,
    op  TEXT NOT NULL
);

-- The files of the sync folder already merged in (segments are never changed once written).
CREATE TABLE sync_file (
    device TEXT NOT NULL,
    name   TEXT NOT NULL,
    PRIMARY KEY (device, name)
) WITHOUT ROWID;
