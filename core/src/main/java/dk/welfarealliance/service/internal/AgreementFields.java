package dk.welfarealliance.service.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.service.Command;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The fields of an agreement, by name, and the check that a revision changes only the ones a command may. */
final class AgreementFields {
    /** Draft content: what {@code edit} may change. */
    static final Set<String> DRAFT_CONTENT = Set.of("title", "period", "focusAreas", "initiatives", "eliteCommitments",
            "payments", "renews", "renewsUnrecorded", "extensionOption");
    /** Signed content: what {@code amend} may change (the period only by a later end). */
    static final Set<String> SIGNED_CONTENT = Set.of("period", "focusAreas", "initiatives", "eliteCommitments",
            "eliteEvents", "payments", "extensionOption");

    private static final Map<String, Function<Agreement, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("title", Agreement::getTitle);
        FIELDS.put("state", Agreement::getState);
        FIELDS.put("heldFrom", Agreement::getHeldFrom);
        FIELDS.put("localUnion", Agreement::getLocalUnion);
        FIELDS.put("renews", Agreement::getRenews);
        FIELDS.put("renewsUnrecorded", Agreement::getRenewsUnrecorded);
        FIELDS.put("period", Agreement::getPeriod);
        FIELDS.put("signingDate", Agreement::getSigningDate);
        FIELDS.put("signatories", Agreement::getSignatories);
        FIELDS.put("signatoriesNotRecorded", Agreement::isSignatoriesNotRecorded);
        FIELDS.put("terminationDate", Agreement::getTerminationDate);
        FIELDS.put("terminationReason", Agreement::getTerminationReason);
        FIELDS.put("abandonReason", Agreement::getAbandonReason);
        FIELDS.put("focusAreas", Agreement::getFocusAreas);
        FIELDS.put("initiatives", Agreement::getInitiatives);
        FIELDS.put("eliteCommitments", Agreement::getEliteCommitments);
        FIELDS.put("eliteEvents", Agreement::getEliteEvents);
        FIELDS.put("payments", Agreement::getPayments);
        FIELDS.put("evaluations", Agreement::getEvaluations);
        FIELDS.put("measurements", Agreement::getMeasurements);
        FIELDS.put("extensionOption", Agreement::getExtensionOption);
        FIELDS.put("notes", Agreement::getNotes);
    }

    private AgreementFields() {}

    /** Throws {@code lifecycle.change.not-allowed} for every field outside {@code allowed} that differs. */
    static void requireOnlyChanges(Command command, Agreement current, Agreement revised, Set<String> allowed) {
        Violations v = Violations.of(Rejections.type(command));
        FIELDS.forEach((name, field) -> {
            if (!allowed.contains(name) && !field.apply(current).equals(field.apply(revised))) {
                v.add("revised." + name, Rule.LIFECYCLE_CHANGE_NOT_ALLOWED,
                        "command", command.kind().name().toLowerCase(Locale.ROOT));
            }
        });
        v.throwIfAny();
    }
}
