package dk.welfarealliance.service.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.internal.Terms;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import dk.welfarealliance.service.SignAgreement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The sign command (docs/lifecycle.md): signatories, overlap with signed terms, and superseding a term in force. */
final class Signing {
    private Signing() {}

    static AllianceChange sign(Alliance alliance, SignAgreement command, CommandContext context) {
        Agreement a = AgreementTransitions.allowedTarget(alliance, command.getAgreement(), command, "agreement");
        List<Signatory> signatories = IdAssignment.each(command.getSignatories(), context.assign()::signatory);
        requireSignatories(alliance, a, command, signatories);
        AgreementPeriod period = command.getPeriod();
        PartialDate signingDate = context.stepDate(command.getSigningDate());
        AllianceChange change = new AllianceChange(alliance, signingDate);

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
            if (!isSuperseded && other.effectivePeriod().map(p -> Terms.overlap(p, period)).orElse(false)) {
                throw Rejections.of(command, "period", Rule.LIFECYCLE_SIGN_OVERLAP, "other", other.getId());
            }
        }

        Agreement signed = Agreement.builder().from(a)
                .state(AgreementState.SIGNED)
                .heldFrom(Optional.empty())
                .period(period)
                .signingDate(signingDate)
                .signatories(signatories)
                .signatoriesNotRecorded(command.isSignatoriesNotRecorded())
                .build();
        change.replace(signed, HistoryEvent.SIGNED, Optional.empty());
        superseded.ifPresent(old -> {
            String reason = "Superseded by agreement " + a.getId() + ", which starts " + period.getStart();
            change.replace(AgreementTransitions.terminated(old, period.getStart().minusDays(1), reason),
                    HistoryEvent.SUPERSEDED, Optional.of(reason));
        });
        return change;
    }

    /**
     * A signed term that starts before the new start and runs on at least to the day before it: it ends on or
     * after that day, or is open-ended. A term whose end is not recorded needs no superseding: a later term
     * never overlaps it.
     */
    private static boolean canSupersede(Agreement old, AgreementPeriod period) {
        if (old.getState() != AgreementState.SIGNED) {
            return false;
        }
        AgreementPeriod term = old.getPeriod().orElseThrow();
        LocalDate dayBefore = period.getStart().minusDays(1);
        boolean runsOn = switch (term.endKind()) {
            case DATE -> !term.getEnd().orElseThrow().isBefore(dayBefore);
            case OPEN_ENDED -> true;
            case NOT_RECORDED -> false;
        };
        return term.getStart().isBefore(period.getStart()) && runsOn;
    }

    private static void requireSignatories(Alliance alliance, Agreement a, SignAgreement command,
            List<Signatory> signatories) {
        Violations v = Violations.of(Rejections.type(command));
        if (command.isSignatoriesNotRecorded()) {
            if (!signatories.isEmpty()) {
                v.add("signatoriesNotRecorded", Rule.AGREEMENT_SIGNATORIES_NOT_RECORDED);
            }
            v.throwIfAny();
            return;
        }
        if (signatories.stream().noneMatch(s -> s.getParty() == SignatoryParty.MUNICIPALITY)) {
            v.add("signatories", Rule.LIFECYCLE_SIGN_MUNICIPALITY_SIGNATORY);
        }
        if (signatories.stream().noneMatch(s -> s.getParty().isFootball())) {
            v.add("signatories", Rule.LIFECYCLE_SIGN_FOOTBALL_SIGNATORY);
        }
        for (int i = 0; i < signatories.size(); i++) {
            Signatory s = signatories.get(i);
            String at = "signatories[" + i + "]";
            if (s.getParty() == SignatoryParty.LOCAL_UNION && a.getLocalUnion().isEmpty()) {
                v.add(at + ".party", Rule.LIFECYCLE_SIGN_LOCAL_UNION_MISSING);
            }
            s.getContact().filter(c -> alliance.contact(c).isEmpty())
                    .ifPresent(c -> v.add(at + ".contact", Rule.LIFECYCLE_CONTACT_UNKNOWN, "contact", c));
            s.getClub().filter(c -> alliance.getClubs().stream().noneMatch(k -> k.getId().equals(c)))
                    .ifPresent(c -> v.add(at + ".club", Rule.LIFECYCLE_CHILD_UNKNOWN, "id", c));
            s.getPartner().filter(p -> alliance.getPartners().stream().noneMatch(k -> k.getId().equals(p)))
                    .ifPresent(p -> v.add(at + ".partner", Rule.LIFECYCLE_CHILD_UNKNOWN, "id", p));
        }
        v.throwIfAny();
    }
}
