package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The typed ids (a UUID, parsed from canonical text only, {@code id.format}; ordered unsigned; the nil UUID as
 * {@code UNASSIGNED}) and the code values, which check their form only ({@code *.code.format}), order by their
 * text and print as it; and {@link ActorRef}, single-line text of 1–200 UTF-16 units.
 */
class IdAndCodeTypesTest {
    private static final UUID LOW = UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff");
    // above LOW in unsigned order, below it in UUID.compareTo's signed order
    private static final UUID HIGH = UUID.fromString("80000000-0000-4000-8000-000000000000");
    private static final UUID NIL = new UUID(0L, 0L);

    /** One id type: its name, its factories and, where it has one, its unassigned id. */
    private record IdType<T extends Comparable<T>>(String name, Function<UUID, T> of, Function<String, T> parse,
            T unassigned, Predicate<T> isAssigned, Function<T, UUID> value) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static <T extends Comparable<T>> IdType<T> id(String name, Function<UUID, T> of, Function<String, T> parse,
            T unassigned, Predicate<T> isAssigned, Function<T, UUID> value) {
        return new IdType<>(name, of, parse, unassigned, isAssigned, value);
    }

    static Stream<IdType<?>> idTypes() {
        return Stream.of(
                id("AgreementId", AgreementId::of, AgreementId::parse, null, null, AgreementId::value),
                id("AllianceId", AllianceId::of, AllianceId::parse, null, null, AllianceId::value),
                id("ClubId", ClubId::of, ClubId::parse, ClubId.UNASSIGNED, ClubId::isAssigned, ClubId::value),
                id("ContactId", ContactId::of, ContactId::parse, ContactId.UNASSIGNED, ContactId::isAssigned,
                        ContactId::value),
                id("EliteCommitmentId", EliteCommitmentId::of, EliteCommitmentId::parse, EliteCommitmentId.UNASSIGNED,
                        EliteCommitmentId::isAssigned, EliteCommitmentId::value),
                id("EliteEventId", EliteEventId::of, EliteEventId::parse, EliteEventId.UNASSIGNED,
                        EliteEventId::isAssigned, EliteEventId::value),
                id("EvaluationId", EvaluationId::of, EvaluationId::parse, EvaluationId.UNASSIGNED,
                        EvaluationId::isAssigned, EvaluationId::value),
                id("GoalId", GoalId::of, GoalId::parse, GoalId.UNASSIGNED, GoalId::isAssigned, GoalId::value),
                id("InitiativeId", InitiativeId::of, InitiativeId::parse, InitiativeId.UNASSIGNED,
                        InitiativeId::isAssigned, InitiativeId::value),
                id("MeasurementId", MeasurementId::of, MeasurementId::parse, MeasurementId.UNASSIGNED,
                        MeasurementId::isAssigned, MeasurementId::value),
                id("NoteId", NoteId::of, NoteId::parse, NoteId.UNASSIGNED, NoteId::isAssigned, NoteId::value),
                id("PartnerId", PartnerId::of, PartnerId::parse, PartnerId.UNASSIGNED, PartnerId::isAssigned,
                        PartnerId::value),
                id("PaymentId", PaymentId::of, PaymentId::parse, PaymentId.UNASSIGNED, PaymentId::isAssigned,
                        PaymentId::value),
                id("SignatoryId", SignatoryId::of, SignatoryId::parse, SignatoryId.UNASSIGNED, SignatoryId::isAssigned,
                        SignatoryId::value));
    }

    static Stream<IdType<?>> idTypesWithUnassigned() {
        return idTypes().filter(t -> t.unassigned() != null);
    }

    // ---- ids -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    <T extends Comparable<T>> void an_id_wraps_its_uuid_and_prints_as_its_canonical_text(IdType<T> type) {
        T id = type.of().apply(HIGH);
        assertThat(type.value().apply(id)).isEqualTo(HIGH);
        assertThat(id).hasToString("80000000-0000-4000-8000-000000000000");
        assertThat(id).isEqualTo(type.of().apply(UUID.fromString(HIGH.toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    <T extends Comparable<T>> void the_canonical_text_of_an_id_parses_back_to_the_same_id_in_either_case(IdType<T> type) {
        T id = type.of().apply(LOW);
        assertThat(type.parse().apply(id.toString())).isEqualTo(id);
        assertThat(type.parse().apply(id.toString().toUpperCase())).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    <T extends Comparable<T>> void text_that_is_not_a_canonical_uuid_is_rejected_naming_the_id_type(IdType<T> type) {
        for (String text : List.of("1-2-3-4-5", "", "80000000-0000-4000-8000-00000000000", "{80000000-0000-4000-8000-000000000000}",
                "80000000000040008000000000000000", " 80000000-0000-4000-8000-000000000000",
                "g0000000-0000-4000-8000-000000000000")) {
            Rejected.with(() -> type.parse().apply(text), type.name(), "value", "id.format");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    <T extends Comparable<T>> void a_null_uuid_or_null_text_is_rejected_naming_the_id_type(IdType<T> type) {
        Rejected.with(() -> type.of().apply(null), type.name(), "value", "value.null");
        Rejected.with(() -> type.parse().apply(null), type.name(), "value", "value.null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    <T extends Comparable<T>> void ids_are_ordered_by_the_unsigned_order_of_their_uuids(IdType<T> type) {
        T low = type.of().apply(LOW);
        T high = type.of().apply(HIGH);
        assertThat(low.compareTo(high)).isNegative();
        assertThat(high.compareTo(low)).isPositive();
        assertThat(low.compareTo(type.of().apply(LOW))).isZero();
        List<T> sorted = new ArrayList<>(List.of(high, type.of().apply(NIL), low));
        sorted.sort(Comparator.naturalOrder());
        assertThat(sorted).extracting(type.value()).containsExactly(NIL, LOW, HIGH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypesWithUnassigned")
    <T extends Comparable<T>> void the_unassigned_id_is_the_nil_uuid_and_every_other_id_is_assigned(IdType<T> type) {
        assertThat(type.value().apply(type.unassigned())).isEqualTo(NIL);
        assertThat(type.isAssigned().test(type.unassigned())).isFalse();
        assertThat(type.isAssigned().test(type.of().apply(NIL))).isFalse();
        assertThat(type.isAssigned().test(type.of().apply(LOW))).isTrue();
        assertThat(type.isAssigned().test(type.of().apply(new UUID(0L, 1L)))).isTrue();
    }

    // ---- codes ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"101", "000", "999", "860"})
    void three_digits_are_a_municipality_code(String code) {
        assertThat(MunicipalityCode.of(code).value()).isEqualTo(code);
        assertThat(MunicipalityCode.of(code)).hasToString(code);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "10", "1010", "10a", " 101", "١٠١", "-10"})
    void anything_but_three_ascii_digits_is_rejected_as_a_municipality_code(String code) {
        Rejected.with(() -> MunicipalityCode.of(code), "MunicipalityCode", "value", "municipality.code.format");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1081", "1085", "0000", "9999"})
    void four_digits_are_a_region_code(String code) {
        assertThat(RegionCode.of(code)).hasToString(code);
        assertThat(RegionCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "108", "10811", "108a", "1084 "})
    void anything_but_four_ascii_digits_is_rejected_as_a_region_code(String code) {
        Rejected.with(() -> RegionCode.of(code), "RegionCode", "value", "region.code.format");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"DBU", "D", "DBU_JYLLAND", "A1_2", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ABC"})
    void an_upper_case_code_of_up_to_40_characters_is_a_federation_local_union_and_focus_area_code(String code) {
        assertThat(FederationCode.of(code)).hasToString(code);
        assertThat(LocalUnionCode.of(code)).hasToString(code);
        assertThat(FocusAreaCode.of(code)).hasToString(code);
        assertThat(FocusAreaCode.of(code).isCustom()).isFalse();
        assertThat(LocalUnionCode.of(code).value()).isEqualTo(code);
        assertThat(FederationCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "dbu", "Dbu", "1DBU", "_DBU", "DBU-JYLLAND", "DBU JYLLAND", "ÆBLE",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ABCD"})
    void any_other_text_is_rejected_as_a_federation_or_local_union_code(String code) {
        Rejected.with(() -> FederationCode.of(code), "FederationCode", "value", "federation.code.format");
        Rejected.with(() -> LocalUnionCode.of(code), "LocalUnionCode", "value", "local-union.code.format");
        Rejected.with(() -> FocusAreaCode.of(code), "FocusAreaCode", "value", "focus-area.code.format");
    }

    @Test
    void a_null_code_is_rejected_as_null_naming_the_code_type() {
        Rejected.with(() -> MunicipalityCode.of(null), "MunicipalityCode", "value", "value.null");
        Rejected.with(() -> RegionCode.of(null), "RegionCode", "value", "value.null");
        Rejected.with(() -> FederationCode.of(null), "FederationCode", "value", "value.null");
        Rejected.with(() -> LocalUnionCode.of(null), "LocalUnionCode", "value", "value.null");
        Rejected.with(() -> FocusAreaCode.of(null), "FocusAreaCode", "value", "value.null");
    }

    @Test
    void dbu_is_the_code_dbu() {
        assertThat(FederationCode.DBU).isEqualTo(FederationCode.of("DBU"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"a", "fodbold-fitness", "0-9", "abcdefghijabcdefghijabcdefghijabcdefghij"})
    void a_custom_focus_area_is_custom_and_its_slug_of_1_to_40_characters(String slug) {
        FocusAreaCode code = FocusAreaCode.custom(slug);
        assertThat(code).hasToString("custom:" + slug).isEqualTo(FocusAreaCode.of("custom:" + slug));
        assertThat(code.isCustom()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "Fodbold", "fodbold fitness", "fodbold_fitness", "æble",
        "abcdefghijabcdefghijabcdefghijabcdefghijk"})
    void a_custom_focus_area_with_another_slug_is_rejected(String slug) {
        Rejected.with(() -> FocusAreaCode.custom(slug), "FocusAreaCode", "value", "focus-area.code.format");
    }

    @Test
    void codes_are_ordered_by_their_text() {
        assertThat(MunicipalityCode.of("101")).isLessThan(MunicipalityCode.of("147"));
        assertThat(MunicipalityCode.of("751").compareTo(MunicipalityCode.of("751"))).isZero();
        assertThat(RegionCode.of("1085")).isGreaterThan(RegionCode.of("1081"));
        assertThat(FederationCode.of("DBU")).isLessThan(FederationCode.of("SVFF"));
        assertThat(LocalUnionCode.of("DBU_FYN")).isLessThan(LocalUnionCode.of("DBU_JYLLAND"));
        assertThat(FocusAreaCode.of("SUNDHED")).isGreaterThan(FocusAreaCode.of("BESKAEFTIGELSE"))
                .isLessThan(FocusAreaCode.custom("egen"));
    }

    // ---- actor references ----------------------------------------------------------------------------------

    @Test
    void an_actor_reference_is_kept_and_printed_exactly_as_given() {
        assertThat(ActorRef.of("user:4711").value()).isEqualTo("user:4711");
        assertThat(ActorRef.of("job:nightly-import")).hasToString("job:nightly-import");
        assertThat(ActorRef.of("a".repeat(200)).value()).hasSize(200);
    }

    @Test
    void an_actor_reference_breaking_the_short_text_rules_is_rejected_with_each_rule() {
        Violation tooLong = Rejected.with(() -> ActorRef.of("a".repeat(201)), "ActorRef", "value", "text.too-long");
        assertThat(tooLong.getAttributes()).containsEntry("max", 200);
        Rejected.with(() -> ActorRef.of(" "), "ActorRef", "value", "text.blank");
        Violation control = Rejected.with(() -> ActorRef.of("user:\n4711"), "ActorRef", "value",
                "text.control-character");
        assertThat(control.getAttributes()).containsEntry("index", 5);
        Rejected.with(() -> ActorRef.of("user:\uD800"), "ActorRef", "value", "text.unpaired-surrogate");
        Rejected.with(() -> ActorRef.of(null), "ActorRef", "value", "value.null");
    }
}
