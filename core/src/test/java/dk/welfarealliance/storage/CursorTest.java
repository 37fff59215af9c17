package dk.welfarealliance.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Track;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The keyset cursor on its own: its token round trip, its binding to the criteria and sort of the query that made
 * it, and its position ({@link Cursor#precedes}) against the sort orders' own comparators.
 */
class CursorTest {
    private static final MunicipalityCode ODENSE = MunicipalityCode.of("461");
    private static final MunicipalityCode ESBJERG = MunicipalityCode.of("561");

    private static final AllianceCriteria SIGNED_IN_2024 = AllianceCriteria.builder()
            .agreement(AgreementFilter.builder().addStates(AgreementState.SIGNED)
                    .inForceOn(LocalDate.of(2024, 6, 1)).build())
            .build();

    private final Alliance aarhus = signedUntil(Fixtures.AARHUS, 1, 2025);
    private final Alliance odense = signedUntil(ODENSE, 2, 2023);
    private final Alliance esbjergWithoutTerm = AllianceStory.on(Fixtures.lifecycle(3), ESBJERG).alliance();

    private static Alliance signedUntil(MunicipalityCode municipality, long seed, int lastYear) {
        AllianceStory story = AllianceStory.on(Fixtures.lifecycle(seed), municipality);
        story.signedTerm("Velfærdsalliance", AgreementPeriod.throughYear(LocalDate.of(2021, 1, 1), lastYear));
        return story.alliance();
    }

    @Test
    void a_token_parses_back_to_an_equal_cursor_with_the_same_position() {
        for (AllianceSort sort : AllianceSort.values()) {
            Cursor cursor = Cursor.after(aarhus, SIGNED_IN_2024, sort);

            Cursor parsed = Cursor.parse(cursor.token());

            assertThat(parsed).isEqualTo(cursor).hasSameHashCodeAs(cursor);
            assertThat(parsed.toString()).isEqualTo(cursor.token());
            assertThat(parsed.getSort()).isEqualTo(sort);
            assertThat(parsed.getLastMunicipality()).isEqualTo(Fixtures.AARHUS);
            assertThat(parsed.getLastLatestSignedEnd()).contains(LocalDate.of(2025, 12, 31));
            assertThat(parsed.getLastId()).isEqualTo(aarhus.getId());
            parsed.requireBoundTo(SIGNED_IN_2024, sort);
        }
    }

    @Test
    void a_cursor_after_an_alliance_without_a_signed_end_keeps_the_absence_through_its_token() {
        Cursor cursor = Cursor.after(esbjergWithoutTerm, AllianceCriteria.all(), AllianceSort.LATEST_SIGNED_END);

        assertThat(Cursor.parse(cursor.token()).getLastLatestSignedEnd()).isEmpty();
    }

    @Test
    void cursors_at_different_alliances_or_for_different_queries_are_not_equal() {
        Cursor cursor = Cursor.after(aarhus, SIGNED_IN_2024, AllianceSort.MUNICIPALITY);

        assertThat(cursor).isNotEqualTo(Cursor.after(odense, SIGNED_IN_2024, AllianceSort.MUNICIPALITY));
        assertThat(cursor).isNotEqualTo(Cursor.after(aarhus, AllianceCriteria.all(), AllianceSort.MUNICIPALITY));
        assertThat(cursor).isNotEqualTo(Cursor.after(aarhus, SIGNED_IN_2024, AllianceSort.LATEST_SIGNED_END));
        assertThat(cursor).isNotEqualTo(cursor.token());
    }

    @Test
    void a_token_this_library_did_not_make_is_rejected_as_malformed() {
        String body = "MUNICIPALITY|fingerprint|751|-|" + aarhus.getId();
        List<String> tokens = List.of(
                "",
                "c2." + encode(body),
                "c1.%%%not-base64%%%",
                "c1." + encode("MUNICIPALITY|fingerprint|751|-"),
                "c1." + encode(body + "|extra"),
                "c1." + encode("NO_SUCH_SORT|fingerprint|751|-|" + aarhus.getId()),
                "c1." + encode("MUNICIPALITY|fingerprint|7510|-|" + aarhus.getId()),
                "c1." + encode("MUNICIPALITY|fingerprint|751|2024-02-30|" + aarhus.getId()),
                "c1." + encode("MUNICIPALITY|fingerprint|751|-|not-a-uuid"));

        for (String token : tokens) {
            assertThatThrownBy(() -> Cursor.parse(token)).as(token).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_cursor_is_accepted_by_equal_criteria_built_in_another_order() {
        AllianceCriteria one = AllianceCriteria.builder().federation(FederationCode.DBU)
                .municipalities(Set.of(Fixtures.AARHUS, ODENSE, ESBJERG)).build();
        AllianceCriteria same = AllianceCriteria.builder()
                .municipalities(new java.util.LinkedHashSet<>(List.of(ESBJERG, ODENSE, Fixtures.AARHUS)))
                .federation(FederationCode.DBU).build();

        Cursor.after(aarhus, one, AllianceSort.MUNICIPALITY).requireBoundTo(same, AllianceSort.MUNICIPALITY);
    }

    @Test
    void a_cursor_is_rejected_with_another_sort() {
        Cursor cursor = Cursor.after(aarhus, SIGNED_IN_2024, AllianceSort.MUNICIPALITY);

        assertThatThrownBy(() -> cursor.requireBoundTo(SIGNED_IN_2024, AllianceSort.LATEST_SIGNED_END))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sort");
    }

    @Test
    void a_cursor_is_rejected_by_criteria_that_differ_in_any_part_the_agreement_filter_included() {
        Cursor cursor = Cursor.after(aarhus, SIGNED_IN_2024, AllianceSort.MUNICIPALITY);
        AgreementFilter signedIn2024 = SIGNED_IN_2024.getAgreement().orElseThrow();
        List<AllianceCriteria> others = new ArrayList<>(List.of(
                AllianceCriteria.all(),
                SIGNED_IN_2024.withFederation(FederationCode.DBU),
                SIGNED_IN_2024.withMunicipalities(Set.of(Fixtures.AARHUS)),
                SIGNED_IN_2024.withAgreement(signedIn2024.withStates(Set.of(AgreementState.TERMINATED))),
                SIGNED_IN_2024.withAgreement(signedIn2024.withInForceOn(LocalDate.of(2024, 6, 2))),
                SIGNED_IN_2024.withAgreement(signedIn2024.withPossiblyInForceOn(LocalDate.of(2024, 6, 1))),
                SIGNED_IN_2024.withAgreement(signedIn2024.withEndsBetween(
                        DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))),
                SIGNED_IN_2024.withAgreement(signedIn2024.withFocusArea(FocusAreaCode.of("SUNDHED"))),
                SIGNED_IN_2024.withAgreement(signedIn2024.withTrack(Track.ELITE)),
                SIGNED_IN_2024.withAgreement(signedIn2024.withTitleContains("skole"))));

        for (AllianceCriteria other : others) {
            assertThatThrownBy(() -> cursor.requireBoundTo(other, AllianceSort.MUNICIPALITY))
                    .as(other.canonical())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("other criteria");
        }
    }

    @Test
    void a_cursor_precedes_exactly_the_alliances_its_sort_puts_after_its_position() {
        List<Alliance> alliances = List.of(aarhus, odense, esbjergWithoutTerm,
                signedUntil(Fixtures.AARHUS, 4, 2025), signedUntil(ODENSE, 5, 2025),
                AllianceStory.on(Fixtures.lifecycle(6), Fixtures.AARHUS).alliance());
        for (AllianceSort sort : AllianceSort.values()) {
            for (Alliance last : alliances) {
                Cursor cursor = Cursor.parse(Cursor.after(last, AllianceCriteria.all(), sort).token());
                for (Alliance next : alliances) {
                    assertThat(cursor.precedes(next))
                            .as("%s: after %s %s, is %s %s next?", sort, last.getMunicipality(),
                                    last.latestSignedEnd(), next.getMunicipality(), next.latestSignedEnd())
                            .isEqualTo(sort.comparator().compare(last, next) < 0);
                }
            }
        }
    }

    @Test
    void by_latest_signed_end_an_alliance_without_one_comes_after_every_alliance_with_one() {
        Cursor afterOdense = Cursor.after(odense, AllianceCriteria.all(), AllianceSort.LATEST_SIGNED_END);
        Cursor afterEsbjerg = Cursor.after(esbjergWithoutTerm, AllianceCriteria.all(), AllianceSort.LATEST_SIGNED_END);

        assertThat(afterOdense.precedes(esbjergWithoutTerm)).isTrue();
        assertThat(afterOdense.precedes(aarhus)).isTrue();
        assertThat(afterEsbjerg.precedes(aarhus)).isFalse();
        assertThat(afterEsbjerg.precedes(odense)).isFalse();
        assertThat(afterEsbjerg.precedes(esbjergWithoutTerm)).isFalse();
    }

    private static String encode(String body) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(body.getBytes(StandardCharsets.UTF_8));
    }
}
