-- Moderation of comments and messages in the official accounts, and the blacklist (R2.9).
-- Portable SQL for MariaDB 10.11 and H2 2.2 (MODE=MariaDB).

-- A comment or message left in an official account: entered by hand or brought by the REST API,
-- waiting in the account's queue until a moderator keeps or deletes it. A deleted item's text is
-- kept for the record. The abuse flags are computed once, at intake; flagged = any flag or an
-- author on the blacklist at that moment (the queue's "flagged only" filter).
CREATE SEQUENCE account_comment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE account_comment (
    id               BIGINT         NOT NULL PRIMARY KEY,
    organisation_id  BIGINT         NOT NULL,
    account_id       BIGINT         NOT NULL,
    -- the account's network, repeated so an author's history and bans need no join
    network_id       BIGINT         NOT NULL,
    external_id      VARCHAR(100),
    author_id        VARCHAR(100)   NOT NULL,
    author_name      VARCHAR(200),
    text             MEDIUMTEXT     NOT NULL,
    url              VARCHAR(1000),
    posted_at        DATETIME(6)    NOT NULL,
    received_at      DATETIME(6)    NOT NULL,
    source           VARCHAR(100)   NOT NULL,
    state            VARCHAR(20)    NOT NULL,
    delete_reason    VARCHAR(30),
    decision_note    VARCHAR(2000),
    decided_by       VARCHAR(64),
    decided_at       DATETIME(6),
    flag_obscene     BOOLEAN        NOT NULL,
    flag_insult      BOOLEAN        NOT NULL,
    flag_threat      BOOLEAN        NOT NULL,
    flag_spam        BOOLEAN        NOT NULL,
    author_banned    BOOLEAN        NOT NULL,
    flagged          BOOLEAN        NOT NULL,
    suggested_reason VARCHAR(30),
    version          BIGINT         NOT NULL,
    CONSTRAINT uk_account_comment_external UNIQUE (account_id, external_id),
    CONSTRAINT fk_account_comment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_account_comment_account FOREIGN KEY (account_id) REFERENCES official_account (id),
    CONSTRAINT fk_account_comment_network FOREIGN KEY (network_id) REFERENCES network (id)
);
-- the queue's pages: newest first within a state, for the organisation or one account, and the
-- flagged ones; id last so that the ORDER BY (posted_at, id) is served by the index in one scan
CREATE INDEX ix_account_comment_queue ON account_comment (organisation_id, state, posted_at, id);
CREATE INDEX ix_account_comment_account ON account_comment (account_id, state, posted_at, id);
CREATE INDEX ix_account_comment_flagged ON account_comment (organisation_id, flagged, state, posted_at, id);
-- an author's history and the repeat offenders
CREATE INDEX ix_account_comment_author ON account_comment (organisation_id, network_id, author_id, posted_at);

-- The blacklist (R2.9): an author banned in one account, or in all the organisation's accounts in
-- a network (account_id NULL), for a term (ends_at NULL: forever), with the reason as VK's
-- community ban names it. Nothing is deleted: a ban ends by itself (expired_by 'system') or is
-- removed early by a person, with a reason.
CREATE SEQUENCE blacklisting_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE blacklisting (
    id               BIGINT         NOT NULL PRIMARY KEY,
    organisation_id  BIGINT         NOT NULL,
    network_id       BIGINT         NOT NULL,
    account_id       BIGINT,
    author_id        VARCHAR(100)   NOT NULL,
    author_name      VARCHAR(200),
    reason           VARCHAR(30)    NOT NULL,
    term             VARCHAR(20)    NOT NULL,
    starts_at        DATETIME(6)    NOT NULL,
    ends_at          DATETIME(6),
    note             VARCHAR(2000),
    banned_by        VARCHAR(64)    NOT NULL,
    banned_at        DATETIME(6)    NOT NULL,
    -- the comment that led to the ban, if any
    comment_id       BIGINT,
    expired_at       DATETIME(6),
    expired_by       VARCHAR(64),
    removal_reason   VARCHAR(2000),
    version          BIGINT         NOT NULL,
    CONSTRAINT fk_blacklisting_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_blacklisting_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_blacklisting_account FOREIGN KEY (account_id) REFERENCES official_account (id),
    CONSTRAINT fk_blacklisting_comment FOREIGN KEY (comment_id) REFERENCES account_comment (id)
);
-- is this author banned here? (intake, the ban dialog, the author's history)
CREATE INDEX ix_blacklisting_author ON blacklisting (organisation_id, network_id, author_id, expired_at);
-- the blacklist's page: active ones first, newest first
CREATE INDEX ix_blacklisting_list ON blacklisting (organisation_id, expired_at, banned_at);
-- the expiry job: active bans whose end has come
CREATE INDEX ix_blacklisting_expiry ON blacklisting (expired_at, ends_at);
