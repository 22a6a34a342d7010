-- Imports match articles by their normalised link (model.UrlKey), kept here and indexed.
-- rl_url_key is registered by LibraryDatabase on every connection.

ALTER TABLE article ADD COLUMN url_key TEXT;
UPDATE article SET url_key = rl_url_key(url);
CREATE INDEX article_url_key ON article (url_key);
