-- The library's own order places an article with no published date by the day it was added: one added by hand or
-- imported from a read-later app sank to the foot of "Newest published first". The window's first page is read
-- along this index (store.ArticleStore.ORDER_DAY writes the same expression), and stops at its limit.
CREATE INDEX IF NOT EXISTS article_order_day ON article (coalesce(published, substr(added_at, 1, 10)) DESC);
-- Nothing reads along the published day alone any more (the Published header sorts in the window's index).
DROP INDEX IF EXISTS article_published;
