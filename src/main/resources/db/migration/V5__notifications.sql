-- Deadline alarms and notifications (issue 5, R1.6-R1.9, R1.14). Portable SQL for MariaDB 10.11
-- and H2 2.2 (MODE=MariaDB).

-- A message's alarms: the warning instant of its current deadline, the next instant the deadline
-- sweep must act on (NULL: nothing pending; the sweep's index), and the deadlines for which the
-- warning and the overdue notice were given (each once per deadline).
ALTER TABLE message ADD COLUMN warn_at DATETIME(6);
ALTER TABLE message ADD COLUMN alarm_at DATETIME(6);
ALTER TABLE message ADD COLUMN warned_for DATETIME(6);
ALTER TABLE message ADD COLUMN overdue_for DATETIME(6);
CREATE INDEX ix_message_alarm ON message (alarm_at);
-- messages already open when this migration runs: their overdue alarm (the warning is armed again
-- at the next recomputation of their deadline)
UPDATE message SET alarm_at = current_due_at WHERE closed_at IS NULL;

-- In-app notifications: one row per recipient; what it is about is kept as data and put into
-- words in the reader's language when shown.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE notification (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    recipient_id     BIGINT        NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    message_id       BIGINT,
    message_kind     VARCHAR(20),
    due_at           DATETIME(6),
    -- the beginning of the message's text, or the digest's figures: shown as text only
    excerpt          VARCHAR(400),
    created_at       DATETIME(6)   NOT NULL,
    read_at          DATETIME(6),
    CONSTRAINT fk_notification_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES staff_user (id)
);
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, created_at);
CREATE INDEX ix_notification_created ON notification (created_at);

-- E-mails to send (an outbox): written in the same transaction as the event that causes them,
-- sent afterwards and retried, so a mail server that is down never blocks or rolls back the work.
CREATE SEQUENCE mail_outbox_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE mail_outbox (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    recipient_id     BIGINT,
    address          VARCHAR(320)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             MEDIUMTEXT    NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  DATETIME(6),
    -- a sender (one node) holds the row until then, so two nodes never send the same mail
    claimed_until    DATETIME(6),
    sent_at          DATETIME(6),
    last_error       VARCHAR(1000),
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_mail_outbox_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_mail_outbox_pending ON mail_outbox (sent_at, next_attempt_at);
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);

-- Which notifications a staff member also wants by e-mail (no row: all of them).
CREATE TABLE notification_settings (
    staff_user_id    BIGINT        NOT NULL PRIMARY KEY,
    email_kinds      VARCHAR(300)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_notification_settings_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id)
);

-- The curator's morning digest, once per organisation and working day (the key keeps a second
-- node from sending it again).
CREATE TABLE digest_sent (
    organisation_id  BIGINT        NOT NULL,
    digest_day       DATE          NOT NULL,
    sent_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (organisation_id, digest_day),
    CONSTRAINT fk_digest_sent_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
