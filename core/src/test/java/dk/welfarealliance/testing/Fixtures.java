package dk.welfarealliance.testing;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.Lifecycle;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Small, stateless test-data helpers with defaults: a fixed clock, a seeded id generator, the usual
 * signatories and content. Every call returns a new value; nothing here is shared mutable state.
 */
public final class Fixtures {
    /** The fixed "now" of every lifecycle built here; it has nanoseconds, so truncation shows. */
    public static final Instant NOW = Instant.parse("2024-03-01T10:15:30.123456789Z");
    /** {@link #NOW} as the library stores it. */
    public static final Instant NOW_IN_MICROS = NOW.truncatedTo(ChronoUnit.MICROS);
    /** The embedder's opaque actor of every command applied here. */
    public static final ActorRef ACTOR = ActorRef.of("user:4711");
    /** Aarhus, covered by DBU Jylland in the bundled catalogue. */
    public static final MunicipalityCode AARHUS = MunicipalityCode.of("751");
    /** A term of four years, 2021 to and including 2024. */
    public static final AgreementPeriod TERM_2021_2024 =
            AgreementPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31));

    private Fixtures() {}

    /** @return a clock fixed at {@link #NOW} */
    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** @return a lifecycle on the bundled catalogue, the fixed clock, Copenhagen and ids seeded with {@code seed} */
    public static Lifecycle lifecycle(long seed) {
        return new Lifecycle(ReferenceCatalogue.bundled(), clock(), Lifecycle.DEFAULT_BUSINESS_ZONE,
                IdGenerator.seeded(seed));
    }

    /** @return the mayor, signing for the municipality, holding only the role */
    public static Signatory mayor(IdGenerator ids) {
        return Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.MUNICIPALITY).role("Borgmester").build();
    }

    /** @return the mayor, signing for the municipality, recorded as {@code contact} */
    public static Signatory mayor(IdGenerator ids, ContactId contact) {
        return Signatory.builder().from(mayor(ids)).contact(contact).build();
    }

    /** @return the DBU chair, signing for the federation */
    public static Signatory dbuChair(IdGenerator ids) {
        return Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.FEDERATION).role("Formand for DBU").build();
    }

    /** @return the local union's chair */
    public static Signatory localUnionChair(IdGenerator ids) {
        return Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.LOCAL_UNION)
                .role("Formand for DBU Jylland").build();
    }

    /** @return a club representative */
    public static Signatory clubChair(IdGenerator ids) {
        return Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.CLUB).role("Formand, AGF").build();
    }

    /** @return a youth international of {@code ageGroup} on {@code day}, its id left to the lifecycle */
    public static EliteEvent youthInternational(AgeGroup ageGroup, LocalDate day) {
        return EliteEvent.builder().kind(EliteEventKind.YOUTH_INTERNATIONAL).ageGroup(ageGroup).date(day)
                .title(ageGroup + ": Danmark – Norge").build();
    }

    /** @return the mayor and the DBU chair, their ids left to the lifecycle */
    public static List<Signatory> mayorAndDbuChair() {
        return List.of(Signatory.of(SignatoryParty.MUNICIPALITY, "Borgmester"),
                Signatory.of(SignatoryParty.FEDERATION, "Formand for DBU"));
    }

    /** @return an evaluation dated {@code date} */
    public static Evaluation evaluation(IdGenerator ids, LocalDate date) {
        return Evaluation.builder().id(ids.newEvaluationId()).date(date)
                .summary("Flere piger i klubberne.\nFodbold Fitness kører i tre klubber.").build();
    }

    /** @return a goal counting participants */
    public static Goal participantsGoal(IdGenerator ids) {
        return Goal.builder().id(ids.newGoalId()).metric("Deltagere i Fodbold Fitness")
                .baseline(new BigDecimal("40")).target(new BigDecimal("120")).unit(GoalUnit.COUNT).build();
    }

    /** @return an initiative with one goal, under {@code focusArea} if given */
    public static Initiative initiativeWithGoal(IdGenerator ids, Optional<FocusAreaCode> focusArea) {
        return Initiative.builder().id(ids.newInitiativeId()).name("Fodbold Fitness for inaktive")
                .concept("Fodbold Fitness").focusArea(focusArea).addTargetGroups(TargetGroup.INACTIVE)
                .addGoals(participantsGoal(ids)).build();
    }

    /** @return a measurement of {@code goal}, in its unit */
    public static Measurement measurement(IdGenerator ids, Goal goal, LocalDate date) {
        return Measurement.builder().id(ids.newMeasurementId()).goal(goal.getId()).date(date)
                .value(new BigDecimal("87")).unit(goal.getUnit()).build();
    }

    /** @return a contact person with the given personal data */
    public static ContactPerson contact(IdGenerator ids, String name, String email, String phone) {
        return ContactPerson.builder().id(ids.newContactId()).name(name).jobTitle("Sundhedskonsulent")
                .email(email).phone(phone).build();
    }

    /**
     * A stand-alone agreement in {@code state} over {@code period}, with every field the state needs: for
     * phase and invariant tests that do not need a whole alliance.
     *
     * @param terminationDate used only for {@link AgreementState#TERMINATED}
     */
    public static Agreement agreementIn(IdGenerator ids, AgreementState state, AgreementPeriod period,
            LocalDate terminationDate) {
        Agreement.Builder b = Agreement.builder().id(ids.newAgreementId()).title("Velfærdsalliance").state(state)
                .period(period);
        switch (state) {
            case ON_HOLD -> b.heldFrom(AgreementState.IN_DIALOGUE);
            case ABANDONED -> b.abandonReason("Kommunalbestyrelsen sagde nej");
            case SIGNED -> signed(b, ids, period);
            case TERMINATED -> signed(b, ids, period).terminationDate(terminationDate)
                    .terminationReason("Opsagt før tid");
            default -> { }
        }
        return b.build();
    }

    /** @return a signed agreement over {@code period} */
    public static Agreement signedAgreement(IdGenerator ids, AgreementPeriod period) {
        return agreementIn(ids, AgreementState.SIGNED, period, period.getStart());
    }

    private static Agreement.Builder signed(Agreement.Builder b, IdGenerator ids, AgreementPeriod period) {
        return b.signingDate(period.getStart()).addSignatories(mayor(ids), dbuChair(ids));
    }
}
