package dk.welfarealliance.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.RegionCode;
import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference catalogue (docs/model.md): what the bundled one holds (98 municipalities, the 5 regions, the 6
 * local unions of DBU and which covers which municipality, DBU, 8 focus areas), what each lookup answers for known
 * and unknown codes, and that a catalogue an embedder builds must be consistent ({@code catalogue.*} rules).
 */
class ReferenceCatalogueTest {
    private static final ReferenceCatalogue BUNDLED = ReferenceCatalogue.bundled();

    private static final RegionCode HOVEDSTADEN = RegionCode.of("1084");
    private static final RegionCode SJAELLAND = RegionCode.of("1085");
    private static final LocalUnionCode KOEBENHAVN = LocalUnionCode.of("DBU_KOEBENHAVN");
    private static final LocalUnionCode SJAELLAND_UNION = LocalUnionCode.of("DBU_SJAELLAND");
    private static final MunicipalityCode KOEBENHAVN_KOMMUNE = MunicipalityCode.of("101");
    private static final MunicipalityCode BALLERUP = MunicipalityCode.of("151");

    private static MunicipalityCode m(String code) {
        return MunicipalityCode.of(code);
    }

    private static Region region(RegionCode code, String name) {
        return Region.builder().code(code).name(name).build();
    }

    private static Municipality municipality(MunicipalityCode code, String name, RegionCode region) {
        return Municipality.builder().code(code).name(name).region(region).build();
    }

    private static LocalUnion union(LocalUnionCode code, String name) {
        return LocalUnion.builder().code(code).name(name).build();
    }

    private static FocusAreaDefinition area(String code, boolean historic) {
        return FocusAreaDefinition.builder().code(FocusAreaCode.of(code)).nameDa(code).nameEn(code).historic(historic)
                .build();
    }

    /** A small catalogue of the embedder's: one region, two municipalities, two unions, one covering. */
    private static ReferenceCatalogue.Builder small() {
        return ReferenceCatalogue.builder()
                .addRegions(region(HOVEDSTADEN, "Region Hovedstaden"))
                .addMunicipalities(municipality(KOEBENHAVN_KOMMUNE, "København", HOVEDSTADEN),
                        municipality(BALLERUP, "Ballerup", HOVEDSTADEN))
                .addLocalUnions(union(KOEBENHAVN, "DBU København"), union(SJAELLAND_UNION, "DBU Sjælland"))
                .addFederations(Federation.builder().code(FederationCode.DBU).name("Dansk Boldspil-Union").build())
                .putCoverage(KOEBENHAVN_KOMMUNE, KOEBENHAVN)
                .addFocusAreas(area("SUNDHED", false));
    }

    // ---- what the bundled catalogue holds ------------------------------------------------------------------

    @Test
    void the_bundled_catalogue_holds_the_98_municipalities_with_unique_official_three_digit_codes() {
        assertThat(BUNDLED.getMunicipalities()).hasSize(98);
        assertThat(BUNDLED.getMunicipalities().stream().map(Municipality::getCode).collect(Collectors.toSet()))
                .hasSize(98);
    }

    @Test
    void the_bundled_catalogue_holds_the_five_regions_by_official_code_and_name() {
        assertThat(BUNDLED.getRegions()).extracting(Region::getCode, Region::getName).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(RegionCode.of("1081"), "Region Nordjylland"),
                org.assertj.core.groups.Tuple.tuple(RegionCode.of("1082"), "Region Midtjylland"),
                org.assertj.core.groups.Tuple.tuple(RegionCode.of("1083"), "Region Syddanmark"),
                org.assertj.core.groups.Tuple.tuple(HOVEDSTADEN, "Region Hovedstaden"),
                org.assertj.core.groups.Tuple.tuple(SJAELLAND, "Region Sjælland"));
    }

    @Test
    void the_bundled_catalogue_holds_the_six_local_unions_of_dbu() {
        assertThat(BUNDLED.getLocalUnions()).extracting(LocalUnion::getCode, LocalUnion::getName)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LocalUnionCode.of("DBU_JYLLAND"), "DBU Jylland"),
                        org.assertj.core.groups.Tuple.tuple(LocalUnionCode.of("DBU_FYN"), "DBU Fyn"),
                        org.assertj.core.groups.Tuple.tuple(SJAELLAND_UNION, "DBU Sjælland"),
                        org.assertj.core.groups.Tuple.tuple(KOEBENHAVN, "DBU København"),
                        org.assertj.core.groups.Tuple.tuple(LocalUnionCode.of("DBU_LOLLAND_FALSTER"),
                                "DBU Lolland-Falster"),
                        org.assertj.core.groups.Tuple.tuple(LocalUnionCode.of("DBU_BORNHOLM"), "DBU Bornholm"));
    }

    @Test
    void the_bundled_catalogue_holds_dbu_as_its_one_federation() {
        assertThat(BUNDLED.getFederations()).extracting(Federation::getCode).containsExactly(FederationCode.DBU);
        assertThat(BUNDLED.federation(FederationCode.DBU)).map(Federation::getName).contains("Dansk Boldspil-Union");
    }

    @Test
    void the_bundled_catalogue_holds_eight_focus_areas_five_current_and_three_historic() {
        assertThat(BUNDLED.getFocusAreas()).hasSize(8);
        assertThat(BUNDLED.getFocusAreas().stream().filter(FocusAreaDefinition::isHistoric)
                .map(f -> f.getCode().value())).containsExactlyInAnyOrder("BOERN_OG_UNGE", "KLUBUDVIKLING",
                        "FORENINGS_DANMARK");
        assertThat(BUNDLED.getFocusAreas().stream().filter(f -> !f.isHistoric()).map(f -> f.getCode().value()))
                .containsExactlyInAnyOrder("SUNDHED", "SOCIAL_INDSATS", "SKOLE_OG_DAGTILBUD", "UDDANNELSE",
                        "BESKAEFTIGELSE");
        assertThat(BUNDLED.getFocusAreas()).noneMatch(f -> f.getCode().isCustom());
    }

    @Test
    void every_bundled_municipality_lies_in_a_bundled_region_and_is_covered_by_a_bundled_union() {
        Set<RegionCode> regions = BUNDLED.getRegions().stream().map(Region::getCode).collect(Collectors.toSet());
        Set<LocalUnionCode> unions =
                BUNDLED.getLocalUnions().stream().map(LocalUnion::getCode).collect(Collectors.toSet());
        for (Municipality mu : BUNDLED.getMunicipalities()) {
            assertThat(regions).as(mu.getName()).contains(mu.getRegion());
            assertThat(BUNDLED.coveringUnion(mu.getCode())).as(mu.getName()).isPresent().get().isIn(unions);
        }
        assertThat(BUNDLED.getCoverage()).hasSize(98);
    }

    @Test
    void the_bundled_catalogue_is_loaded_once() {
        assertThat(ReferenceCatalogue.bundled()).isSameAs(BUNDLED);
    }

    // ---- lookups -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is {1} in region {2}")
    @CsvSource({"101,København,1084", "147,Frederiksberg,1084", "400,Bornholm,1084", "461,Odense,1083",
        "751,Aarhus,1082", "360,Lolland,1085", "376,Guldborgsund,1085"})
    void a_municipality_is_found_by_its_code_with_its_name_and_region(String code, String name, String region) {
        Municipality mu = BUNDLED.municipality(m(code)).orElseThrow();
        assertThat(mu.getCode()).isEqualTo(m(code));
        assertThat(mu.getName()).isEqualTo(name);
        assertThat(mu.getRegion()).isEqualTo(RegionCode.of(region));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"000", "999", "102"})
    void a_municipality_code_the_catalogue_does_not_hold_finds_nothing_and_is_covered_by_no_union(String code) {
        assertThat(BUNDLED.municipality(m(code))).isEmpty();
        assertThat(BUNDLED.coveringUnion(m(code))).isEmpty();
    }

    @Test
    void a_region_is_found_by_its_code_and_an_unknown_one_finds_nothing() {
        assertThat(BUNDLED.region(HOVEDSTADEN)).map(Region::getName).contains("Region Hovedstaden");
        assertThat(BUNDLED.region(RegionCode.of("1083"))).map(Region::getCode).contains(RegionCode.of("1083"));
        assertThat(BUNDLED.region(RegionCode.of("1080"))).isEmpty();
        assertThat(BUNDLED.region(RegionCode.of("1086"))).isEmpty();
    }

    @Test
    void a_local_union_is_found_by_its_code_and_an_unknown_one_finds_nothing() {
        assertThat(BUNDLED.localUnion(LocalUnionCode.of("DBU_JYLLAND"))).map(LocalUnion::getName).contains("DBU Jylland");
        assertThat(BUNDLED.localUnion(KOEBENHAVN)).map(LocalUnion::getCode).contains(KOEBENHAVN);
        assertThat(BUNDLED.localUnion(LocalUnionCode.of("DBU_SKAANE"))).isEmpty();
    }

    @Test
    void a_federation_the_catalogue_does_not_hold_finds_nothing() {
        assertThat(BUNDLED.federation(FederationCode.of("SVFF"))).isEmpty();
    }

    @Test
    void a_catalogue_focus_area_is_found_with_its_danish_and_english_names() {
        FocusAreaDefinition sundhed = BUNDLED.focusArea(FocusAreaCode.of("SUNDHED")).orElseThrow();
        assertThat(sundhed.getNameDa()).isEqualTo("Sundhed");
        assertThat(sundhed.getNameEn()).isEqualTo("Health");
        assertThat(sundhed.isHistoric()).isFalse();
        FocusAreaDefinition boernOgUnge = BUNDLED.focusArea(FocusAreaCode.of("BOERN_OG_UNGE")).orElseThrow();
        assertThat(boernOgUnge.getNameDa()).isEqualTo("Børn & Unge");
        assertThat(boernOgUnge.getNameEn()).isEqualTo("Children and youth");
        assertThat(boernOgUnge.isHistoric()).isTrue();
    }

    @Test
    void a_custom_or_unknown_focus_area_has_no_catalogue_entry() {
        assertThat(BUNDLED.focusArea(FocusAreaCode.custom("fodbold-fitness"))).isEmpty();
        assertThat(BUNDLED.focusArea(FocusAreaCode.of("UKENDT"))).isEmpty();
    }

    @Test
    void catalogue_focus_areas_current_or_historic_and_every_custom_area_are_allowed_but_unknown_codes_are_not() {
        assertThat(BUNDLED.allowsFocusArea(FocusAreaCode.of("SUNDHED"))).isTrue();
        assertThat(BUNDLED.allowsFocusArea(FocusAreaCode.of("KLUBUDVIKLING"))).isTrue();
        assertThat(BUNDLED.allowsFocusArea(FocusAreaCode.custom("fodbold-fitness"))).isTrue();
        assertThat(BUNDLED.allowsFocusArea(FocusAreaCode.of("UKENDT"))).isFalse();
    }

    @Test
    void asking_whether_a_null_focus_area_is_allowed_is_rejected() {
        Rejected.with(() -> BUNDLED.allowsFocusArea(null), "ReferenceCatalogue", "code", "value.null");
    }

    // ---- coverage ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is covered by {1}")
    @CsvSource({"101,DBU_KOEBENHAVN", "147,DBU_KOEBENHAVN", "151,DBU_SJAELLAND", "400,DBU_BORNHOLM",
        "461,DBU_FYN", "751,DBU_JYLLAND", "360,DBU_LOLLAND_FALSTER", "376,DBU_LOLLAND_FALSTER"})
    void each_municipality_is_covered_by_its_local_union(String municipality, String union) {
        assertThat(BUNDLED.coveringUnion(m(municipality))).contains(LocalUnionCode.of(union));
    }

    @Test
    void a_union_covers_exactly_the_municipalities_the_coverage_names_sorted_by_code() {
        assertThat(BUNDLED.municipalitiesCoveredBy(LocalUnionCode.of("DBU_BORNHOLM"))).containsExactly(m("400"));
        assertThat(BUNDLED.municipalitiesCoveredBy(LocalUnionCode.of("DBU_LOLLAND_FALSTER")))
                .containsExactly(m("360"), m("376"));
        assertThat(BUNDLED.municipalitiesCoveredBy(KOEBENHAVN))
                .containsExactly(m("101"), m("147"), m("155"), m("157"), m("185"));
        assertThat(BUNDLED.municipalitiesCoveredBy(LocalUnionCode.of("DBU_FYN"))).hasSize(10);
        assertThat(BUNDLED.municipalitiesCoveredBy(LocalUnionCode.of("DBU_JYLLAND"))).hasSize(42).contains(m("751"));
        assertThat(BUNDLED.municipalitiesCoveredBy(SJAELLAND_UNION)).hasSize(38).contains(m("151"));
    }

    @Test
    void the_unions_together_cover_every_municipality_once() {
        SortedSet<MunicipalityCode> covered = new TreeSet<>();
        int total = 0;
        for (LocalUnion u : BUNDLED.getLocalUnions()) {
            SortedSet<MunicipalityCode> byUnion = BUNDLED.municipalitiesCoveredBy(u.getCode());
            total += byUnion.size();
            covered.addAll(byUnion);
        }
        assertThat(total).isEqualTo(98);
        assertThat(covered).isEqualTo(BUNDLED.getMunicipalities().stream().map(Municipality::getCode)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void an_unknown_union_covers_nothing() {
        assertThat(BUNDLED.municipalitiesCoveredBy(LocalUnionCode.of("DBU_SKAANE"))).isEmpty();
    }

    @Test
    void a_region_holds_exactly_its_municipalities_sorted_by_code() {
        SortedSet<MunicipalityCode> hovedstaden = BUNDLED.municipalitiesIn(HOVEDSTADEN);
        assertThat(hovedstaden).hasSize(29).contains(m("101"), m("147"), m("400")).doesNotContain(m("751"));
        assertThat(hovedstaden.first()).isEqualTo(m("101"));
        assertThat(BUNDLED.municipalitiesIn(RegionCode.of("1081"))).hasSize(11);
        assertThat(BUNDLED.municipalitiesIn(RegionCode.of("1082"))).hasSize(19).contains(m("751"));
        assertThat(BUNDLED.municipalitiesIn(RegionCode.of("1083"))).hasSize(22).contains(m("461"));
        assertThat(BUNDLED.municipalitiesIn(SJAELLAND)).hasSize(17).containsExactlyElementsOf(
                BUNDLED.getMunicipalities().stream().filter(mu -> mu.getRegion().equals(SJAELLAND))
                        .map(Municipality::getCode).sorted().toList());
    }

    @Test
    void an_unknown_region_holds_no_municipality() {
        assertThat(BUNDLED.municipalitiesIn(RegionCode.of("1086"))).isEmpty();
    }

    // ---- an embedder's own catalogue -----------------------------------------------------------------------

    @Test
    void an_embedders_consistent_catalogue_answers_from_its_own_data() {
        ReferenceCatalogue c = small().build();
        assertThat(c.municipality(BALLERUP)).map(Municipality::getName).contains("Ballerup");
        assertThat(c.municipality(m("751"))).isEmpty();
        assertThat(c.coveringUnion(KOEBENHAVN_KOMMUNE)).contains(KOEBENHAVN);
        assertThat(c.coveringUnion(BALLERUP)).as("a municipality may have no union").isEmpty();
        assertThat(c.municipalitiesCoveredBy(SJAELLAND_UNION)).isEmpty();
        assertThat(c.municipalitiesIn(HOVEDSTADEN)).containsExactly(KOEBENHAVN_KOMMUNE, BALLERUP);
        assertThat(c.allowsFocusArea(FocusAreaCode.of("BOERN_OG_UNGE"))).isFalse();
        assertThat(c.region(SJAELLAND)).isEmpty();
    }

    @Test
    void a_catalogue_built_from_the_bundled_one_with_changed_coverage_follows_the_change() {
        ReferenceCatalogue c = ReferenceCatalogue.builder().from(BUNDLED)
                .coverage(Map.of(BALLERUP, KOEBENHAVN)).build();
        assertThat(c.coveringUnion(BALLERUP)).contains(KOEBENHAVN);
        assertThat(c.coveringUnion(KOEBENHAVN_KOMMUNE)).isEmpty();
        assertThat(c.municipalitiesCoveredBy(KOEBENHAVN)).containsExactly(BALLERUP);
        assertThat(BUNDLED.coveringUnion(BALLERUP)).contains(SJAELLAND_UNION);
    }

    @Test
    void an_empty_catalogue_is_consistent_and_holds_nothing() {
        ReferenceCatalogue c = ReferenceCatalogue.builder().build();
        assertThat(c.municipality(KOEBENHAVN_KOMMUNE)).isEmpty();
        assertThat(c.municipalitiesIn(HOVEDSTADEN)).isEmpty();
        assertThat(c.allowsFocusArea(FocusAreaCode.custom("egen"))).isTrue();
    }

    @Test
    void a_region_code_given_twice_is_rejected_naming_the_second() {
        Violation v = Rejected.with(() -> small().addRegions(region(HOVEDSTADEN, "Hovedstaden igen")).build(),
                "ReferenceCatalogue", "regions[1].code", "catalogue.code.duplicate");
        assertThat(v.getAttributes()).containsEntry("code", HOVEDSTADEN);
    }

    @Test
    void a_municipality_code_given_twice_is_rejected() {
        Rejected.with(() -> small().addMunicipalities(municipality(BALLERUP, "Ballerup 2", HOVEDSTADEN)).build(),
                "ReferenceCatalogue", "municipalities[2].code", "catalogue.code.duplicate");
    }

    @Test
    void a_local_union_code_given_twice_is_rejected() {
        Rejected.with(() -> small().addLocalUnions(union(KOEBENHAVN, "Igen")).build(),
                "ReferenceCatalogue", "localUnions[2].code", "catalogue.code.duplicate");
    }

    @Test
    void a_federation_code_given_twice_is_rejected() {
        Rejected.with(() -> small().addFederations(Federation.builder().code(FederationCode.DBU).name("DBU").build())
                .build(), "ReferenceCatalogue", "federations[1].code", "catalogue.code.duplicate");
    }

    @Test
    void a_focus_area_code_given_twice_is_rejected() {
        Rejected.with(() -> small().addFocusAreas(area("SUNDHED", true)).build(),
                "ReferenceCatalogue", "focusAreas[1].code", "catalogue.code.duplicate");
    }

    @Test
    void a_municipality_in_a_region_the_catalogue_does_not_hold_is_rejected() {
        Violation v = Rejected.with(() -> small().addMunicipalities(municipality(m("259"), "Køge", SJAELLAND)).build(),
                "ReferenceCatalogue", "municipalities[2].region", "catalogue.region.unknown");
        assertThat(v.getAttributes()).containsEntry("region", SJAELLAND);
    }

    @Test
    void coverage_of_a_municipality_the_catalogue_does_not_hold_is_rejected() {
        Violation v = Rejected.with(() -> small().putCoverage(m("751"), KOEBENHAVN).build(),
                "ReferenceCatalogue", "coverage[751]", "catalogue.municipality.unknown");
        assertThat(v.getAttributes()).containsEntry("municipality", m("751"));
    }

    @Test
    void coverage_by_a_union_the_catalogue_does_not_hold_is_rejected() {
        Violation v = Rejected.with(() -> small().putCoverage(BALLERUP, LocalUnionCode.of("DBU_JYLLAND")).build(),
                "ReferenceCatalogue", "coverage[151]", "catalogue.local-union.unknown");
        assertThat(v.getAttributes()).containsEntry("localUnion", LocalUnionCode.of("DBU_JYLLAND"));
    }

    @Test
    void a_custom_focus_area_in_the_catalogue_is_rejected_as_custom_areas_need_no_entry() {
        Rejected.with(() -> small().addFocusAreas(area("custom:egen", false)).build(),
                "ReferenceCatalogue", "focusAreas[1].code", "focus-area.code.format");
    }

    @Test
    void every_inconsistency_of_a_catalogue_is_reported_at_once() {
        ValidationException e = Rejected.by(() -> small().addRegions(region(HOVEDSTADEN, "Igen"))
                .addMunicipalities(municipality(m("259"), "Køge", SJAELLAND))
                .putCoverage(m("751"), LocalUnionCode.of("DBU_JYLLAND")).build());
        assertThat(e.getRules()).containsExactlyInAnyOrder("catalogue.code.duplicate", "catalogue.region.unknown",
                "catalogue.municipality.unknown", "catalogue.local-union.unknown");
    }

    // ---- the entries themselves ----------------------------------------------------------------------------

    @Test
    void entries_with_a_blank_name_are_rejected_naming_the_entry() {
        Rejected.with(() -> region(HOVEDSTADEN, " "), "Region", "name", "text.blank");
        Rejected.with(() -> municipality(BALLERUP, "", HOVEDSTADEN), "Municipality", "name", "text.blank");
        Rejected.with(() -> union(KOEBENHAVN, "\u2003"), "LocalUnion", "name", "text.blank");
        Rejected.with(() -> Federation.builder().code(FederationCode.DBU).name(" ").build(), "Federation", "name",
                "text.blank");
        Rejected.with(() -> FocusAreaDefinition.builder().code(FocusAreaCode.of("SUNDHED")).nameDa(" ").nameEn("Health")
                .historic(false).build(), "FocusAreaDefinition", "nameDa", "text.blank");
        Rejected.with(() -> FocusAreaDefinition.builder().code(FocusAreaCode.of("SUNDHED")).nameDa("Sundhed")
                .nameEn("a".repeat(201)).historic(false).build(), "FocusAreaDefinition", "nameEn", "text.too-long");
    }

    @Test
    void an_entry_missing_its_code_is_rejected_naming_it() {
        Rejected.with(() -> Region.builder().name("Region Hovedstaden").build(), "Region", "code", "value.required");
    }

    @Test
    void the_lists_of_a_catalogue_are_in_the_order_given() {
        assertThat(small().build().getMunicipalities()).extracting(Municipality::getCode)
                .isEqualTo(List.of(KOEBENHAVN_KOMMUNE, BALLERUP));
    }
}
