-- The notes and highlights an import gave each article, by a digest of their text. Imported again after the note was
-- edited, a file's old text was added below the user's, where importing again is to change nothing (the fiftieth
-- walk): a text already given is not given again. Gone with the article; an undone import forgets its article's.
CREATE TABLE IF NOT EXISTS note_import (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    digest     TEXT NOT NULL,
    PRIMARY KEY (article_id, digest)
) WITHOUT ROWID;
