-- Working time (R1.6-R1.9): each organisation's copy of the production calendar (so a region can
-- add its own days without touching another organisation's), its weekly schedule and its answer
-- terms. Portable SQL for MariaDB 10.11 and H2 2.2 (MODE=MariaDB).

-- Where a year's calendar came from (a decree's file, an import, the administrator's edits).
CREATE SEQUENCE calendar_source_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE calendar_source (
    id              BIGINT       NOT NULL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    year_number     INT          NOT NULL,
    description     VARCHAR(300) NOT NULL,
    confirmed       BOOLEAN      NOT NULL,
    loaded_at       DATETIME(6)  NOT NULL,
    loaded_by       VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_calendar_source_year UNIQUE (organisation_id, year_number),
    CONSTRAINT fk_calendar_source_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- The dates that differ from the ordinary five-day week (xmlcalendar t=1,2,3).
CREATE SEQUENCE calendar_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE calendar_entry (
    id              BIGINT       NOT NULL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    calendar_date   DATE         NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    holiday         VARCHAR(100),
    moved_from      DATE,
    CONSTRAINT uk_calendar_entry_date UNIQUE (organisation_id, calendar_date),
    CONSTRAINT fk_calendar_entry_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- The working hours of each weekday (a missing weekday is not a working day).
CREATE SEQUENCE schedule_day_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE schedule_day (
    id              BIGINT   NOT NULL PRIMARY KEY,
    organisation_id BIGINT   NOT NULL,
    weekday         INT      NOT NULL,
    starts_at       TIME     NOT NULL,
    ends_at         TIME     NOT NULL,
    lunch_starts_at TIME,
    lunch_ends_at   TIME,
    version         BIGINT   NOT NULL,
    CONSTRAINT uk_schedule_day_weekday UNIQUE (organisation_id, weekday),
    CONSTRAINT fk_schedule_day_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- The answer terms; the decree's values are the defaults (R1.6 8 h, R1.7 4 h, R1.9 7 days).
CREATE TABLE deadline_terms (
    organisation_id          BIGINT NOT NULL PRIMARY KEY,
    incident_minutes         INT    NOT NULL,
    high_importance_minutes  INT    NOT NULL,
    publication_minutes      INT    NOT NULL,
    final_answer_days        INT    NOT NULL,
    version                  BIGINT NOT NULL,
    CONSTRAINT fk_deadline_terms_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
