package dk.welfarealliance.storage.jdbc.reliability;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.service.AbandonAgreement;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.EditAlliance;
import dk.welfarealliance.service.EraseContact;
import dk.welfarealliance.service.HoldAgreement;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.PutClub;
import dk.welfarealliance.service.PutContact;
import dk.welfarealliance.service.PutInitiative;
import dk.welfarealliance.service.RecordEliteEvent;
import dk.welfarealliance.service.RecordEvaluation;
import dk.welfarealliance.service.RecordMeasurement;
import dk.welfarealliance.service.RecordNote;
import dk.welfarealliance.service.RemoveClub;
import dk.welfarealliance.service.RenewAgreement;
import dk.welfarealliance.service.ResumeAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.service.TerminateAgreement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Commands made from an alliance as it is and a few numbers: valid ones and ones the lifecycle must reject
 * (wrong state, an unknown agreement, overlapping terms, an unknown goal). Deterministic: the same alliance and
 * numbers give the same command, so it can be applied to several stores and compared. Children carry no ids;
 * the lifecycle assigns them. Texts include SQL metacharacters now and then, which must be stored inert.
 */
public final class Moves {
    /** How many kinds of move {@link #command} knows. */
    public static final int KINDS = 18;

    private static final List<String> TEXTS = List.of("Klub", "O'Brien's \"Fodbold\"", "Robert'); DROP TABLE wa_alliance;--",
            "50% _rabat_ \\ på ; alt", "Ærø Å-løb ⚽ 🏟️");

    private Moves() {}

    /**
     * @param move which kind of command, modulo {@link #KINDS}
     * @param pick which agreement, contact or club it targets (0 the newest)
     * @param x what the command draws its dates and texts from
     * @param n a number that makes its texts unique within a run
     * @return the command; it may be one the lifecycle rejects
     */
    public static Command command(Alliance alliance, int move, int pick, int x, int n) {
        List<Agreement> agreements = alliance.getAgreements();
        Optional<Agreement> target = agreements.isEmpty()
                ? Optional.empty()
                : Optional.of(agreements.get(agreements.size() - 1 - Math.floorMod(pick, agreements.size())));
        AgreementId targetId = target.map(Agreement::getId)
                .orElseGet(() -> AgreementId.of(new UUID(0x4000L | x, 0x8000000000000000L | n)));
        String text = TEXTS.get(Math.floorMod(x, TEXTS.size())) + " " + n;
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(Math.floorMod(x, 3650));
        switch (Math.floorMod(move, KINDS)) {
            case 0:
                return OpenAgreement.titled("Aftale " + text);
            case 1:
                return ApproveAgreement.of(targetId);
            case 2:
                return HoldAgreement.of(targetId);
            case 3:
                return ResumeAgreement.of(targetId);
            case 4:
                return AbandonAgreement.of(targetId, "Opgivet: " + text);
            case 5:
                return sign(alliance, targetId, x);
            case 6:
                return TerminateAgreement.of(targetId, target.flatMap(Agreement::getPeriod)
                        .map(p -> p.getStart().plusDays(Math.floorMod(x, 400))).orElse(day), "Opsagt: " + text);
            case 7:
                return RenewAgreement.builder().previous(targetId).title("Fornyelse " + text).build();
            case 8:
                return PutClub.of(Club.builder().name(text).build());
            case 9:
                return PutContact.of(ContactPerson.builder().name("Person " + n).jobTitle("Konsulent")
                        .email("person" + n + "@example.dk").phone("+45 20 30 " + (10 + n % 90)).build());
            case 10:
                return alliance.getContacts().isEmpty()
                        ? EditAlliance.builder().build()
                        : EraseContact.of(alliance.getContacts().get(Math.floorMod(pick, alliance.getContacts().size())).getId());
            case 11:
                return RecordNote.on(targetId, Note.of(NoteKind.MEETING, PartialDate.month(2020 + Math.floorMod(x, 10),
                        1 + Math.floorMod(x, 12)), "Møde: " + text));
            case 12:
                return RecordEvaluation.of(targetId, Evaluation.builder().date(day).summary("Evaluering: " + text).build());
            case 13:
                return PutInitiative.of(targetId, Initiative.builder().name("Indsats " + text).concept("Fodbold Fitness")
                        .addTargetGroups(TargetGroup.INACTIVE).addGoals(Goal.builder().metric("Deltagere")
                                .baseline(new BigDecimal("10")).target(new BigDecimal(100 + x % 50)).unit(GoalUnit.COUNT)
                                .build()).build());
            case 14: {
                Optional<Goal> goal = target.stream().flatMap(a -> a.getInitiatives().stream())
                        .flatMap(i -> i.getGoals().stream()).findFirst();
                return goal.<Command>map(g -> RecordMeasurement.of(targetId, Measurement.builder().goal(g.getId()).date(day)
                                .value(new BigDecimal(x % 200 + ".5")).unit(g.getUnit()).build()))
                        .orElseGet(() -> HoldAgreement.of(targetId));
            }
            case 15:
                return RecordEliteEvent.of(targetId, EliteEvent.builder().kind(EliteEventKind.YOUTH_INTERNATIONAL)
                        .ageGroup(AgeGroup.U19).date(target.flatMap(Agreement::getPeriod).map(AgreementPeriod::getStart)
                                .orElse(day)).title("U19: " + text).build());
            case 16:
                return alliance.getClubs().isEmpty()
                        ? PutClub.of(Club.builder().name(text).build())
                        : RemoveClub.of(alliance.getClubs().get(Math.floorMod(pick, alliance.getClubs().size())).getId());
            default:
                return EditAlliance.builder().clubs(alliance.getClubs()).partners(alliance.getPartners())
                        .contacts(alliance.getContacts()).build();
        }
    }

    /** A signature after the last term (usually valid), or, for one {@code x} in three, over a random period. */
    private static Command sign(Alliance alliance, AgreementId target, int x) {
        LocalDate lastEnd = alliance.getAgreements().stream().filter(a -> a.getState().isSigned())
                .map(a -> a.getState() == AgreementState.SIGNED
                        ? a.getPeriod().orElseThrow().getEnd().orElseThrow()
                        : a.getTerminationDate().orElseThrow())
                .max(Comparator.naturalOrder()).orElse(LocalDate.of(2019, 12, 31));
        LocalDate start = x % 3 == 0 ? LocalDate.of(2018, 1, 1).plusDays(Math.floorMod(x, 3000)) : lastEnd.plusDays(1 + x % 60);
        AgreementPeriod period = AgreementPeriod.of(start, start.plusYears(1 + Math.floorMod(x, 4)).minusDays(1));
        return SignAgreement.builder().agreement(target).period(period).signingDate(start.minusDays(10))
                .addSignatories(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                        Signatory.of(SignatoryParty.FEDERATION, "Formand for DBU"))
                .build();
    }
}
