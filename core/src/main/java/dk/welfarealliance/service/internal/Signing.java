package dk.welfarealliance.service.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.service.SignAgreement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The sign command (DESIGN §3): signatories, overlap with signed terms, and superseding a term in force. */
final class Signing {
    private Signing() {}

    static AllianceChange sign(Alliance alliance, SignAgreement command) {
        Agreement a = AgreementTransitions.allowedTarget(alliance, command.getAgreement(), command);
        requireSignatories(alliance, a, command);
        AgreementPeriod period = command.getPeriod();
        AllianceChange change = new AllianceChange(alliance);

        Optional<Agreement> superseded = Optional.empty();
        if (command.getSupersedes().isPresent()) {
            Agreement old = Rejections.target(alliance, command.getSupersedes().get(), command, "supersedes");
            if (!canSupersede(old, period)) {
                throw Rejections.of(command, "supersedes", Rule.LIFECYCLE_SUPERSEDE_INVALID, "other", old.getId());
            }
            superseded = Optional.of(old);
        }
        for (Agreement other : alliance.getAgreements()) {
            boolean isSuperseded = superseded.isPresent() && superseded.get().getId().equals(other.getId());
            if (!isSuperseded && other.effectivePeriod().map(p -> p.overlaps(period)).orElse(false)) {
                throw Rejections.of(command, "period", Rule.LIFECYCLE_SIGN_OVERLAP, "other", other.getId());
            }
        }

        Agreement signed = Agreement.builder().from(a)
                .state(AgreementState.SIGNED)
                .heldFrom(Optional.empty())
                .period(period)
                .signingDate(command.getSigningDate())
                .signatories(command.getSignatories())
                .build();
        change.replace(signed, HistoryEvent.SIGNED, Optional.empty());
        superseded.ifPresent(old -> {
            String reason = "Superseded by agreement " + a.getId() + ", which starts " + period.getStart();
            change.replace(AgreementTransitions.terminated(old, period.getStart().minusDays(1), reason),
                    HistoryEvent.SUPERSEDED, Optional.of(reason));
        });
        return change;
    }

    /** A signed term that starts before the new start and ends on or after the day before it. */
    private static boolean canSupersede(Agreement old, AgreementPeriod period) {
        if (old.getState() != AgreementState.SIGNED) {
            return false;
        }
        AgreementPeriod term = old.getPeriod().orElseThrow();
        LocalDate dayBefore = period.getStart().minusDays(1);
        return term.getStart().isBefore(period.getStart()) && !term.getEnd().isBefore(dayBefore);
    }

    private static void requireSignatories(Alliance alliance, Agreement a, SignAgreement command) {
        Violations v = Violations.of(Rejections.type(command));
        List<Signatory> signatories = command.getSignatories();
        if (signatories.stream().noneMatch(s -> s.getParty() == SignatoryParty.MUNICIPALITY)) {
            v.add("signatories", Rule.LIFECYCLE_SIGN_MUNICIPALITY_SIGNATORY);
        }
        if (signatories.stream().noneMatch(s -> s.getParty().isFootball())) {
            v.add("signatories", Rule.LIFECYCLE_SIGN_FOOTBALL_SIGNATORY);
        }
        for (int i = 0; i < signatories.size(); i++) {
            Signatory s = signatories.get(i);
            if (s.getParty() == SignatoryParty.LOCAL_UNION && a.getLocalUnion().isEmpty()) {
                v.add("signatories[" + i + "].party", Rule.LIFECYCLE_SIGN_LOCAL_UNION_MISSING);
            }
            Optional<ContactId> contact = s.getContact();
            if (contact.isPresent() && alliance.contact(contact.get()).isEmpty()) {
                v.add("signatories[" + i + "].contact", Rule.LIFECYCLE_CONTACT_UNKNOWN, "contact", contact.get());
            }
        }
        v.throwIfAny();
    }
}
