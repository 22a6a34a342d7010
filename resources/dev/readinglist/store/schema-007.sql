-- The window's index asks for the starred articles again after every change (library.LibraryIndex);
-- without an index that is a scan of the whole table, 0.3 s at a million articles, and a search waits
-- for it. Only starred rows are in this one, and it holds their slugs: the query reads nothing else.
CREATE INDEX IF NOT EXISTS article_favourite ON article (slug) WHERE favourite = 1;
