package dk.welfarealliance.benchmarks;

import java.util.List;

/**
 * The store's 18 tables (schema version 2) as the hand-written baselines use them: every column, in the
 * order of the rows {@link RawRows} makes and {@link RawAssembler} reads. Lists come back ordered by their
 * position in SQL; sets (focus areas, target groups, initiative parties) in any order.
 */
final class RawSchema {
    static final RawTable ALLIANCE = new RawTable("alliance",
            "id:uuid federation:text municipality:text version:long last_modified:instant latest_signed_end:date",
            "id", "");
    static final RawTable AGREEMENT = new RawTable("agreement", """
            alliance_id:uuid id:uuid position:int title:text title_search:text state:text held_from:text
            local_union:text renews:uuid period_start:date period_end:date period_end_kind:text effective_end:date
            end_at_latest:date has_grassroots:bool has_elite:bool signing_date:date signing_precision:text
            signatories_not_recorded:bool termination_date:date termination_reason:text abandon_reason:text
            renews_unrecorded:bool unrecorded_start:date unrecorded_end:date unrecorded_end_kind:text
            unrecorded_note:text extension_until:date extension_years:int extension_text:text
            """, "alliance_id", "position");
    static final RawTable FOCUS_AREA = new RawTable("focus_area", "alliance_id:uuid agreement_id:uuid code:text",
            "alliance_id", "");
    static final RawTable SIGNATORY = new RawTable("signatory", """
            alliance_id:uuid id:uuid agreement_id:uuid position:int party:text role:text contact_id:uuid club_id:uuid
            partner_id:uuid
            """, "alliance_id", "position");
    static final RawTable INITIATIVE = new RawTable("initiative", """
            alliance_id:uuid id:uuid agreement_id:uuid position:int name:text concept:text focus_area:text
            description:text
            """, "alliance_id", "position");
    static final RawTable TARGET_GROUP = new RawTable("target_group", "alliance_id:uuid initiative_id:uuid code:text",
            "alliance_id", "");
    static final RawTable INITIATIVE_PARTY = new RawTable("initiative_party",
            "alliance_id:uuid initiative_id:uuid kind:text party_id:uuid", "alliance_id", "");
    static final RawTable GOAL = new RawTable("goal", """
            alliance_id:uuid id:uuid initiative_id:uuid position:int metric:text baseline:number target:number
            target_kind:text unit:text
            """, "alliance_id", "position");
    static final RawTable MEASUREMENT = new RawTable("measurement", """
            alliance_id:uuid id:uuid agreement_id:uuid position:int goal_id:uuid measured_on:date
            measured_value:number unit:text note:text
            """, "alliance_id", "position");
    static final RawTable ELITE_COMMITMENT = new RawTable("elite_commitment", """
            alliance_id:uuid id:uuid agreement_id:uuid position:int kind:text minimum_count:int deadline:date
            age_group:text gender:text description:text
            """, "alliance_id", "position");
    static final RawTable ELITE_EVENT = new RawTable("elite_event", """
            alliance_id:uuid id:uuid agreement_id:uuid position:int kind:text held_on:date end_date:date title:text
            venue:text age_group:text gender:text commitment_id:uuid shared_reference:text description:text
            """, "alliance_id", "position");
    static final RawTable PAYMENT = new RawTable("payment", """
            alliance_id:uuid id:uuid agreement_id:uuid position:int kind:text amount:number currency:text
            description:text payer_kind:text payer_id:uuid payee_kind:text payee_id:uuid
            """, "alliance_id", "position");
    static final RawTable EVALUATION = new RawTable("evaluation", """
            alliance_id:uuid id:uuid agreement_id:uuid position:int evaluated_on:date summary:text
            """, "alliance_id", "position");
    static final RawTable CLUB = new RawTable("club", "alliance_id:uuid id:uuid position:int name:text cvr:text",
            "alliance_id", "position");
    static final RawTable PARTNER = new RawTable("partner",
            "alliance_id:uuid id:uuid position:int name:text kind:text cvr:text", "alliance_id", "position");
    static final RawTable CONTACT = new RawTable("contact", """
            alliance_id:uuid id:uuid position:int name:text job_title:text email:text phone:text erased:bool
            """, "alliance_id", "position");
    static final RawTable NOTE = new RawTable("note", """
            alliance_id:uuid id:uuid agreement_id:uuid position:int kind:text noted_on:date noted_precision:text
            note_text:text
            """, "alliance_id", "position");
    static final RawTable HISTORY = new RawTable("history", """
            alliance_id:uuid seq:long event:text agreement_id:uuid contact_id:uuid on_date:date on_precision:text
            happened_at:instant actor:text reason:text
            """, "alliance_id", "seq");

    /** The child tables, parents first (the order inserts must follow); indexes into {@link RawRows}. */
    static final List<RawTable> CHILDREN = List.of(AGREEMENT, FOCUS_AREA, SIGNATORY, INITIATIVE, TARGET_GROUP,
            INITIATIVE_PARTY, GOAL, MEASUREMENT, ELITE_COMMITMENT, ELITE_EVENT, PAYMENT, EVALUATION, CLUB, PARTNER,
            CONTACT, NOTE, HISTORY);

    private RawSchema() {}
}
