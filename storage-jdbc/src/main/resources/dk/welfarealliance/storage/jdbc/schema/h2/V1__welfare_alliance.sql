-- welfare-alliance JDBC store, schema version 1, H2.
-- Flyway-compatible: every table, index and constraint name starts with the placeholder "prefix"
-- (Flyway fills it; the store's create-if-missing mode fills it itself).
-- H2 compares text in binary order unless the embedder sets a database collation, and orders uuid
-- unsigned, as PostgreSQL does; otherwise this script is the PostgreSQL one.
-- Tables are public: reporting users may query them with plain SQL (docs/jdbc-store.md). They change
-- only additively within a minor version, each change as a new versioned script.

CREATE TABLE ${prefix}schema_info (
    version      integer      NOT NULL,
    script       varchar(200) NOT NULL,
    installed_at timestamp with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT ${prefix}schema_info_pk PRIMARY KEY (version)
);

CREATE TABLE ${prefix}alliance (
    id                uuid        NOT NULL,
    federation        varchar(40) NOT NULL,
    municipality      varchar(3)  NOT NULL,
    version           bigint      NOT NULL,
    last_modified     timestamp with time zone NOT NULL,
    latest_signed_end date,
    CONSTRAINT ${prefix}alliance_pk PRIMARY KEY (id),
    CONSTRAINT ${prefix}alliance_natural_key UNIQUE (federation, municipality)
);
CREATE INDEX ${prefix}alliance_municipality_ix ON ${prefix}alliance (municipality, id);
CREATE INDEX ${prefix}alliance_latest_end_ix ON ${prefix}alliance (latest_signed_end, id);

CREATE TABLE ${prefix}agreement (
    alliance_id        uuid          NOT NULL,
    id                 uuid          NOT NULL,
    position           integer       NOT NULL,
    title              varchar(200)  NOT NULL,
    title_search       varchar(800)  NOT NULL,
    state              varchar(20)   NOT NULL,
    held_from          varchar(20),
    local_union        varchar(40),
    renews             uuid,
    period_start       date,
    period_end         date,
    effective_end      date,
    has_grassroots     boolean       NOT NULL,
    has_elite          boolean       NOT NULL,
    signing_date       date,
    termination_date   date,
    termination_reason varchar(4000),
    abandon_reason     varchar(4000),
    CONSTRAINT ${prefix}agreement_pk PRIMARY KEY (alliance_id, id),
    CONSTRAINT ${prefix}agreement_alliance_fk FOREIGN KEY (alliance_id)
        REFERENCES ${prefix}alliance (id) ON DELETE CASCADE
);
CREATE INDEX ${prefix}agreement_in_force_ix ON ${prefix}agreement (effective_end, period_start);

CREATE TABLE ${prefix}focus_area (
    alliance_id  uuid        NOT NULL,
    agreement_id uuid        NOT NULL,
    code         varchar(47) NOT NULL,
    CONSTRAINT ${prefix}focus_area_pk PRIMARY KEY (alliance_id, agreement_id, code),
    CONSTRAINT ${prefix}focus_area_agreement_fk FOREIGN KEY (alliance_id, agreement_id)
        REFERENCES ${prefix}agreement (alliance_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}signatory (
    alliance_id  uuid         NOT NULL,
    id           uuid         NOT NULL,
    agreement_id uuid         NOT NULL,
    position     integer      NOT NULL,
    party        varchar(20)  NOT NULL,
    role         varchar(200) NOT NULL,
    contact_id   uuid,
    CONSTRAINT ${prefix}signatory_pk PRIMARY KEY (alliance_id, id),
    CONSTRAINT ${prefix}signatory_agreement_fk FOREIGN KEY (alliance_id, agreement_id)
        REFERENCES ${prefix}agreement (alliance_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}initiative (
    alliance_id  uuid          NOT NULL,
    id           uuid          NOT NULL,
    agreement_id uuid          NOT NULL,
    position     integer       NOT NULL,
    name         varchar(200)  NOT NULL,
    concept      varchar(200),
    focus_area   varchar(47),
    description  varchar(4000),
    CONSTRAINT ${prefix}initiative_pk PRIMARY KEY (alliance_id, id),
    CONSTRAINT ${prefix}initiative_agreement_fk FOREIGN KEY (alliance_id, agreement_id)
        REFERENCES ${prefix}agreement (alliance_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}target_group (
    alliance_id   uuid        NOT NULL,
    initiative_id uuid        NOT NULL,
    code          varchar(40) NOT NULL,
    CONSTRAINT ${prefix}target_group_pk PRIMARY KEY (alliance_id, initiative_id, code),
    CONSTRAINT ${prefix}target_group_initiative_fk FOREIGN KEY (alliance_id, initiative_id)
        REFERENCES ${prefix}initiative (alliance_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}goal (
    alliance_id   uuid          NOT NULL,
    id            uuid          NOT NULL,
    initiative_id uuid          NOT NULL,
    position      integer       NOT NULL,
    metric        varchar(200)  NOT NULL,
    baseline      numeric(18,6),
    target        numeric(18,6) NOT NULL,
    unit          varchar(20)   NOT NULL,
    CONSTRAINT ${prefix}goal_pk PRIMARY KEY (alliance_id, id),
    CONSTRAINT ${prefix}goal_initiative_fk FOREIGN KEY (alliance_id, initiative_id)
        REFERENCES ${prefix}initiative (alliance_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}measurement (
    alliance_id    uuid          NOT NULL,
    id             uuid          NOT NULL,
    agreement_id   uuid          NOT NULL,
    position       integer       NOT NULL,
    goal_id        uuid          NOT NULL,
    measured_on    date          NOT NULL,
    measured_value numeric(18,6) NOT NULL,
    unit           varchar(20)   NOT NULL,
    note           varchar(4000),
    CONSTRAINT ${prefix}measurement_pk PRIMARY KEY (alliance_id, id),
    CONSTRAINT ${prefix}measurement_agreement_fk FOREIGN KEY (alliance_id, agreement_id)
        REFERENCES ${prefix}agreement (alliance_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}elite_commitment (
    alliance_id   uuid          NOT NULL,
    id            uuid          NOT NULL,
    agreement_id  uuid          NOT NULL,
    position      integer       NOT NULL,
    kind          varchar(40)   NOT NULL,
    minimum_count integer       NOT NULL,
    age_group     varchar(10),
    gender        varchar(10),
    description   varchar(4000),
    CONSTRAINT ${prefix}elite_commitment_pk PRIMARY KEY (alliance_id, id),
    CONSTRAINT ${prefix}elite_commitment_agreement_fk FOREIGN KEY (alliance_id, agreement_id)
        REFERENCES ${prefix}agreement (alliance_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}elite_event (
    alliance_id  uuid          NOT NULL,
    id           uuid          NOT NULL,
    agreement_id uuid          NOT NULL,
    position     integer       NOT NULL,
    kind         varchar(40)   NOT NULL,
    held_on      date          NOT NULL,
    title        varchar(200)  NOT NULL,
    age_group    varchar(10),
    gender       varchar(10),
    description  varchar(4000),
    CONSTRAINT ${prefix}elite_event_pk PRIMARY KEY (alliance_id, id),
    CONSTRAINT ${prefix}elite_event_agreement_fk FOREIGN KEY (alliance_id, agreement_id)
        REFERENCES ${prefix}agreement (alliance_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}payment (
    alliance_id  uuid          NOT NULL,
    id           uuid          NOT NULL,
    agreement_id uuid          NOT NULL,
    position     integer       NOT NULL,
    kind         varchar(20)   NOT NULL,
    amount       numeric(15,2) NOT NULL,
    currency     varchar(3)    NOT NULL,
    description  varchar(4000),
    CONSTRAINT ${prefix}payment_pk PRIMARY KEY (alliance_id, id),
    CONSTRAINT ${prefix}payment_agreement_fk FOREIGN KEY (alliance_id, agreement_id)
        REFERENCES ${prefix}agreement (alliance_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}evaluation (
    alliance_id  uuid          NOT NULL,
    id           uuid          NOT NULL,
    agreement_id uuid          NOT NULL,
    position     integer       NOT NULL,
    evaluated_on date          NOT NULL,
    summary      varchar(4000) NOT NULL,
    CONSTRAINT ${prefix}evaluation_pk PRIMARY KEY (alliance_id, id),
    CONSTRAINT ${prefix}evaluation_agreement_fk FOREIGN KEY (alliance_id, agreement_id)
        REFERENCES ${prefix}agreement (alliance_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}club (
    alliance_id uuid         NOT NULL,
    id          uuid         NOT NULL,
    position    integer      NOT NULL,
    name        varchar(200) NOT NULL,
    cvr         varchar(8),
    CONSTRAINT ${prefix}club_pk PRIMARY KEY (alliance_id, id),
    CONSTRAINT ${prefix}club_alliance_fk FOREIGN KEY (alliance_id)
        REFERENCES ${prefix}alliance (id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}partner (
    alliance_id uuid         NOT NULL,
    id          uuid         NOT NULL,
    position    integer      NOT NULL,
    name        varchar(200) NOT NULL,
    kind        varchar(40)  NOT NULL,
    cvr         varchar(8),
    CONSTRAINT ${prefix}partner_pk PRIMARY KEY (alliance_id, id),
    CONSTRAINT ${prefix}partner_alliance_fk FOREIGN KEY (alliance_id)
        REFERENCES ${prefix}alliance (id) ON DELETE CASCADE
);

-- Personal data: erasure overwrites these columns with the tombstone.
CREATE TABLE ${prefix}contact (
    alliance_id uuid         NOT NULL,
    id          uuid         NOT NULL,
    position    integer      NOT NULL,
    name        varchar(200) NOT NULL,
    job_title   varchar(200),
    email       varchar(200),
    phone       varchar(200),
    erased      boolean      NOT NULL,
    CONSTRAINT ${prefix}contact_pk PRIMARY KEY (alliance_id, id),
    CONSTRAINT ${prefix}contact_alliance_fk FOREIGN KEY (alliance_id)
        REFERENCES ${prefix}alliance (id) ON DELETE CASCADE
);

-- Append-only: the store only inserts rows here (they go with their alliance when it is deleted).
CREATE TABLE ${prefix}history (
    alliance_id  uuid          NOT NULL,
    seq          bigint        NOT NULL,
    event        varchar(40)   NOT NULL,
    agreement_id uuid,
    contact_id   uuid,
    happened_at  timestamp with time zone NOT NULL,
    actor        varchar(200)  NOT NULL,
    reason       varchar(4000),
    CONSTRAINT ${prefix}history_pk PRIMARY KEY (alliance_id, seq),
    CONSTRAINT ${prefix}history_alliance_fk FOREIGN KEY (alliance_id)
        REFERENCES ${prefix}alliance (id) ON DELETE CASCADE
);

INSERT INTO ${prefix}schema_info (version, script) VALUES (1, 'V1__welfare_alliance.sql');
