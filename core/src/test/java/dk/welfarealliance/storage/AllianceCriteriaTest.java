package dk.welfarealliance.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.RegionCode;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reference semantics of alliance criteria: federation, municipality codes (absent is any, empty is none) and an
 * agreement filter that one and the same agreement must satisfy, each alone; region and union scopes as codes from
 * the catalogue; narrowing; the defensive copy of the codes; and the canonical text cursors are bound to.
 */
class AllianceCriteriaTest {
    private static final MunicipalityCode ODENSE = MunicipalityCode.of("461");
    private static final MunicipalityCode COPENHAGEN = MunicipalityCode.of("101");
    private static final FederationCode DGI = FederationCode.of("DGI");
    private static final FocusAreaCode HEALTH = FocusAreaCode.of("SUNDHED");
    private static final AgreementPeriod TERM = AgreementPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31));
    private static final LocalDate MID_TERM = LocalDate.of(2022, 6, 1);

    private final Lifecycle lifecycle = Fixtures.lifecycle(31);
    private final IdGenerator ids = lifecycle.ids();
    private final Alliance aarhus = lifecycle.createAlliance(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR);
    private final ReferenceCatalogue catalogue = ReferenceCatalogue.bundled();

    private static AllianceCriteria.Builder criteria() {
        return AllianceCriteria.builder();
    }

    @Test
    void the_criteria_for_all_match_every_alliance() {
        AllianceCriteria all = AllianceCriteria.all();

        assertThat(all.getFederation()).isEmpty();
        assertThat(all.getMunicipalities()).isEmpty();
        assertThat(all.getAgreement()).isEmpty();
        assertThat(all.matches(aarhus)).isTrue();
        assertThat(all.matches(aarhus.withFederation(DGI).withMunicipality(ODENSE))).isTrue();
    }

    @Test
    void a_federation_criterion_matches_alliances_of_that_federation_only() {
        AllianceCriteria dbu = criteria().federation(FederationCode.DBU).build();

        assertThat(dbu.matches(aarhus)).isTrue();
        assertThat(dbu.matches(aarhus.withFederation(DGI))).isFalse();
    }

    @Test
    void a_municipality_criterion_matches_alliances_of_one_of_its_codes_only() {
        AllianceCriteria aarhusOrOdense = criteria().municipalities(Set.of(Fixtures.AARHUS, ODENSE)).build();

        assertThat(aarhusOrOdense.matches(aarhus)).isTrue();
        assertThat(aarhusOrOdense.matches(aarhus.withMunicipality(ODENSE))).isTrue();
        assertThat(aarhusOrOdense.matches(aarhus.withMunicipality(COPENHAGEN))).isFalse();
    }

    @Test
    void an_empty_set_of_municipalities_matches_nothing() {
        AllianceCriteria none = criteria().municipalities(Set.of()).build();

        assertThat(none.getMunicipalities()).hasValueSatisfying(codes -> assertThat(codes).isEmpty());
        assertThat(none.matches(aarhus)).isFalse();
    }

    @Test
    void an_agreement_criterion_matches_an_alliance_with_an_agreement_that_satisfies_the_filter() {
        AllianceCriteria inForce = criteria().agreement(AgreementFilter.builder().inForceOn(MID_TERM).build()).build();
        Alliance withTerm = aarhus.withAgreements(Fixtures.signedAgreement(ids, TERM));
        Alliance withEndedTerm = aarhus.withAgreements(Fixtures.signedAgreement(ids,
                AgreementPeriod.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31))));

        assertThat(inForce.matches(withTerm)).isTrue();
        assertThat(inForce.matches(withEndedTerm)).isFalse();
        assertThat(inForce.matches(aarhus)).isFalse();
    }

    @Test
    void an_agreement_criterion_matches_when_any_one_of_the_agreements_satisfies_it() {
        AllianceCriteria inForce = criteria().agreement(AgreementFilter.builder().inForceOn(MID_TERM).build()).build();
        Agreement ended = Fixtures.signedAgreement(ids,
                AgreementPeriod.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)));
        Agreement current = Fixtures.signedAgreement(ids, TERM);

        assertThat(inForce.matches(aarhus.withAgreements(ended, current))).isTrue();
        assertThat(inForce.matches(aarhus.withAgreements(current, ended))).isTrue();
    }

    @Test
    void the_filter_must_hold_for_one_and_the_same_agreement() {
        Agreement inForceWithoutFocusArea = Fixtures.signedAgreement(ids, TERM);
        Agreement endedOnHealth = Fixtures.signedAgreement(ids,
                AgreementPeriod.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31))).withFocusAreas(HEALTH);
        AllianceCriteria inForceOnHealth = criteria()
                .agreement(AgreementFilter.builder().inForceOn(MID_TERM).focusArea(HEALTH).build()).build();

        assertThat(inForceOnHealth.matches(aarhus.withAgreements(inForceWithoutFocusArea, endedOnHealth))).isFalse();
        assertThat(inForceOnHealth.matches(aarhus.withAgreements(inForceWithoutFocusArea.withFocusAreas(HEALTH))))
                .isTrue();
    }

    @Test
    void every_criterion_given_must_hold() {
        Alliance withTerm = aarhus.withAgreements(Fixtures.signedAgreement(ids, TERM));
        AllianceCriteria all = criteria().federation(FederationCode.DBU).municipalities(Set.of(Fixtures.AARHUS))
                .agreement(AgreementFilter.builder().addStates(AgreementState.SIGNED).build()).build();

        assertThat(all.matches(withTerm)).isTrue();
        assertThat(all.matches(withTerm.withFederation(DGI))).isFalse();
        assertThat(all.matches(withTerm.withMunicipality(ODENSE))).isFalse();
        assertThat(all.matches(aarhus)).isFalse();
    }

    @Test
    void a_region_becomes_the_codes_of_its_municipalities_from_the_catalogue() {
        RegionCode midtjylland = RegionCode.of("1082");

        AllianceCriteria inRegion = AllianceCriteria.inRegion(catalogue, midtjylland);

        assertThat(inRegion.getMunicipalities()).contains(catalogue.municipalitiesIn(midtjylland));
        assertThat(catalogue.municipalitiesIn(midtjylland)).contains(Fixtures.AARHUS).doesNotContain(ODENSE);
        assertThat(inRegion.matches(aarhus)).isTrue();
        assertThat(inRegion.matches(aarhus.withMunicipality(ODENSE))).isFalse();
    }

    @Test
    void a_local_union_becomes_the_codes_of_the_municipalities_it_covers_from_the_catalogue() {
        LocalUnionCode jylland = LocalUnionCode.of("DBU_JYLLAND");

        AllianceCriteria covered = AllianceCriteria.coveredBy(catalogue, jylland);

        assertThat(covered.getMunicipalities()).contains(catalogue.municipalitiesCoveredBy(jylland));
        assertThat(catalogue.municipalitiesCoveredBy(jylland)).contains(Fixtures.AARHUS).doesNotContain(COPENHAGEN);
        assertThat(covered.matches(aarhus)).isTrue();
        assertThat(covered.matches(aarhus.withMunicipality(COPENHAGEN))).isFalse();
    }

    @Test
    void narrowing_criteria_without_municipalities_gives_the_codes_narrowed_to() {
        AllianceCriteria narrowed = criteria().federation(FederationCode.DBU).build()
                .withinMunicipalities(Set.of(Fixtures.AARHUS, ODENSE));

        assertThat(narrowed.getMunicipalities()).contains(Set.of(Fixtures.AARHUS, ODENSE));
        assertThat(narrowed.getFederation()).contains(FederationCode.DBU);
    }

    @Test
    void narrowing_criteria_with_municipalities_keeps_only_the_codes_in_both() {
        AllianceCriteria narrowed = criteria().municipalities(Set.of(Fixtures.AARHUS, COPENHAGEN)).build()
                .withinMunicipalities(Set.of(Fixtures.AARHUS, ODENSE));

        assertThat(narrowed.getMunicipalities()).contains(Set.of(Fixtures.AARHUS));
        assertThat(criteria().municipalities(Set.of(COPENHAGEN)).build().withinMunicipalities(Set.of(ODENSE))
                .getMunicipalities()).contains(Set.of());
    }

    @Test
    void the_codes_are_copied_so_that_changing_the_callers_set_changes_nothing() {
        Set<MunicipalityCode> codes = new HashSet<>(Set.of(Fixtures.AARHUS));
        AllianceCriteria criteria = criteria().municipalities(codes).build();
        Set<MunicipalityCode> narrowingCodes = new HashSet<>(Set.of(ODENSE));
        AllianceCriteria narrowed = AllianceCriteria.all().withinMunicipalities(narrowingCodes);

        codes.add(ODENSE);
        codes.remove(Fixtures.AARHUS);
        narrowingCodes.add(COPENHAGEN);

        assertThat(criteria.getMunicipalities()).contains(Set.of(Fixtures.AARHUS));
        assertThat(criteria.matches(aarhus)).isTrue();
        assertThat(criteria.matches(aarhus.withMunicipality(ODENSE))).isFalse();
        assertThat(narrowed.getMunicipalities()).contains(Set.of(ODENSE));
    }

    @Test
    void the_codes_of_criteria_are_a_sorted_set_that_cannot_be_changed() {
        AllianceCriteria criteria = criteria()
                .municipalities(new LinkedHashSet<>(List.of(ODENSE, COPENHAGEN, Fixtures.AARHUS))).build();
        Set<MunicipalityCode> codes = criteria.getMunicipalities().orElseThrow();

        assertThat(codes).hasSize(3).containsExactly(COPENHAGEN, ODENSE, Fixtures.AARHUS);
        assertThat(codes.contains(ODENSE)).isTrue();
        assertThat(codes.contains(MunicipalityCode.of("147"))).isFalse();
        assertThatThrownBy(() -> codes.add(MunicipalityCode.of("147")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> codes.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(codes).hasSize(3);
    }

    @Test
    void equal_criteria_have_equal_canonical_texts_whatever_the_order_of_their_codes() {
        AgreementFilter signed = AgreementFilter.builder().addStates(AgreementState.SIGNED).build();
        AllianceCriteria one = criteria().federation(FederationCode.DBU)
                .municipalities(new LinkedHashSet<>(List.of(ODENSE, Fixtures.AARHUS))).agreement(signed).build();
        AllianceCriteria same = criteria().agreement(AgreementFilter.builder().addStates(AgreementState.SIGNED).build())
                .municipalities(new LinkedHashSet<>(List.of(Fixtures.AARHUS, ODENSE))).federation(FederationCode.DBU)
                .build();

        assertThat(same.canonical()).isEqualTo(one.canonical());
        assertThat(AllianceCriteria.all().canonical()).isEqualTo(criteria().build().canonical());
    }

    @Test
    void criteria_that_differ_in_any_part_have_different_canonical_texts() {
        AgreementFilter signed = AgreementFilter.builder().addStates(AgreementState.SIGNED).build();
        List<AllianceCriteria> criteria = new ArrayList<>(List.of(
                AllianceCriteria.all(),
                criteria().federation(FederationCode.DBU).build(),
                criteria().federation(DGI).build(),
                criteria().municipalities(Set.of()).build(),
                criteria().municipalities(Set.of(Fixtures.AARHUS)).build(),
                criteria().municipalities(Set.of(ODENSE)).build(),
                criteria().municipalities(Set.of(Fixtures.AARHUS, ODENSE)).build(),
                criteria().agreement(AgreementFilter.builder().build()).build(),
                criteria().agreement(signed).build(),
                criteria().agreement(signed.withFocusArea(HEALTH)).build()));

        assertThat(criteria.stream().map(AllianceCriteria::canonical).toList()).doesNotHaveDuplicates();
    }

    @Test
    void the_canonical_text_holds_each_value_given() {
        AllianceCriteria c = criteria().federation(DGI).municipalities(Set.of(ODENSE, Fixtures.AARHUS))
                .agreement(AgreementFilter.builder().focusArea(HEALTH).build()).build();

        assertThat(c.canonical()).contains("DGI").contains("461,751").contains("SUNDHED");
    }

    @Test
    void null_arguments_are_rejected_naming_the_argument() {
        Rejected.with(() -> AllianceCriteria.inRegion(null, RegionCode.of("1082")), "AllianceCriteria", "catalogue",
                "value.null");
        Rejected.with(() -> AllianceCriteria.inRegion(catalogue, null), "AllianceCriteria", "region", "value.null");
        Rejected.with(() -> AllianceCriteria.coveredBy(null, LocalUnionCode.of("DBU_JYLLAND")), "AllianceCriteria",
                "catalogue", "value.null");
        Rejected.with(() -> AllianceCriteria.coveredBy(catalogue, null), "AllianceCriteria", "union", "value.null");
        Rejected.with(() -> AllianceCriteria.all().withinMunicipalities(null), "AllianceCriteria", "codes",
                "value.null");
    }
}
