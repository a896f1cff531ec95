-- Otklik foundation: organisations, staff with roles, the audit log.
-- Portable SQL: runs unchanged on MariaDB 10.11 and on H2 2.2 in MODE=MariaDB.
-- Hibernate never alters the schema; every change is a new versioned migration.

-- The settlement's administration. Every business record belongs to one (multi-tenancy).
CREATE SEQUENCE organisation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE organisation (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    district             VARCHAR(200),
    time_zone            VARCHAR(64)  NOT NULL,
    -- decree item 2: the official responsible for the whole work with messages
    responsible_official VARCHAR(200),
    -- the head of the settlement (assigns executors, R1.6) and the curator (R1.5)
    head_name            VARCHAR(200),
    curator_name         VARCHAR(200),
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL
);

-- Staff users. Never deleted: deactivation keeps the name in the history (audit, messages).
-- The login is lower case and unique in the installation; the password is a bcrypt hash in
-- modular-crypt form, verified by WildFly Elytron's jdbc-realm (wildfly/security.cli).
CREATE SEQUENCE staff_user_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE staff_user (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    organisation_id          BIGINT       NOT NULL,
    login                    VARCHAR(64)  NOT NULL,
    full_name                VARCHAR(200) NOT NULL,
    position_title           VARCHAR(200),
    email                    VARCHAR(254),
    password_hash            VARCHAR(100) NOT NULL,
    password_change_required BOOLEAN      NOT NULL,
    active                   BOOLEAN      NOT NULL,
    locale                   VARCHAR(8)   NOT NULL,
    created_at               DATETIME(6)  NOT NULL,
    last_login_at            DATETIME(6),
    version                  BIGINT       NOT NULL,
    CONSTRAINT uk_staff_user_login UNIQUE (login),
    CONSTRAINT fk_staff_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- The seven roles of REQUIREMENTS.md; a user may hold several.
CREATE TABLE staff_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_staff_user_role_user FOREIGN KEY (user_id) REFERENCES staff_user (id)
);

-- Who did what to which record, and when; changed fields with old and new values as JSON.
CREATE TABLE audit_entry (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT,
    occurred_at     DATETIME(6)  NOT NULL,
    actor           VARCHAR(64)  NOT NULL,
    action          VARCHAR(40)  NOT NULL,
    entity_type     VARCHAR(60),
    entity_id       VARCHAR(64),
    entity_label    VARCHAR(200),
    changes         TEXT
);
CREATE INDEX ix_audit_entry_org_time ON audit_entry (organisation_id, occurred_at);
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);
