-- The message desk (Appendix 1): networks and topics as data, messages with their deadlines,
-- the timeline of every step, draft versions (R1.12), posted answers, API tokens for monitoring
-- software. Portable SQL for MariaDB 10.11 and H2 2.2 (MODE=MariaDB).

-- Social networks (R1.2, R2.1): data, not an enum; restricted ones are kept for old records.
CREATE SEQUENCE network_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE network (
    id              BIGINT       NOT NULL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    code            VARCHAR(30)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    active          BOOLEAN      NOT NULL,
    restricted      BOOLEAN      NOT NULL,
    answer_limit    INT          NOT NULL,
    sort_order      INT          NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_network_code UNIQUE (organisation_id, code),
    CONSTRAINT fk_network_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- Topics (rubrics) of messages, as data.
CREATE SEQUENCE topic_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE topic (
    id              BIGINT       NOT NULL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    code            VARCHAR(30)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    active          BOOLEAN      NOT NULL,
    sort_order      INT          NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_topic_code UNIQUE (organisation_id, code),
    CONSTRAINT fk_topic_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- A message in a social network (incident, high-importance incident, publication: R1.2).
CREATE SEQUENCE message_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE message (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    organisation_id      BIGINT        NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    network_id           BIGINT        NOT NULL,
    topic_id             BIGINT,
    url                  VARCHAR(1000),
    -- SHA-256 of the normalised post link: the duplicate check's index (a 1000-character
    -- column is too wide for an index on both databases)
    url_key              VARCHAR(64),
    author_name          VARCHAR(200),
    author_url           VARCHAR(1000),
    text                 MEDIUMTEXT    NOT NULL,
    detected_at          DATETIME(6)   NOT NULL,
    registered_at        DATETIME(6)   NOT NULL,
    source               VARCHAR(100)  NOT NULL,
    external_id          VARCHAR(100),
    executor_id          BIGINT,
    assigned_on_behalf   BOOLEAN       NOT NULL,
    due_at               DATETIME(6)   NOT NULL,
    interim_answered_at  DATETIME(6),
    final_due_at         DATETIME(6),
    -- the deadline that counts now (final_due_at after an interim answer, else due_at): sorted on
    current_due_at       DATETIME(6)   NOT NULL,
    closed_at            DATETIME(6),
    no_answer_ground     VARCHAR(30),
    version              BIGINT        NOT NULL,
    CONSTRAINT uk_message_external UNIQUE (organisation_id, source, external_id),
    CONSTRAINT fk_message_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_message_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_message_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
    CONSTRAINT fk_message_executor FOREIGN KEY (executor_id) REFERENCES staff_user (id)
);
-- the grid's usual orders and filters
CREATE INDEX ix_message_org_due ON message (organisation_id, closed_at, current_due_at);
CREATE INDEX ix_message_org_status ON message (organisation_id, status, current_due_at);
CREATE INDEX ix_message_org_detected ON message (organisation_id, detected_at);
CREATE INDEX ix_message_org_executor ON message (organisation_id, executor_id, status);
CREATE INDEX ix_message_url ON message (organisation_id, url_key);

-- Everything that happened to a message, who and when (the timeline).
CREATE SEQUENCE message_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE message_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    message_id  BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    type        VARCHAR(30)   NOT NULL,
    details     VARCHAR(2000),
    CONSTRAINT fk_message_event_message FOREIGN KEY (message_id) REFERENCES message (id)
);
CREATE INDEX ix_message_event_message ON message_event (message_id, occurred_at);

-- Every version of a draft answer (R1.12: who wrote, changed, approved each version).
CREATE SEQUENCE answer_draft_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE answer_draft (
    id              BIGINT      NOT NULL PRIMARY KEY,
    message_id      BIGINT      NOT NULL,
    number          INT         NOT NULL,
    kind            VARCHAR(10) NOT NULL,
    text            MEDIUMTEXT  NOT NULL,
    author          VARCHAR(64) NOT NULL,
    written_at      DATETIME(6) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    reviewer        VARCHAR(64),
    reviewed_at     DATETIME(6),
    review_comment  VARCHAR(2000),
    CONSTRAINT uk_answer_draft_number UNIQUE (message_id, number),
    CONSTRAINT fk_answer_draft_message FOREIGN KEY (message_id) REFERENCES message (id)
);

-- Answers as posted in the network (interim R1.8 and final).
CREATE SEQUENCE answer_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE answer (
    id         BIGINT        NOT NULL PRIMARY KEY,
    message_id BIGINT        NOT NULL,
    kind       VARCHAR(10)   NOT NULL,
    draft_id   BIGINT        NOT NULL,
    text       MEDIUMTEXT    NOT NULL,
    posted_at  DATETIME(6)   NOT NULL,
    url        VARCHAR(1000),
    posted_by  VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_answer_message FOREIGN KEY (message_id) REFERENCES message (id),
    CONSTRAINT fk_answer_draft FOREIGN KEY (draft_id) REFERENCES answer_draft (id)
);

-- Bearer tokens of monitoring software: only a SHA-256 hash is stored.
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE api_token (
    id              BIGINT       NOT NULL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    token_prefix    VARCHAR(12)  NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    last_used_at    DATETIME(6),
    revoked_at      DATETIME(6),
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- The organisation's rule of decree clause 6: may the curator assign "on the head's behalf"?
ALTER TABLE organisation ADD COLUMN curator_may_assign BOOLEAN NOT NULL DEFAULT FALSE;
