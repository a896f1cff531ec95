-- Official accounts (Appendix 2: R2.1, R2.2, R2.3, R2.7) and their credential vault. Portable SQL
-- for MariaDB 10.11 and H2 2.2 (MODE=MariaDB).

-- An official account of the administration in a network, bound to its official phone (R2.2),
-- with its text description and design checklist (R2.7).
CREATE SEQUENCE official_account_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE official_account (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    network_id       BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    link             VARCHAR(1000),
    phone            VARCHAR(30),
    status           VARCHAR(20)   NOT NULL,
    description      TEXT,
    has_avatar       BOOLEAN       NOT NULL,
    has_cover        BOOLEAN       NOT NULL,
    has_description  BOOLEAN       NOT NULL,
    has_pinned_post  BOOLEAN       NOT NULL,
    has_widgets      BOOLEAN       NOT NULL,
    has_contacts     BOOLEAN       NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_official_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_official_account_network FOREIGN KEY (network_id) REFERENCES network (id)
);
CREATE INDEX ix_official_account_org ON official_account (organisation_id, status);

-- The staff responsible for an account (an SMM editor among them may reveal its credentials).
CREATE TABLE official_account_staff (
    account_id  BIGINT NOT NULL,
    staff_id    BIGINT NOT NULL,
    PRIMARY KEY (account_id, staff_id),
    CONSTRAINT fk_account_staff_account FOREIGN KEY (account_id) REFERENCES official_account (id),
    CONSTRAINT fk_account_staff_user FOREIGN KEY (staff_id) REFERENCES staff_user (id)
);

-- The account's login, password and 2FA recovery note (R2.2), each encrypted with AES-256-GCM
-- (Google Tink) under a key kept outside the database, bound to the account and the field as
-- associated data: Base64 of Tink's ciphertext (key id, nonce, ciphertext, tag). Never clear text.
CREATE TABLE account_credential (
    account_id       BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    login_cipher     VARCHAR(2000),
    password_cipher  VARCHAR(2000),
    recovery_cipher  TEXT,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_account_credential_account FOREIGN KEY (account_id) REFERENCES official_account (id),
    CONSTRAINT fk_account_credential_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- The regional information-policy recommendations (R2.3): documents and links kept in one place.
CREATE SEQUENCE policy_document_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE policy_document (
    id               BIGINT        NOT NULL PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    link             VARCHAR(1000),
    issued_on        DATE,
    note             TEXT,
    added_at         DATETIME(6)   NOT NULL,
    added_by         VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_policy_document_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
