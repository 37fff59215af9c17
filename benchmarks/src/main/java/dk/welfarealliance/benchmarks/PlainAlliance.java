package dk.welfarealliance.benchmarks;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.TeamGender;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The object graph of {@link Fixtures#full} as plain, unvalidated Java records: the baseline of
 * {@link ValidationBenchmark}. Same values, same ids, same lists; no checks, no defensive copies beyond
 * {@link List#copyOf}.
 */
record PlainAlliance(UUID id, String federation, String municipality, long version, Instant lastModified,
        List<PlainAgreement> agreements, List<Contact> contacts, List<Club> clubs, List<Partner> partners,
        List<History> history) {

    record PlainAgreement(UUID id, String title, AgreementState state, String localUnion, LocalDate start,
            LocalDate end, LocalDate signingDate, List<Signatory> signatories, List<String> focusAreas,
            List<Initiative> initiatives, List<Measurement> measurements, List<Commitment> commitments,
            List<Event> events, List<Payment> payments, List<Evaluation> evaluations) {}

    record Signatory(UUID id, SignatoryParty party, String role, Optional<UUID> contact) {}

    record Initiative(UUID id, String name, String concept, String focusArea, String description,
            List<TargetGroup> targetGroups, List<Goal> goals) {}

    record Goal(UUID id, String metric, BigDecimal baseline, BigDecimal target, GoalUnit unit) {}

    record Measurement(UUID id, UUID goal, LocalDate date, BigDecimal value, GoalUnit unit, String note) {}

    record Commitment(UUID id, EliteEventKind kind, int minimumCount, AgeGroup ageGroup, TeamGender gender,
            String description) {}

    record Event(UUID id, EliteEventKind kind, LocalDate date, String title, AgeGroup ageGroup, TeamGender gender) {}

    record Payment(UUID id, PaymentKind kind, BigDecimal amount, String currency, String description) {}

    record Evaluation(UUID id, LocalDate date, String summary) {}

    record Contact(UUID id, String name, String jobTitle, String email, String phone) {}

    record Club(UUID id, String name, String cvr) {}

    record Partner(UUID id, String name, PartnerKind kind, String cvr) {}

    record History(long seq, HistoryEvent event, Optional<UUID> agreement, Instant at, String actor, String reason) {}

    /** @return the records of {@code Fixtures.full(ids, municipality, size)}, ids drawn in the same order */
    static PlainAlliance full(IdGenerator ids, String municipality, int size) {
        UUID agreementId = ids.nextUuid();
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            contacts.add(new Contact(ids.nextUuid(), "Mette Hansen " + i, "Sundhedskonsulent",
                    "mette" + i + "@example.dk", "+45 70 10 20 " + i));
        }
        List<Signatory> signatories = List.of(
                new Signatory(ids.nextUuid(), SignatoryParty.MUNICIPALITY, "Borgmester", Optional.of(contacts.get(0).id())),
                new Signatory(ids.nextUuid(), SignatoryParty.FEDERATION, "Formand for DBU", Optional.empty()));
        List<Initiative> initiatives = new ArrayList<>();
        List<Measurement> measurements = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Payment> payments = new ArrayList<>();
        List<Evaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Goal goal = new Goal(ids.nextUuid(), "Deltagere i Fodbold Fitness", new BigDecimal("40.5"),
                    new BigDecimal("120." + (i % 10) + "00000"), GoalUnit.COUNT);
            initiatives.add(new Initiative(ids.nextUuid(), "Fodbold Fitness " + i, "Fodbold Fitness", "SUNDHED",
                    "For inaktive borgere.\nTo gange om ugen.", List.of(TargetGroup.INACTIVE, TargetGroup.AGED_60_PLUS),
                    List.of(goal)));
            measurements.add(new Measurement(ids.nextUuid(), goal.id(), LocalDate.of(2022, 6, 30),
                    new BigDecimal("87.125"), GoalUnit.COUNT, "Optalt i klubberne"));
            commitments.add(new Commitment(ids.nextUuid(), EliteEventKind.YOUTH_INTERNATIONAL, 3, AgeGroup.U19,
                    TeamGender.WOMEN, "Mindst tre U19-landskampe i perioden"));
            events.add(new Event(ids.nextUuid(), EliteEventKind.YOUTH_INTERNATIONAL, LocalDate.of(2022, 5, 1),
                    "U19 kvinder: Danmark – Norge", AgeGroup.U19, TeamGender.WOMEN));
            payments.add(new Payment(ids.nextUuid(), PaymentKind.ANNUAL_FEE, new BigDecimal("86500.00"), "DKK",
                    "Årligt bidrag"));
            evaluations.add(new Evaluation(ids.nextUuid(), LocalDate.of(2023, 1, 10),
                    "Flere piger i klubberne.\nFC Demens kører i tre klubber."));
        }
        PlainAgreement agreement = new PlainAgreement(agreementId, "Velfærdsalliance 2021–2024: 100% \"Fodbold\" for ældre",
                AgreementState.SIGNED, "DBU_JYLLAND", LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31),
                LocalDate.of(2021, 9, 15), signatories, List.of("SUNDHED", "motion-for-seniorer"),
                List.copyOf(initiatives), List.copyOf(measurements), List.copyOf(commitments), List.copyOf(events),
                List.copyOf(payments), List.copyOf(evaluations));
        UUID allianceId = ids.nextUuid();
        List<Club> clubs = new ArrayList<>();
        List<Partner> partners = new ArrayList<>();
        List<History> history = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            clubs.add(new Club(ids.nextUuid(), "Aarhus Fremad " + i, "10000009"));
            partners.add(new Partner(ids.nextUuid(), "Aarhus Universitet " + i, PartnerKind.UNIVERSITY, "10000017"));
            history.add(new History(i + 1L, i == 0 ? HistoryEvent.SIGNED : HistoryEvent.ALLIANCE_EDITED,
                    i == 0 ? Optional.of(agreementId) : Optional.empty(), Fixtures.MODIFIED.plusSeconds(i),
                    "user:4711", "Underskrevet på mødet"));
        }
        return new PlainAlliance(allianceId, "DBU", municipality, 0, Fixtures.MODIFIED, List.of(agreement),
                List.copyOf(contacts), List.copyOf(clubs), List.copyOf(partners), List.copyOf(history));
    }
}
