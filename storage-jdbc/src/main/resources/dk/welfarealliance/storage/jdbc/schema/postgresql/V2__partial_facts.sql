-- welfare-alliance JDBC store, schema version 2, PostgreSQL: what sources leave out, dated steps, notes and
-- party links. Additive only: new nullable columns (existing rows get the values that mean what they meant in
-- version 1), two new tables, and two NOT NULL constraints dropped (a commitment without a minimum, a goal
-- without a target). Same placeholder "prefix" as version 1.

-- agreement: the kind of end (DATE, OPEN_ENDED, NOT_RECORDED), the latest day it can have been in force,
-- the precision of the signing date (DAY, MONTH, YEAR), signatories not recorded, the renewal of a term the
-- registry does not hold, and an option to extend
ALTER TABLE ${prefix}agreement ADD COLUMN period_end_kind varchar(20);
UPDATE ${prefix}agreement SET period_end_kind = 'DATE' WHERE period_start IS NOT NULL;
ALTER TABLE ${prefix}agreement ADD COLUMN end_at_latest date;
UPDATE ${prefix}agreement SET end_at_latest = effective_end WHERE effective_end >= period_start;
ALTER TABLE ${prefix}agreement ADD COLUMN signing_precision varchar(5);
UPDATE ${prefix}agreement SET signing_precision = 'DAY' WHERE signing_date IS NOT NULL;
ALTER TABLE ${prefix}agreement ADD COLUMN signatories_not_recorded boolean NOT NULL DEFAULT FALSE;
ALTER TABLE ${prefix}agreement ADD COLUMN renews_unrecorded boolean NOT NULL DEFAULT FALSE;
ALTER TABLE ${prefix}agreement ADD COLUMN unrecorded_start date;
ALTER TABLE ${prefix}agreement ADD COLUMN unrecorded_end date;
ALTER TABLE ${prefix}agreement ADD COLUMN unrecorded_end_kind varchar(20);
ALTER TABLE ${prefix}agreement ADD COLUMN unrecorded_note varchar(4000);
ALTER TABLE ${prefix}agreement ADD COLUMN extension_until date;
ALTER TABLE ${prefix}agreement ADD COLUMN extension_years integer;
ALTER TABLE ${prefix}agreement ADD COLUMN extension_text varchar(4000);
CREATE INDEX ${prefix}agreement_possibly_ix ON ${prefix}agreement (period_end_kind, period_start);

-- signatory: the club or partner signed for
ALTER TABLE ${prefix}signatory ADD COLUMN club_id uuid;
ALTER TABLE ${prefix}signatory ADD COLUMN partner_id uuid;

-- payment: who pays and who receives (kind as in signatory.party, and the club or partner id)
ALTER TABLE ${prefix}payment ADD COLUMN payer_kind varchar(20);
ALTER TABLE ${prefix}payment ADD COLUMN payer_id uuid;
ALTER TABLE ${prefix}payment ADD COLUMN payee_kind varchar(20);
ALTER TABLE ${prefix}payment ADD COLUMN payee_id uuid;

-- elite_commitment: no minimum, a deadline
ALTER TABLE ${prefix}elite_commitment ALTER COLUMN minimum_count DROP NOT NULL;
ALTER TABLE ${prefix}elite_commitment ADD COLUMN deadline date;

-- elite_event: the last day, the venue, the commitment it counts towards, the reference of a co-hosted event
ALTER TABLE ${prefix}elite_event ADD COLUMN end_date date;
ALTER TABLE ${prefix}elite_event ADD COLUMN venue varchar(200);
ALTER TABLE ${prefix}elite_event ADD COLUMN commitment_id uuid;
ALTER TABLE ${prefix}elite_event ADD COLUMN shared_reference varchar(200);

-- goal: no target, or a target that is a change (LEVEL, CHANGE, PERCENT_CHANGE)
ALTER TABLE ${prefix}goal ALTER COLUMN target DROP NOT NULL;
ALTER TABLE ${prefix}goal ADD COLUMN target_kind varchar(20);
UPDATE ${prefix}goal SET target_kind = 'LEVEL';

-- history: the day the step happened (first day and precision), besides when it was recorded
ALTER TABLE ${prefix}history ADD COLUMN on_date date;
ALTER TABLE ${prefix}history ADD COLUMN on_precision varchar(5);

-- dated notes on the alliance (agreement_id null) or on one agreement
CREATE TABLE ${prefix}note (
    alliance_id  uuid          NOT NULL,
    id           uuid          NOT NULL,
    agreement_id uuid,
    position     integer       NOT NULL,
    kind         varchar(40)   NOT NULL,
    noted_on     date          NOT NULL,
    noted_precision varchar(5) NOT NULL,
    note_text    varchar(4000) NOT NULL,
    CONSTRAINT ${prefix}note_pk PRIMARY KEY (alliance_id, id),
    CONSTRAINT ${prefix}note_alliance_fk FOREIGN KEY (alliance_id)
        REFERENCES ${prefix}alliance (id) ON DELETE CASCADE
);

-- the clubs (kind CLUB) and partners (kind PARTNER) that deliver each initiative; a set, so no position
CREATE TABLE ${prefix}initiative_party (
    alliance_id   uuid        NOT NULL,
    initiative_id uuid        NOT NULL,
    kind          varchar(20) NOT NULL,
    party_id      uuid        NOT NULL,
    CONSTRAINT ${prefix}initiative_party_pk PRIMARY KEY (alliance_id, initiative_id, party_id),
    CONSTRAINT ${prefix}initiative_party_initiative_fk FOREIGN KEY (alliance_id, initiative_id)
        REFERENCES ${prefix}initiative (alliance_id, id) ON DELETE CASCADE
);

INSERT INTO ${prefix}schema_info (version, script) VALUES (2, 'V2__partial_facts.sql');
