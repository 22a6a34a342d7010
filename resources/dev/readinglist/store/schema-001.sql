-- The first schema: articles, their tags, the user's notes, and the search index.
-- Statements end with a semicolon at the end of a line; SchemaMigrations splits on that.

CREATE TABLE article (
    id              INTEGER PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    summary         TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL DEFAULT '',
    published       TEXT,                -- ISO date, e.g. 2026-05-02
    reading_minutes INTEGER,
    source          TEXT NOT NULL,       -- the catalog or file it came from
    added_at        TEXT NOT NULL,       -- ISO-8601 UTC
    read_at         TEXT                 -- ISO-8601 UTC; NULL while unread
);

CREATE INDEX article_read_at ON article (read_at);
CREATE INDEX article_published ON article (published DESC, title);

-- kind 'catalog' tags are replaced by catalog merges; kind 'user' tags are the user's own.
CREATE TABLE article_tag (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('catalog', 'user')),
    tag_key    TEXT NOT NULL,            -- folded: "Distributed Systems" -> "distributed-systems"
    tag        TEXT NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, kind, tag_key)
) WITHOUT ROWID;

CREATE INDEX article_tag_by_key ON article_tag (tag_key, article_id);

CREATE TABLE note (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    body       TEXT NOT NULL CHECK (body <> ''),
    updated_at TEXT NOT NULL
);

-- A catalog whose digest is unchanged since its last merge is not merged again.
CREATE TABLE catalog_source (
    name      TEXT PRIMARY KEY,
    digest    TEXT NOT NULL,
    merged_at TEXT NOT NULL
);

-- Contentless: the text lives in the tables above; the index keeps only what search needs.
CREATE VIRTUAL TABLE article_fts USING fts5 (
    title, summary, tags, note,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
