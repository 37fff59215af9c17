package dk.welfarealliance.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.Money;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.DateRange;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.tck.generators.AllianceGenerators;
import dk.welfarealliance.storage.tck.generators.TextGenerators;
import dk.welfarealliance.storage.tck.generators.TimeGenerators;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What is read equals what was written (docs/model.md, docs/storage-contract.md), through every read path:
 * {@code findById}, {@code findByNaturalKey} and {@code query}. Text exactly, instants to the microsecond, the whole date range,
 * decimal scales, the order of every child list; and every partial fact ({@link PartialFactCases}).
 */
abstract class FidelityCases extends PartialFactCases {
    FidelityCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void text_of_valid_scalar_values_round_trips_exactly() {
        IdGenerator ids = IdGenerator.seeded(60);
        String longText = String.join("\n", TextGenerators.TRICKY_NAMES) + "\n\n\u00A0slut\n";
        Alliance written = FidelitySamples.withTexts(ids, ids.newAllianceId(), FederationCode.DBU, MunicipalityCode.of("751"),
                TextGenerators.TRICKY_NAMES, longText, SampleAlliances.AT);

        checkRoundTrip(written);
    }

    @Test
    void maximum_length_texts_and_codes_round_trip_exactly() {
        IdGenerator ids = IdGenerator.seeded(61);
        List<String> names = List.of(TextGenerators.maxLengthName(TextGenerators.G_CLEF),
                TextGenerators.maxLengthName("\uD83D\uDE00"), TextGenerators.maxLengthName("\uD841\uDF0E"),
                "x".repeat(TextGenerators.NAME_MAX), "æ".repeat(TextGenerators.NAME_MAX));
        Alliance written = FidelitySamples.withTexts(ids, ids.newAllianceId(), FederationCode.of("F" + "X".repeat(38) + "9"),
                MunicipalityCode.of("999"), names, TextGenerators.maxLengthLongText(TextGenerators.G_CLEF), SampleAlliances.AT);
        Agreement customArea = written.getAgreements().get(0).withFocusAreas(FocusAreaCode.custom("a".repeat(40)));
        List<Agreement> agreements = new ArrayList<>(written.getAgreements());
        agreements.set(0, customArea);

        checkRoundTrip(written.withAgreements(agreements));
    }

    @Test
    void instants_keep_microsecond_precision() {
        IdGenerator ids = IdGenerator.seeded(62);
        List<Instant> instants = TimeGenerators.boundaryInstants();
        Alliance alliance = SampleAlliances.minimal(ids, MunicipalityCode.of("751"))
                .withLastModified(Instant.parse("2024-02-29T12:34:56.123456Z"));
        List<HistoryEntry> history = new ArrayList<>(alliance.getHistory());
        for (Instant at : instants) {
            history.add(HistoryEntry.builder().seq(history.size() + 1L).event(HistoryEvent.ALLIANCE_EDITED).at(at)
                    .actor(SampleAlliances.ACTOR).build());
        }

        Alliance stored = checkRoundTrip(alliance.withHistory(history));

        Alliance changed = SampleAlliances.edited(stored, "later").withLastModified(Instant.parse("2024-02-29T12:34:56.123457Z"));
        Alliance updated = store.update(changed);
        Same.found(store.findById(updated.getId()), atVersion(changed, 2), "findById after an update");
        assertThat(store.findById(updated.getId()).orElseThrow().getLastModified()).isEqualTo("2024-02-29T12:34:56.123457Z");
    }

    @Test
    void dates_at_1900_01_01_and_9999_12_31_round_trip_and_are_found() {
        IdGenerator ids = IdGenerator.seeded(63);
        LocalDate min = TimeGenerators.MIN_DATE;
        LocalDate max = TimeGenerators.MAX_DATE;
        ContactPerson signer = ContactPerson.builder().id(ids.newContactId()).name("Borgmester").build();
        Agreement forever = FidelitySamples.full(ids, i -> "Hele tiden " + i, "Fra 1900 til 9999", AgreementState.SIGNED,
                min, max, signer).withSigningDate(PartialDate.day(max));
        Alliance widest = SampleAlliances.minimal(ids, MunicipalityCode.of("101")).withContacts(signer).withAgreements(forever);
        Agreement oneDay = Agreement.builder().from(SampleAlliances.signed(ids, "Én dag i 1900", min, min))
                .state(AgreementState.TERMINATED).terminationDate(min).terminationReason("Kun én dag").build();
        Alliance earliest = SampleAlliances.minimal(ids, MunicipalityCode.of("102")).withAgreements(oneDay);
        Alliance none = SampleAlliances.minimal(ids, MunicipalityCode.of("103"));

        checkRoundTrip(widest);
        checkRoundTrip(earliest);
        store.insert(none);

        assertThat(found(AgreementFilter.builder().inForceOn(min).build())).as("in force on 1900-01-01")
                .containsExactly(widest.getId().toString(), earliest.getId().toString());
        assertThat(found(AgreementFilter.builder().inForceOn(max).build())).as("in force on 9999-12-31")
                .containsExactly(widest.getId().toString());
        assertThat(found(AgreementFilter.builder().endsBetween(DateRange.of(max, max)).build())).as("ends on 9999-12-31")
                .containsExactly(widest.getId().toString());
        assertThat(ids(store.query(AllianceCriteria.all(), PageRequest.first(10, AllianceSort.LATEST_SIGNED_END)).getItems()))
                .as("sorted by latest signed end: 1900-01-01, 9999-12-31, none")
                .containsExactly(earliest.getId(), widest.getId(), none.getId());
    }

    @Test
    void child_lists_keep_their_order_and_sets_their_contents() {
        IdGenerator ids = IdGenerator.seeded(64);
        Alliance many = FidelitySamples.withTexts(ids, ids.newAllianceId(), FederationCode.DBU, MunicipalityCode.of("751"),
                List.of("første", "anden", "tredje", "fjerde", "femte", "sjette"), "tekst", SampleAlliances.AT);
        Alliance descending = ChildOrder.descendingIds(many);

        Alliance stored = checkRoundTrip(descending);

        Alliance rotated = SampleAlliances.edited(ChildOrder.rotated(stored), "rotated every list");
        store.update(rotated);
        assertThat(ChildOrder.describe(store.findById(rotated.getId()).orElseThrow()))
                .as("child ids in order after an update that rotated every list").isEqualTo(ChildOrder.describe(rotated));
        Same.found(store.findById(rotated.getId()), atVersion(rotated, 2), "findById after the update");
    }

    @Test
    void numbers_and_money_round_trip_with_their_scale() {
        IdGenerator ids = IdGenerator.seeded(65);
        List<BigDecimal> numbers = List.of(new BigDecimal("0.000001"), new BigDecimal("-999999999999.999999"),
                new BigDecimal("999999999999"), new BigDecimal("1E+3"), new BigDecimal("20.500"), BigDecimal.ZERO);
        List<Goal> goals = FidelitySamples.list(numbers.size(), i -> Goal.builder().id(ids.newGoalId()).metric("mål " + i)
                .baseline(numbers.get(i)).target(numbers.get((i + 1) % numbers.size())).unit(GoalUnit.values()[i % 4]).build());
        List<Money> amounts = List.of(Money.dkk("0.01"), Money.dkk("9999999999999.99"), Money.dkk("86500"),
                Money.of(new BigDecimal("12.3"), "EUR"));
        Agreement agreement = SampleAlliances.signed(ids, "Tal", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))
                .withInitiatives(Initiative.builder().id(ids.newInitiativeId()).name("Tal").goals(goals).build())
                .withPayments(FidelitySamples.list(amounts.size(), i -> Payment.builder().id(ids.newPaymentId())
                        .kind(PaymentKind.ONE_OFF).amount(amounts.get(i)).build()))
                .withMeasurements(FidelitySamples.list(goals.size(), i -> Measurement.builder().id(ids.newMeasurementId())
                        .goal(goals.get(i).getId()).date(LocalDate.of(2025, 1, 1)).value(numbers.get(i))
                        .unit(goals.get(i).getUnit()).build()));

        checkRoundTrip(SampleAlliances.minimal(ids, MunicipalityCode.of("751")).withAgreements(agreement));
    }

    @Test
    void random_valid_alliances_round_trip_through_every_read_path() {
        theory().forAll(AllianceGenerators.alliances().describedAs(Describe::alliance))
                .checkAssert(PropertyFailures.recorded(alliance -> {
                    resetStore();
                    Alliance stored = checkRoundTrip(alliance);
                    Instant modified = stored.getLastModified();
                    Alliance changed = SampleAlliances.edited(ChildOrder.rotated(stored), "rotated").withLastModified(
                            modified.isBefore(TimeGenerators.MAX_INSTANT) ? modified.plusNanos(1_000) : modified.minusNanos(1_000));
                    Same.alliance(atVersion(changed, 2), store.update(changed), "what update returns");
                    Same.found(store.findById(changed.getId()), atVersion(changed, 2), "findById after an update");
                }));
    }

}
