-- Issue 8: "a queue of 100,000 items pages as fast as the message grid". The queue's "all states"
-- view (and a text search over all states) orders one organisation's comments by posted_at and id
-- with no condition on the state; without this index MariaDB read and sorted every comment of the
-- organisation for each page (bench/moderation.sh). With it, the page is read in index order and
-- stops at the page's end.
CREATE INDEX ix_account_comment_posted ON account_comment (organisation_id, posted_at, id);
