package dk.welfarealliance.internal.validation;

/**
 * Every rule code the library reports. The codes are public contract (they appear in
 * {@link dk.welfarealliance.validation.Violation#getRule()}); each has an English and a Danish message under
 * the key {@code dk.welfarealliance.<code>}. A test checks both bundles against this list.
 */
public enum Rule {
    // values
    VALUE_NULL("value.null"),
    VALUE_REQUIRED("value.required"),
    TEXT_BLANK("text.blank"),
    TEXT_TOO_LONG("text.too-long"),
    TEXT_CONTROL_CHARACTER("text.control-character"),
    TEXT_UNPAIRED_SURROGATE("text.unpaired-surrogate"),
    ID_FORMAT("id.format"),
    MUNICIPALITY_CODE_FORMAT("municipality.code.format"),
    REGION_CODE_FORMAT("region.code.format"),
    FEDERATION_CODE_FORMAT("federation.code.format"),
    LOCAL_UNION_CODE_FORMAT("local-union.code.format"),
    FOCUS_AREA_CODE_FORMAT("focus-area.code.format"),
    TARGET_GROUP_CODE_FORMAT("target-group.code.format"),
    CVR_FORMAT("cvr.format"),
    CVR_CHECK_DIGIT("cvr.check-digit"),
    DATE_RANGE("date.range"),
    INSTANT_RANGE("instant.range"),
    PERIOD_ORDER("period.order"),
    MONEY_SCALE("money.scale"),
    MONEY_RANGE("money.range"),
    MONEY_CURRENCY_FORMAT("money.currency.format"),
    MONEY_AMOUNT_FORMAT("money.amount.format"),
    AMOUNT_POSITIVE("amount.positive"),
    NUMBER_SCALE("number.scale"),
    NUMBER_RANGE("number.range"),
    COUNT_MIN("count.min"),
    VERSION_NEGATIVE("version.negative"),
    HISTORY_SEQ_MIN("history.seq.min"),
    DATE_INVALID("date.invalid"),
    PARTIAL_DATE_FORMAT("partial-date.format"),
    PARTIAL_DATE_ALIGNMENT("partial-date.alignment"),
    PERIOD_OPEN_ENDED_WITH_END("period.open-ended-with-end"),
    EXTENSION_OPTION_EMPTY("extension-option.empty"),
    PARTY_REFERENCE_KIND("party.reference-kind"),
    GOAL_TARGET_BASELINE_REQUIRED("goal.target.baseline-required"),
    // agreement invariants
    AGREEMENT_FIELD_REQUIRED("agreement.state.field-required"),
    AGREEMENT_FIELD_NOT_ALLOWED("agreement.state.field-not-allowed"),
    AGREEMENT_HELD_FROM("agreement.on-hold.previous-state"),
    AGREEMENT_TERMINATION_DATE("agreement.termination-date.range"),
    AGREEMENT_INITIATIVE_FOCUS_AREA("agreement.initiative.focus-area"),
    AGREEMENT_MEASUREMENT_GOAL("agreement.measurement.goal-unknown"),
    AGREEMENT_MEASUREMENT_UNIT("agreement.measurement.unit-mismatch"),
    AGREEMENT_RENEWS_SELF("agreement.renews.self"),
    AGREEMENT_RENEWS_BOTH("agreement.renews.both"),
    AGREEMENT_SIGNATORIES_NOT_RECORDED("agreement.signatories.not-recorded-with-signatories"),
    AGREEMENT_EVENT_COMMITMENT("agreement.elite-event.commitment-unknown"),
    // alliance invariants
    ALLIANCE_TERMS_OVERLAP("alliance.terms.overlap"),
    ALLIANCE_OPEN_AGREEMENTS("alliance.open-agreements.too-many"),
    ALLIANCE_HISTORY_SEQUENCE("alliance.history.sequence"),
    ALLIANCE_ID_DUPLICATE("alliance.id.duplicate"),
    ALLIANCE_REFERENCE_UNKNOWN("alliance.reference.unknown"),
    ALLIANCE_ID_UNASSIGNED("alliance.id.unassigned"),
    // lifecycle commands
    LIFECYCLE_NOT_ALLOWED("lifecycle.command.not-allowed"),
    LIFECYCLE_OPEN_AGREEMENT_EXISTS("lifecycle.open-agreement.exists"),
    LIFECYCLE_AGREEMENT_UNKNOWN("lifecycle.agreement.unknown"),
    LIFECYCLE_CHANGE_NOT_ALLOWED("lifecycle.change.not-allowed"),
    LIFECYCLE_SIGN_MUNICIPALITY_SIGNATORY("lifecycle.sign.municipality-signatory-required"),
    LIFECYCLE_SIGN_FOOTBALL_SIGNATORY("lifecycle.sign.football-signatory-required"),
    LIFECYCLE_SIGN_LOCAL_UNION_MISSING("lifecycle.sign.local-union-missing"),
    LIFECYCLE_SIGN_OVERLAP("lifecycle.sign.overlap"),
    LIFECYCLE_SUPERSEDE_INVALID("lifecycle.sign.supersede-invalid"),
    LIFECYCLE_AMEND_END_EARLIER("lifecycle.amend.end-earlier"),
    LIFECYCLE_TERMINATE_DATE("lifecycle.terminate.date-range"),
    LIFECYCLE_CONTACT_UNKNOWN("lifecycle.contact.unknown"),
    LIFECYCLE_CONTACT_IN_USE("lifecycle.contact.in-use"),
    LIFECYCLE_CONTACT_ERASED("lifecycle.contact.erased"),
    LIFECYCLE_EVENT_OUTSIDE_PERIOD("lifecycle.elite-event.outside-period"),
    LIFECYCLE_RENEWS_INVALID("lifecycle.renews.invalid"),
    LIFECYCLE_PARTY_IN_USE("lifecycle.party.in-use"),
    LIFECYCLE_CHILD_UNKNOWN("lifecycle.child.unknown"),
    LIFECYCLE_INITIATIVE_MEASURED("lifecycle.initiative.measured"),
    LIFECYCLE_AMEND_END_FORGOTTEN("lifecycle.amend.end-forgotten"),
    // stored data (backends report it as StoredDataInvalidException)
    STORED_CODE_UNKNOWN("stored.code.unknown"),
    // application service
    SERVICE_ALLIANCE_UNKNOWN("service.alliance.unknown"),
    // reports
    REPORT_HORIZON_RANGE("report.horizon.range"),
    REPORT_AT_RISK_SHARE_RANGE("report.elite-delivery.at-risk-share.range"),
    // reference catalogue
    CATALOGUE_MUNICIPALITY_UNKNOWN("catalogue.municipality.unknown"),
    CATALOGUE_FEDERATION_UNKNOWN("catalogue.federation.unknown"),
    CATALOGUE_LOCAL_UNION_UNKNOWN("catalogue.local-union.unknown"),
    CATALOGUE_LOCAL_UNION_NOT_COVERING("catalogue.local-union.not-covering"),
    CATALOGUE_FOCUS_AREA_UNKNOWN("catalogue.focus-area.unknown"),
    CATALOGUE_REGION_UNKNOWN("catalogue.region.unknown"),
    CATALOGUE_CODE_DUPLICATE("catalogue.code.duplicate");

    private final String code;

    Rule(String code) {
        this.code = code;
    }

    /** @return the stable code, e.g. {@code text.too-long} */
    public String code() {
        return code;
    }

    /** @return the message template, {@code {dk.welfarealliance.<code>}} */
    public String template() {
        return "{dk.welfarealliance." + code + "}";
    }
}
