-- Links are now read as browsers read them (model.WebUrl, the WHATWG URL standard): tabs and line breaks
-- dropped, spaces percent-encoded, https:/host given its second slash, the host in ASCII (punycode),
-- default ports dropped. The keys of links already stored change with it. Articles that now share a key
-- are not merged: LibraryDatabase reports them after this upgrade, and 'reading-list check' lists them.

UPDATE article SET url_key = rl_url_key(url) WHERE url_key IS NOT rl_url_key(url);
