-- Search (schema 10): each Chinese, Japanese or Korean character is a word of its own (model.TextFolding.words), so
-- that a word in the middle of a run is found, and the search index holds text as the query is folded, through the
-- function store.FtsIndex.SEARCH_WORDS (unicode61 left Korean composed where a query decomposed it, and found
-- nothing). Articles whose title, summary, tags or note go beyond ASCII are indexed again, as FtsIndex.INSERT_FROM
-- does; ASCII text is split the same either way.
CREATE TEMP TABLE fts_again AS
SELECT a.id FROM article a
WHERE a.title GLOB '*[^' || char(1) || '-' || char(127) || ']*'
   OR a.summary GLOB '*[^' || char(1) || '-' || char(127) || ']*'
   OR EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id AND t.tag GLOB '*[^' || char(1) || '-' || char(127) || ']*')
   OR EXISTS (SELECT 1 FROM note n WHERE n.article_id = a.id AND n.body GLOB '*[^' || char(1) || '-' || char(127) || ']*');

DELETE FROM article_fts WHERE rowid IN (SELECT id FROM temp.fts_again);

INSERT INTO article_fts (rowid, title, summary, tags, note)
SELECT a.id, rl_search_words(a.title), rl_search_words(a.summary),
       (SELECT rl_search_words(group_concat(t.tag, ' ')) FROM article_tag t WHERE t.article_id = a.id),
       (SELECT rl_search_words(n.body) FROM note n WHERE n.article_id = a.id)
FROM article a WHERE a.id IN (SELECT id FROM temp.fts_again);

DROP TABLE temp.fts_again;
