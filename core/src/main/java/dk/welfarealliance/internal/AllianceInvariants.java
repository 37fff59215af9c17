package dk.welfarealliance.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Goal;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The invariants every {@link Alliance} value satisfies (DESIGN §2.5), checked when it is built. */
public final class AllianceInvariants {
    private AllianceInvariants() {}

    public static void check(Alliance alliance) {
        Violations v = Violations.of(Alliance.class).addAll(BeanValidation.validate(alliance, Alliance.class));
        if (alliance.getVersion() < 0) {
            v.add("version", Rule.VERSION_NEGATIVE);
        }
        checkUniqueIds(v, alliance);
        checkTerms(v, alliance.getAgreements());
        checkOpen(v, alliance.getAgreements());
        checkHistory(v, alliance);
        checkReferences(v, alliance);
        v.throwIfAny();
    }

    private static void checkUniqueIds(Violations v, Alliance alliance) {
        Set<UUID> seen = new HashSet<>();
        unique(v, seen, "id", alliance.getId().value());
        List<Agreement> agreements = alliance.getAgreements();
        for (int i = 0; i < agreements.size(); i++) {
            Agreement a = agreements.get(i);
            String at = "agreements[" + i + "]";
            unique(v, seen, at + ".id", a.getId().value());
            for (int j = 0; j < a.getInitiatives().size(); j++) {
                Initiative initiative = a.getInitiatives().get(j);
                unique(v, seen, at + ".initiatives[" + j + "].id", initiative.getId().value());
                for (int k = 0; k < initiative.getGoals().size(); k++) {
                    Goal goal = initiative.getGoals().get(k);
                    unique(v, seen, at + ".initiatives[" + j + "].goals[" + k + "].id", goal.getId().value());
                }
            }
            eachId(v, seen, at + ".signatories", a.getSignatories(), s -> s.getId().value());
            eachId(v, seen, at + ".eliteCommitments", a.getEliteCommitments(), c -> c.getId().value());
            eachId(v, seen, at + ".eliteEvents", a.getEliteEvents(), e -> e.getId().value());
            eachId(v, seen, at + ".payments", a.getPayments(), p -> p.getId().value());
            eachId(v, seen, at + ".evaluations", a.getEvaluations(), e -> e.getId().value());
            eachId(v, seen, at + ".measurements", a.getMeasurements(), m -> m.getId().value());
        }
        eachId(v, seen, "clubs", alliance.getClubs(), c -> c.getId().value());
        eachId(v, seen, "partners", alliance.getPartners(), p -> p.getId().value());
        eachId(v, seen, "contacts", alliance.getContacts(), c -> c.getId().value());
    }

    private static <T> void eachId(Violations v, Set<UUID> seen, String path, List<T> items,
            java.util.function.Function<T, UUID> id) {
        for (int i = 0; i < items.size(); i++) {
            unique(v, seen, path + "[" + i + "].id", id.apply(items.get(i)));
        }
    }

    private static void unique(Violations v, Set<UUID> seen, String path, UUID id) {
        if (!seen.add(id)) {
            v.add(path, Rule.ALLIANCE_ID_DUPLICATE, "id", id);
        }
    }

    private static void checkTerms(Violations v, List<Agreement> agreements) {
        List<Integer> signed = new ArrayList<>();
        for (int i = 0; i < agreements.size(); i++) {
            if (agreements.get(i).effectivePeriod().isPresent()) {
                signed.add(i);
            }
        }
        signed.sort(Comparator.comparing(i -> agreements.get(i).effectivePeriod().orElseThrow().getStart()));
        for (int n = 1; n < signed.size(); n++) {
            Agreement earlier = agreements.get(signed.get(n - 1));
            Agreement later = agreements.get(signed.get(n));
            AgreementPeriod a = earlier.effectivePeriod().orElseThrow();
            AgreementPeriod b = later.effectivePeriod().orElseThrow();
            if (a.overlaps(b)) {
                v.add("agreements[" + signed.get(n) + "].period", Rule.ALLIANCE_TERMS_OVERLAP, "other", earlier.getId());
            }
        }
    }

    private static void checkOpen(Violations v, List<Agreement> agreements) {
        long open = agreements.stream().filter(a -> a.getState().isOpen()).count();
        if (open > 1) {
            v.add("agreements", Rule.ALLIANCE_OPEN_AGREEMENTS, "count", open);
        }
    }

    private static void checkHistory(Violations v, Alliance alliance) {
        List<HistoryEntry> history = alliance.getHistory();
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).getSeq() != i + 1L) {
                v.add("history[" + i + "].seq", Rule.ALLIANCE_HISTORY_SEQUENCE, "expected", i + 1L);
                return;
            }
        }
    }

    private static void checkReferences(Violations v, Alliance alliance) {
        Set<AgreementId> agreements = new HashSet<>();
        alliance.getAgreements().forEach(a -> agreements.add(a.getId()));
        Set<ContactId> contacts = new HashSet<>();
        for (ContactPerson c : alliance.getContacts()) {
            contacts.add(c.getId());
        }
        for (int i = 0; i < alliance.getAgreements().size(); i++) {
            Agreement a = alliance.getAgreements().get(i);
            String at = "agreements[" + i + "]";
            a.getRenews().filter(r -> !agreements.contains(r))
                    .ifPresent(r -> v.add(at + ".renews", Rule.ALLIANCE_REFERENCE_UNKNOWN, "id", r));
            for (int j = 0; j < a.getSignatories().size(); j++) {
                Signatory s = a.getSignatories().get(j);
                String path = at + ".signatories[" + j + "].contact";
                s.getContact().filter(c -> !contacts.contains(c))
                        .ifPresent(c -> v.add(path, Rule.ALLIANCE_REFERENCE_UNKNOWN, "id", c));
            }
        }
        for (int i = 0; i < alliance.getHistory().size(); i++) {
            HistoryEntry e = alliance.getHistory().get(i);
            String at = "history[" + i + "]";
            e.getAgreement().filter(r -> !agreements.contains(r))
                    .ifPresent(r -> v.add(at + ".agreement", Rule.ALLIANCE_REFERENCE_UNKNOWN, "id", r));
            e.getContact().filter(c -> !contacts.contains(c))
                    .ifPresent(c -> v.add(at + ".contact", Rule.ALLIANCE_REFERENCE_UNKNOWN, "id", c));
        }
    }
}
