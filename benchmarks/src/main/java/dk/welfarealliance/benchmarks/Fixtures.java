package dk.welfarealliance.benchmarks;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.Money;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.TeamGender;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The alliances the benchmarks store, built with the domain's builders: an empty one, a typical one and one
 * with an exact number of child rows. Copied from storage-jdbc's test helper {@code testing.Alliances} (the
 * benchmarks depend on no test jar); keep the two alike, so that "typical" means the same in tests and here.
 * Every call returns new values; ids come from the generator passed in.
 */
final class Fixtures {
    /** The size of {@link #typical}: 44 child rows over 15 tables. */
    static final int TYPICAL_SIZE = 3;

    /** When the test alliances were last modified: microseconds, as stored. */
    static final Instant MODIFIED = Instant.parse("2024-03-01T10:15:30.123456Z");
    /** The term of the signed agreement of {@link #full}. */
    static final AgreementPeriod TERM = AgreementPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31));
    /** The rows {@link #full} has besides those that grow with its size: agreement, 2 focus areas, 2 signatories. */
    private static final int FIXED_ROWS = 5;
    /** The rows per unit of size: initiative, 2 target groups, goal, measurement, commitment, event, payment,
     * evaluation, club, partner, contact, history entry. */
    private static final int ROWS_PER_SIZE = 13;

    private Fixtures() {}

    /** @return a new alliance of DBU and {@code municipality} without any children */
    static Alliance empty(IdGenerator ids, String municipality) {
        return Alliance.builder()
                .id(ids.newAllianceId())
                .federation(FederationCode.DBU)
                .municipality(MunicipalityCode.of(municipality))
                .version(0)
                .lastModified(MODIFIED)
                .build();
    }

    /** @return a new typical alliance: one signed agreement and 44 child rows over 15 tables */
    static Alliance typical(IdGenerator ids, FederationCode federation, String municipality) {
        return Alliance.builder().from(full(ids, municipality, TYPICAL_SIZE)).federation(federation).build();
    }

    /**
     * @return a new alliance of {@code federation} and {@code municipality} with {@code children} child rows:
     *     none, {@link #typical} for {@code "typical"}, or exactly that many
     */
    static Alliance withChildren(IdGenerator ids, FederationCode federation, String municipality, String children) {
        Alliance a = switch (children) {
            case "0" -> empty(ids, municipality);
            case "typical" -> full(ids, municipality, TYPICAL_SIZE);
            default -> withChildRows(ids, municipality, Integer.parseInt(children));
        };
        return Alliance.builder().from(a).federation(federation).build();
    }

    /** @return the municipality code of the {@code n}th alliance of a federation, 0 to 999 */
    static String municipality(int n) {
        return String.format("%03d", n % 1000);
    }

    /** @return the federation of the {@code n}th alliance of a data set: 1,000 alliances per federation */
    static FederationCode federation(int n) {
        return FederationCode.of(String.format("F%03d", n / 1000));
    }

    /**
     * @return a new alliance with one signed agreement over {@link #TERM}; {@code size} initiatives (each with
     *     two target groups and a goal), measurements, elite commitments and events, payments, evaluations,
     *     clubs, partners, contacts and history entries
     */
    static Alliance full(IdGenerator ids, String municipality, int size) {
        AgreementId agreementId = ids.newAgreementId();
        List<ContactPerson> contacts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            contacts.add(ContactPerson.builder().id(ids.newContactId()).name("Mette Hansen " + i)
                    .jobTitle("Sundhedskonsulent").email("mette" + i + "@example.dk").phone("+45 70 10 20 " + i).build());
        }
        FocusAreaCode health = FocusAreaCode.of("SUNDHED");
        Agreement.Builder agreement = Agreement.builder()
                .id(agreementId)
                .title("Velfærdsalliance 2021–2024: 100% \"Fodbold\" for ældre")
                .state(AgreementState.SIGNED)
                .localUnion(LocalUnionCode.of("DBU_JYLLAND"))
                .period(TERM)
                .signingDate(LocalDate.of(2021, 9, 15))
                .addSignatories(Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.MUNICIPALITY)
                        .role("Borgmester").contact(contacts.get(0).getId()).build())
                .addSignatories(Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.FEDERATION)
                        .role("Formand for DBU").build())
                .addFocusAreas(health, FocusAreaCode.custom("motion-for-seniorer"));
        for (int i = 0; i < size; i++) {
            Goal goal = Goal.builder().id(ids.newGoalId()).metric("Deltagere i Fodbold Fitness")
                    .baseline(new BigDecimal("40.5")).target(new BigDecimal("120." + (i % 10) + "00000"))
                    .unit(GoalUnit.COUNT).build();
            agreement.addInitiatives(Initiative.builder().id(ids.newInitiativeId()).name("Fodbold Fitness " + i)
                    .concept("Fodbold Fitness").focusArea(health).description("For inaktive borgere.\nTo gange om ugen.")
                    .addTargetGroups(TargetGroup.INACTIVE, TargetGroup.AGED_60_PLUS).addGoals(goal).build());
            agreement.addMeasurements(Measurement.builder().id(ids.newMeasurementId()).goal(goal.getId())
                    .date(LocalDate.of(2022, 6, 30)).value(new BigDecimal("87.125")).unit(GoalUnit.COUNT)
                    .note("Optalt i klubberne").build());
            agreement.addEliteCommitments(EliteCommitment.builder().id(ids.newEliteCommitmentId())
                    .kind(EliteEventKind.YOUTH_INTERNATIONAL).minimumCount(3).ageGroup(AgeGroup.U19)
                    .gender(TeamGender.WOMEN).description("Mindst tre U19-landskampe i perioden").build());
            agreement.addEliteEvents(EliteEvent.builder().id(ids.newEliteEventId()).kind(EliteEventKind.YOUTH_INTERNATIONAL)
                    .date(LocalDate.of(2022, 5, 1)).title("U19 kvinder: Danmark – Norge").ageGroup(AgeGroup.U19)
                    .gender(TeamGender.WOMEN).build());
            agreement.addPayments(Payment.builder().id(ids.newPaymentId()).kind(PaymentKind.ANNUAL_FEE)
                    .amount(Money.dkk("86500.00")).description("Årligt bidrag").build());
            agreement.addEvaluations(Evaluation.builder().id(ids.newEvaluationId()).date(LocalDate.of(2023, 1, 10))
                    .summary("Flere piger i klubberne.\nFC Demens kører i tre klubber.").build());
        }
        Alliance.Builder alliance = Alliance.builder()
                .id(ids.newAllianceId())
                .federation(FederationCode.DBU)
                .municipality(MunicipalityCode.of(municipality))
                .version(0)
                .lastModified(MODIFIED)
                .addAgreements(agreement.build())
                .addAllContacts(contacts);
        for (int i = 0; i < size; i++) {
            alliance.addClubs(Club.builder().id(ids.newClubId()).name("Aarhus Fremad " + i).cvr("10000009").build());
            alliance.addPartners(Partner.builder().id(ids.newPartnerId()).name("Aarhus Universitet " + i)
                    .kind(PartnerKind.UNIVERSITY).cvr("10000017").build());
            alliance.addHistory(HistoryEntry.builder().seq(i + 1L)
                    .event(i == 0 ? HistoryEvent.SIGNED : HistoryEvent.ALLIANCE_EDITED)
                    .agreement(i == 0 ? Optional.of(agreementId) : Optional.empty())
                    .at(MODIFIED.plusSeconds(i)).actor(ActorRef.of("user:4711")).reason("Underskrevet på mødet").build());
        }
        return alliance.build();
    }

    /** @return a new alliance with exactly {@code childRows} rows in child tables (at least 18) */
    static Alliance withChildRows(IdGenerator ids, String municipality, int childRows) {
        int size = (childRows - FIXED_ROWS) / ROWS_PER_SIZE;
        Alliance alliance = full(ids, municipality, size);
        int missing = childRows - FIXED_ROWS - ROWS_PER_SIZE * size;
        List<Club> extra = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            extra.add(Club.builder().id(ids.newClubId()).name("Ekstra klub " + i).build());
        }
        return Alliance.builder().from(alliance).addAllClubs(extra).build();
    }

    /** @return the number of rows {@code alliance} has in child tables */
    static int childRows(Alliance a) {
        int rows = a.getClubs().size() + a.getPartners().size() + a.getContacts().size() + a.getHistory().size();
        for (Agreement g : a.getAgreements()) {
            rows += 1 + g.getFocusAreas().size() + g.getSignatories().size() + g.getInitiatives().size()
                    + g.getMeasurements().size() + g.getEliteCommitments().size() + g.getEliteEvents().size()
                    + g.getPayments().size() + g.getEvaluations().size();
            for (Initiative i : g.getInitiatives()) {
                rows += i.getTargetGroups().size() + i.getGoals().size();
            }
        }
        return rows;
    }
}
