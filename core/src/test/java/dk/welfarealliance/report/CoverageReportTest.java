package dk.welfarealliance.report;

import static dk.welfarealliance.report.Registry.TODAY;
import static dk.welfarealliance.report.Registry.day;
import static dk.welfarealliance.report.Registry.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Phase;
import dk.welfarealliance.RegionCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.validation.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Coverage on a day, from example registries built through the lifecycle; today is 1 March 2024. */
class CoverageReportTest {
    private static final String AARHUS = "751";
    private static final String ODENSE = "461";
    private static final String AERO = "492";
    private static final String KOEBENHAVN = "101";

    private final Registry registry = new Registry();

    private MunicipalityCoverage line(String municipality) {
        return registry.reports.coverage(TODAY).municipality(MunicipalityCode.of(municipality)).orElseThrow();
    }

    @Test
    void a_municipality_with_a_term_in_force_is_in_force_and_named_from_the_catalogue() {
        AgreementId term = registry.signedTerm(AARHUS, "Velfærdsalliance Aarhus", period("2023-01-01", "2026-12-31"),
                day("2022-11-20"));

        MunicipalityCoverage aarhus = line(AARHUS);

        assertThat(aarhus.getStatus()).isEqualTo(CoverageStatus.IN_FORCE);
        assertThat(aarhus.getMunicipality().getName()).isEqualTo("Aarhus");
        assertThat(aarhus.getMunicipality().getRegionName()).isEqualTo("Region Midtjylland");
        assertThat(aarhus.getMunicipality().getLocalUnion()).contains(LocalUnionCode.of("DBU_JYLLAND"));
        assertThat(aarhus.getMunicipality().getLocalUnionName()).contains("DBU Jylland");
        assertThat(aarhus.getDecidingAgreement()).hasValueSatisfying(a -> {
            assertThat(a.getId()).isEqualTo(term);
            assertThat(a.getTitle()).isEqualTo("Velfærdsalliance Aarhus");
            assertThat(a.getPeriod()).contains(period("2023-01-01", "2026-12-31"));
            assertThat(a.getState()).isEqualTo(AgreementState.SIGNED);
            assertThat(a.getPhase()).isEqualTo(Phase.IN_FORCE);
        });
    }

    @Test
    void a_term_whose_end_is_not_recorded_is_possibly_in_force_and_never_counted_as_in_force() {
        registry.signedTerm(ODENSE, "Aftale uden kendt slut", AgreementPeriod.endNotRecorded(day("2020-01-01")),
                day("2019-12-01"));

        CoverageReport coverage = registry.reports.coverage(TODAY);

        assertThat(coverage.municipality(MunicipalityCode.of(ODENSE)).orElseThrow().getStatus())
                .isEqualTo(CoverageStatus.POSSIBLY_IN_FORCE);
        assertThat(coverage.totals().count(CoverageStatus.IN_FORCE)).isZero();
        assertThat(coverage.totals().count(CoverageStatus.POSSIBLY_IN_FORCE)).isEqualTo(1);
    }

    @Test
    void a_signed_term_that_starts_later_is_upcoming() {
        registry.signedTerm(AERO, "Velfærdsalliance Ærø", period("2025-01-01", "2028-12-31"), day("2024-02-01"));

        assertThat(line(AERO).getStatus()).isEqualTo(CoverageStatus.UPCOMING);
    }

    @Test
    void an_open_draft_on_hold_counts_as_in_dialogue() {
        AgreementId draft = registry.open(KOEBENHAVN, "Dialog med København", day("2023-05-01"));
        registry.hold(KOEBENHAVN, draft, day("2023-09-01"));

        MunicipalityCoverage koebenhavn = line(KOEBENHAVN);

        assertThat(koebenhavn.getStatus()).isEqualTo(CoverageStatus.IN_DIALOGUE);
        assertThat(koebenhavn.getDecidingAgreement().map(AgreementSummary::getState)).contains(AgreementState.ON_HOLD);
    }

    @Test
    void a_term_in_force_takes_precedence_over_its_renewal_in_dialogue() {
        AgreementId term = registry.signedTerm(AARHUS, "Første periode", period("2021-01-01", "2024-12-31"),
                day("2020-12-01"));
        registry.renew(AARHUS, term, "Fornyelse", day("2024-02-01"));

        assertThat(line(AARHUS).getStatus()).isEqualTo(CoverageStatus.IN_FORCE);
        assertThat(line(AARHUS).getDecidingAgreement().map(AgreementSummary::getId)).contains(term);
    }

    @Test
    void a_municipality_whose_terms_have_all_ended_is_ended_and_decided_by_the_latest_term() {
        registry.signedTerm(ODENSE, "Første", period("2016-01-01", "2018-12-31"), day("2015-12-01"));
        AgreementId second = registry.signedTerm(ODENSE, "Anden", period("2019-01-01", "2022-12-31"), day("2018-12-01"));

        MunicipalityCoverage odense = line(ODENSE);

        assertThat(odense.getStatus()).isEqualTo(CoverageStatus.ENDED);
        assertThat(odense.getDecidingAgreement().map(AgreementSummary::getId)).contains(second);
    }

    @Test
    void a_municipality_with_only_an_abandoned_draft_has_no_coverage() {
        AgreementId draft = registry.open(AERO, "Opgivet", day("2022-01-10"));
        registry.abandon(AERO, draft, day("2022-06-01"));

        assertThat(line(AERO).getStatus()).isEqualTo(CoverageStatus.NONE);
        assertThat(line(AERO).getDecidingAgreement()).isEmpty();
    }

    @Test
    void a_municipality_without_an_alliance_has_no_coverage() {
        assertThat(line(KOEBENHAVN).getStatus()).isEqualTo(CoverageStatus.NONE);
        assertThat(line(KOEBENHAVN).getMunicipality().getName()).isEqualTo("København");
    }

    @Test
    void every_municipality_of_the_catalogue_is_listed_once_in_code_order() {
        registry.signedTerm(AARHUS, "Aarhus", period("2023-01-01", "2026-12-31"), day("2022-11-20"));

        List<MunicipalityCode> codes = registry.reports.coverage(TODAY).getMunicipalities().stream()
                .map(m -> m.getMunicipality().getCode()).toList();

        assertThat(codes).hasSize(98).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void the_totals_count_each_status_out_of_the_catalogues_municipalities() {
        registry.signedTerm(AARHUS, "Aarhus", period("2023-01-01", "2026-12-31"), day("2022-11-20"));
        registry.signedTerm(ODENSE, "Odense", period("2019-01-01", "2022-12-31"), day("2018-12-01"));
        registry.open(KOEBENHAVN, "København", day("2023-05-01"));

        StatusCounts totals = registry.reports.coverage(TODAY).totals();

        assertThat(totals.count(CoverageStatus.IN_FORCE)).isEqualTo(1);
        assertThat(totals.count(CoverageStatus.ENDED)).isEqualTo(1);
        assertThat(totals.count(CoverageStatus.IN_DIALOGUE)).isEqualTo(1);
        assertThat(totals.count(CoverageStatus.NONE)).isEqualTo(95);
        assertThat(totals.total()).isEqualTo(98);
    }

    @Test
    void the_totals_by_local_union_count_the_municipalities_each_union_covers() {
        registry.signedTerm(ODENSE, "Odense", period("2023-01-01", "2026-12-31"), day("2022-11-20"));
        registry.signedTerm(AERO, "Ærø", period("2025-01-01", "2026-12-31"), day("2024-01-20"));

        UnionCoverage fyn = registry.reports.coverage(TODAY).byLocalUnion().stream()
                .filter(u -> u.getLocalUnion().equals(Optional.of(LocalUnionCode.of("DBU_FYN")))).findFirst().orElseThrow();

        assertThat(fyn.getName()).isEqualTo("DBU Fyn");
        assertThat(fyn.getCounts().count(CoverageStatus.IN_FORCE)).isEqualTo(1);
        assertThat(fyn.getCounts().count(CoverageStatus.UPCOMING)).isEqualTo(1);
        assertThat(fyn.getCounts().total()).isEqualTo(10);
    }

    @Test
    void the_totals_by_region_count_the_municipalities_of_each_region() {
        registry.signedTerm(AARHUS, "Aarhus", period("2023-01-01", "2026-12-31"), day("2022-11-20"));

        List<RegionCoverage> regions = registry.reports.coverage(TODAY).byRegion();

        assertThat(regions).extracting(RegionCoverage::getRegion).containsExactly(RegionCode.of("1081"),
                RegionCode.of("1082"), RegionCode.of("1083"), RegionCode.of("1084"), RegionCode.of("1085"));
        RegionCoverage midtjylland = regions.get(1);
        assertThat(midtjylland.getName()).isEqualTo("Region Midtjylland");
        assertThat(midtjylland.getCounts().count(CoverageStatus.IN_FORCE)).isEqualTo(1);
        assertThat(midtjylland.getCounts().total()).isEqualTo(19);
    }

    @Test
    void the_list_with_nothing_in_force_holds_the_ended_and_those_without_coverage_and_says_which() {
        registry.signedTerm(ODENSE, "Odense", period("2019-01-01", "2022-12-31"), day("2018-12-01"));
        registry.signedTerm(AARHUS, "Aarhus", period("2023-01-01", "2026-12-31"), day("2022-11-20"));
        registry.open(KOEBENHAVN, "København", day("2023-05-01"));

        List<MunicipalityCoverage> nothing = registry.reports.coverage(TODAY).nothingInForce();

        assertThat(nothing).hasSize(96);
        assertThat(nothing).filteredOn(m -> m.getStatus() == CoverageStatus.ENDED)
                .extracting(m -> m.getMunicipality().getName()).containsExactly("Odense");
        assertThat(nothing).extracting(MunicipalityCoverage::getStatus)
                .containsOnly(CoverageStatus.ENDED, CoverageStatus.NONE);
    }

    @Test
    void on_a_past_day_a_term_signed_since_stood_in_dialogue() {
        AgreementId draft = registry.open(AARHUS, "Aarhus", day("2022-09-01"));
        registry.approve(AARHUS, draft, day("2022-10-01"))
                .sign(AARHUS, draft, period("2023-01-01", "2026-12-31"), day("2022-11-20"));

        CoverageReport before = registry.reports.coverage(day("2022-10-15"));

        assertThat(before.isFromDatedSteps()).isTrue();
        MunicipalityCoverage aarhus = before.municipality(MunicipalityCode.of(AARHUS)).orElseThrow();
        assertThat(aarhus.getStatus()).isEqualTo(CoverageStatus.IN_DIALOGUE);
        assertThat(aarhus.getDecidingAgreement().map(AgreementSummary::getState)).contains(AgreementState.APPROVED);
    }

    @Test
    void on_a_past_day_a_term_terminated_since_stood_in_force() {
        AgreementId term = registry.signedTerm(ODENSE, "Odense", period("2021-01-01", "2024-12-31"), day("2020-12-01"));
        registry.terminate(ODENSE, term, day("2023-06-30"), day("2023-04-01"));

        MunicipalityCoverage then = registry.reports.coverage(day("2023-03-01")).municipality(MunicipalityCode.of(ODENSE))
                .orElseThrow();

        assertThat(then.getStatus()).isEqualTo(CoverageStatus.IN_FORCE);
        assertThat(then.getDecidingAgreement().map(AgreementSummary::getState)).contains(AgreementState.SIGNED);
        assertThat(line(ODENSE).getStatus()).isEqualTo(CoverageStatus.ENDED);
    }

    @Test
    void on_a_past_day_a_term_whose_end_is_not_recorded_stood_possibly_in_force_though_terminated_back_to_before_it_since() {
        AgreementId term = registry.signedTerm(ODENSE, "Odense", AgreementPeriod.endNotRecorded(day("2020-01-01")),
                day("2019-12-01"));
        registry.terminate(ODENSE, term, day("2022-12-31"), day("2023-06-01"));

        MunicipalityCoverage then = registry.reports.coverage(day("2023-03-01")).municipality(MunicipalityCode.of(ODENSE))
                .orElseThrow();

        assertThat(then.getStatus()).isEqualTo(CoverageStatus.POSSIBLY_IN_FORCE);
        assertThat(line(ODENSE).getStatus()).isEqualTo(CoverageStatus.ENDED);
    }

    @Test
    void before_its_first_step_a_municipality_had_no_coverage() {
        registry.signedTerm(AARHUS, "Aarhus", period("2023-01-01", "2026-12-31"), day("2022-11-20"));

        assertThat(registry.reports.coverage(day("2022-01-01")).municipality(MunicipalityCode.of(AARHUS))
                .orElseThrow().getStatus()).isEqualTo(CoverageStatus.NONE);
    }

    @Test
    void the_coverage_reads_only_the_federations_alliances() {
        registry.signedTerm(AARHUS, "Aarhus", period("2023-01-01", "2026-12-31"), day("2022-11-20"));

        registry.reports.coverage(TODAY);

        assertThat(registry.store.queried())
                .containsOnly(AllianceCriteria.builder().federation(FederationCode.DBU).build());
    }

    @Test
    void the_coverage_of_one_municipality_is_its_line_in_the_whole_coverage() {
        registry.signedTerm(AARHUS, "Aarhus", period("2023-01-01", "2026-12-31"), day("2022-11-20"));
        LocalDate day = day("2023-02-01");

        MunicipalityCoverage one = registry.reports.coverageOf(MunicipalityCode.of(AARHUS), day);

        assertThat(one).isEqualTo(registry.reports.coverage(day).municipality(MunicipalityCode.of(AARHUS)).orElseThrow());
    }

    @Test
    void the_coverage_of_a_municipality_the_catalogue_does_not_hold_is_rejected() {
        assertThatThrownBy(() -> registry.reports.coverageOf(MunicipalityCode.of("999"), TODAY))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getRules()).containsExactly("catalogue.municipality.unknown"));
    }

    @Test
    void the_coverage_of_a_federation_the_catalogue_does_not_hold_is_rejected() {
        assertThatThrownBy(() -> registry.reports.coverage(FederationCode.of("DAI"), TODAY))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getRules()).containsExactly("catalogue.federation.unknown"));
    }

    @Test
    void the_coverage_of_one_municipality_by_an_unknown_federation_is_rejected() {
        assertThatThrownBy(() -> registry.reports.coverageOf(FederationCode.of("DAI"), MunicipalityCode.of(AARHUS), TODAY))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getRules()).containsExactly("catalogue.federation.unknown"));
    }

    @Test
    void the_coverage_table_has_a_row_per_municipality_with_names_status_and_agreement() {
        registry.signedTerm(AARHUS, "Velfærdsalliance Aarhus", period("2023-01-01", "2026-12-31"), day("2022-11-20"));

        ReportTable table = registry.reports.coverage(TODAY).toTable();

        assertThat(table.getTitle()).isEqualTo("Coverage of DBU on 2024-03-01 (stored states)");
        assertThat(table.getHeaders()).containsExactly("Municipality code", "Municipality", "Region", "Local union",
                "Status", "Agreement", "Period", "Agreement state", "Phase");
        assertThat(table.getRows()).hasSize(98).contains(List.of("751", "Aarhus", "Region Midtjylland", "DBU Jylland",
                "In force", "Velfærdsalliance Aarhus", "2023-01-01…2026-12-31", "Signed", "In force"));
        assertThat(table.getRows()).contains(List.of("101", "København", "Region Hovedstaden", "DBU København",
                "None", "", "", "", ""));
    }

    @Test
    void the_table_by_local_union_has_a_column_per_status_and_a_row_for_all() {
        registry.signedTerm(AARHUS, "Aarhus", period("2023-01-01", "2026-12-31"), day("2022-11-20"));

        ReportTable table = registry.reports.coverage(TODAY).byLocalUnionTable();

        assertThat(table.getHeaders()).containsExactly("Local union", "In force", "Possibly in force", "Upcoming",
                "In dialogue", "Ended", "None", "Total");
        assertThat(table.getRows()).contains(List.of("DBU Jylland", "1", "0", "0", "0", "0", "41", "42"));
        assertThat(table.getRows().get(table.getRows().size() - 1))
                .containsExactly("All", "1", "0", "0", "0", "0", "97", "98");
    }
}
