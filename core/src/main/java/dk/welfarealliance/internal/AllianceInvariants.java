package dk.welfarealliance.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.Goal;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerId;
import dk.welfarealliance.Party;
import dk.welfarealliance.Payment;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.internal.validation.BeanValidation;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The invariants every {@link Alliance} value satisfies (docs/model.md), checked when it is built. */
public final class AllianceInvariants {
    private static final UUID UNASSIGNED = new UUID(0L, 0L);

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
        // The alliance's own id may be any UUID, the nil one included; only children can lack an id.
        seen.add(alliance.getId().value());
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
            eachId(v, seen, at + ".notes", a.getNotes(), n -> n.getId().value());
        }
        eachId(v, seen, "clubs", alliance.getClubs(), c -> c.getId().value());
        eachId(v, seen, "partners", alliance.getPartners(), p -> p.getId().value());
        eachId(v, seen, "contacts", alliance.getContacts(), c -> c.getId().value());
        eachId(v, seen, "notes", alliance.getNotes(), n -> n.getId().value());
    }

    private static <T> void eachId(Violations v, Set<UUID> seen, String path, List<T> items, Function<T, UUID> id) {
        for (int i = 0; i < items.size(); i++) {
            unique(v, seen, path + "[" + i + "].id", id.apply(items.get(i)));
        }
    }

    private static void unique(Violations v, Set<UUID> seen, String path, UUID id) {
        if (id.equals(UNASSIGNED) && !path.equals("id")) {
            v.add(path, Rule.ALLIANCE_ID_UNASSIGNED);
        } else if (!seen.add(id)) {
            v.add(path, Rule.ALLIANCE_ID_DUPLICATE, "id", id);
        }
    }

    /** Effective terms, in order of their starts, never overlap ({@link Terms#overlap}). */
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
            if (Terms.overlap(a, b)) {
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
        References known = new References(alliance);
        for (int i = 0; i < alliance.getAgreements().size(); i++) {
            Agreement a = alliance.getAgreements().get(i);
            String at = "agreements[" + i + "]";
            a.getRenews().filter(r -> !known.agreements.contains(r))
                    .ifPresent(r -> v.add(at + ".renews", Rule.ALLIANCE_REFERENCE_UNKNOWN, "id", r));
            for (int j = 0; j < a.getSignatories().size(); j++) {
                Signatory s = a.getSignatories().get(j);
                String path = at + ".signatories[" + j + "]";
                known.contact(v, path + ".contact", s.getContact());
                known.club(v, path + ".club", s.getClub());
                known.partner(v, path + ".partner", s.getPartner());
            }
            for (int j = 0; j < a.getInitiatives().size(); j++) {
                Initiative initiative = a.getInitiatives().get(j);
                String path = at + ".initiatives[" + j + "]";
                initiative.getClubs().forEach(c -> known.club(v, path + ".clubs", Optional.of(c)));
                initiative.getPartners().forEach(p -> known.partner(v, path + ".partners", Optional.of(p)));
            }
            for (int j = 0; j < a.getPayments().size(); j++) {
                Payment payment = a.getPayments().get(j);
                String path = at + ".payments[" + j + "]";
                known.party(v, path + ".payer", payment.getPayer());
                known.party(v, path + ".payee", payment.getPayee());
            }
        }
        for (int i = 0; i < alliance.getHistory().size(); i++) {
            HistoryEntry e = alliance.getHistory().get(i);
            String at = "history[" + i + "]";
            e.getAgreement().filter(r -> !known.agreements.contains(r))
                    .ifPresent(r -> v.add(at + ".agreement", Rule.ALLIANCE_REFERENCE_UNKNOWN, "id", r));
            known.contact(v, at + ".contact", e.getContact());
        }
    }

    /** The ids that references inside the alliance may point at. */
    private static final class References {
        final Set<AgreementId> agreements = new HashSet<>();
        final Set<ContactId> contacts = new HashSet<>();
        final Set<ClubId> clubs = new HashSet<>();
        final Set<PartnerId> partners = new HashSet<>();

        References(Alliance alliance) {
            alliance.getAgreements().forEach(a -> agreements.add(a.getId()));
            alliance.getContacts().forEach((ContactPerson c) -> contacts.add(c.getId()));
            alliance.getClubs().forEach((Club c) -> clubs.add(c.getId()));
            alliance.getPartners().forEach((Partner p) -> partners.add(p.getId()));
        }

        void contact(Violations v, String path, Optional<ContactId> id) {
            id.filter(c -> !contacts.contains(c)).ifPresent(c -> v.add(path, Rule.ALLIANCE_REFERENCE_UNKNOWN, "id", c));
        }

        void club(Violations v, String path, Optional<ClubId> id) {
            id.filter(c -> !clubs.contains(c)).ifPresent(c -> v.add(path, Rule.ALLIANCE_REFERENCE_UNKNOWN, "id", c));
        }

        void partner(Violations v, String path, Optional<PartnerId> id) {
            id.filter(p -> !partners.contains(p)).ifPresent(p -> v.add(path, Rule.ALLIANCE_REFERENCE_UNKNOWN, "id", p));
        }

        void party(Violations v, String path, Optional<Party> party) {
            party.ifPresent(p -> {
                club(v, path + ".club", p.getClub());
                partner(v, path + ".partner", p.getPartner());
            });
        }
    }
}
