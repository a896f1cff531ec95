-- The content calendar (Appendix 2: R2.4, R2.6): posts planned for the official accounts, their
-- review and publication, media attachments, and the weekly target as an organisation setting.
-- Portable SQL for MariaDB 10.11 and H2 2.2 (MODE=MariaDB).

-- R2.4: publications a week per account (the decree says at least 5)
ALTER TABLE organisation ADD COLUMN posts_per_week INT DEFAULT 5 NOT NULL;

CREATE SEQUENCE post_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE post (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    planned_at       DATETIME(6)   NOT NULL,
    format           VARCHAR(20)   NOT NULL,
    topic            VARCHAR(30)   NOT NULL,
    text             MEDIUMTEXT    NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    published_link   VARCHAR(1000),
    review_comment   VARCHAR(1000),
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    submitted_at     DATETIME(6),
    submitted_by     VARCHAR(100),
    approved_at      DATETIME(6),
    approved_by      VARCHAR(100),
    published_at     DATETIME(6),
    published_by     VARCHAR(100),
    cancelled_at     DATETIME(6),
    cancelled_by     VARCHAR(100),
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_post_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_post_planned ON post (organisation_id, planned_at);
CREATE INDEX ix_post_published ON post (organisation_id, published_at);

-- A post goes out in one or more accounts.
CREATE TABLE post_account (
    post_id     BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    PRIMARY KEY (post_id, account_id),
    CONSTRAINT fk_post_account_post FOREIGN KEY (post_id) REFERENCES post (id),
    CONSTRAINT fk_post_account_account FOREIGN KEY (account_id) REFERENCES official_account (id)
);
CREATE INDEX ix_post_account_account ON post_account (account_id);

-- Photos, infographics, short videos and documents attached to a post; the type is checked from
-- the file's first bytes, not its name.
CREATE SEQUENCE post_media_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE post_media (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    post_id          BIGINT        NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    media_type       VARCHAR(20)   NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    content          LONGBLOB      NOT NULL,
    uploaded_at      DATETIME(6)   NOT NULL,
    uploaded_by      VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_post_media_post FOREIGN KEY (post_id) REFERENCES post (id),
    CONSTRAINT fk_post_media_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_post_media_post ON post_media (post_id);

-- The weekly check's warnings (R2.4): one per account and week, also with two nodes.
CREATE TABLE content_warning (
    organisation_id  BIGINT       NOT NULL,
    account_id       BIGINT       NOT NULL,
    week_start       DATE         NOT NULL,
    warned_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id, week_start),
    CONSTRAINT fk_content_warning_account FOREIGN KEY (account_id) REFERENCES official_account (id)
);
