package dk.welfarealliance.storage.tck;

import static dk.welfarealliance.storage.tck.ReportingPortfolio.AARHUS;
import static dk.welfarealliance.storage.tck.ReportingPortfolio.ESBJERG;
import static dk.welfarealliance.storage.tck.ReportingPortfolio.HORSENS;
import static dk.welfarealliance.storage.tck.ReportingPortfolio.KOEBENHAVN;
import static dk.welfarealliance.storage.tck.ReportingPortfolio.ODENSE;
import static dk.welfarealliance.storage.tck.ReportingPortfolio.ROSKILDE;
import static dk.welfarealliance.storage.tck.ReportingPortfolio.SVENDBORG;
import static dk.welfarealliance.storage.tck.ReportingPortfolio.TODAY;
import static dk.welfarealliance.storage.tck.ReportingPortfolio.VEJLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.welfarealliance.AgreementState;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.report.CommitmentDelivery;
import dk.welfarealliance.report.CommitmentStatus;
import dk.welfarealliance.report.CoverageReport;
import dk.welfarealliance.report.CoverageStatus;
import dk.welfarealliance.report.EliteDelivery;
import dk.welfarealliance.report.ExpiringTerm;
import dk.welfarealliance.report.FocusAreaCount;
import dk.welfarealliance.report.FocusAreasAndTargetGroups;
import dk.welfarealliance.report.GoalLine;
import dk.welfarealliance.report.GoalStatus;
import dk.welfarealliance.report.RenewalPipeline;
import dk.welfarealliance.report.RenewalRisk;
import dk.welfarealliance.report.Reports;
import dk.welfarealliance.report.StatusCounts;
import dk.welfarealliance.report.TargetGroupCount;
import dk.welfarealliance.report.UnionCoverage;
import dk.welfarealliance.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The portfolio reports computed over the store under test, against values worked out by hand from
 * {@link ReportingPortfolio}: the reports read only through the SPI, so every backend must give the same.
 */
abstract class ReportingCases extends ContractCases {
    ReportingCases(AllianceStoreContract contract) {
        super(contract);
    }

    @Test
    void coverage_today_gives_each_municipality_its_strongest_status_with_names_by_union_and_region() {
        Reports reports = new ReportingPortfolio(store).enter();

        CoverageReport coverage = reports.coverage(TODAY);

        assertThat(statuses(coverage)).as("the portfolio's municipalities").containsExactlyInAnyOrderEntriesOf(Map.of(
                AARHUS, CoverageStatus.IN_FORCE, HORSENS, CoverageStatus.IN_FORCE, SVENDBORG, CoverageStatus.IN_FORCE,
                VEJLE, CoverageStatus.POSSIBLY_IN_FORCE, KOEBENHAVN, CoverageStatus.UPCOMING,
                ROSKILDE, CoverageStatus.IN_DIALOGUE, ODENSE, CoverageStatus.ENDED, ESBJERG, CoverageStatus.ENDED));
        StatusCounts totals = coverage.totals();
        assertThat(totals.total()).as("the catalogue's municipalities").isEqualTo(98);
        assertThat(totals.count(CoverageStatus.IN_FORCE)).isEqualTo(3);
        assertThat(totals.count(CoverageStatus.POSSIBLY_IN_FORCE)).isEqualTo(1);
        assertThat(totals.count(CoverageStatus.UPCOMING)).isEqualTo(1);
        assertThat(totals.count(CoverageStatus.IN_DIALOGUE)).isEqualTo(1);
        assertThat(totals.count(CoverageStatus.ENDED)).isEqualTo(2);
        assertThat(totals.count(CoverageStatus.NONE)).isEqualTo(90);
        assertThat(coverage.municipality(AARHUS).orElseThrow().getMunicipality().getName()).isEqualTo("Aarhus");
        assertThat(coverage.municipality(AARHUS).orElseThrow().getMunicipality().getLocalUnionName()).contains("DBU Jylland");
        assertThat(coverage.municipality(AARHUS).orElseThrow().getDecidingAgreement().orElseThrow().getTitle())
                .isEqualTo("Velfærdsalliance Aarhus 2025-2026");
        UnionCoverage jutland = union(coverage, "DBU Jylland");
        assertThat(jutland.getCounts().count(CoverageStatus.IN_FORCE)).as("Aarhus and Horsens").isEqualTo(2);
        assertThat(jutland.getCounts().count(CoverageStatus.POSSIBLY_IN_FORCE)).as("Vejle").isEqualTo(1);
        assertThat(jutland.getCounts().count(CoverageStatus.ENDED)).as("Esbjerg").isEqualTo(1);
        UnionCoverage funen = union(coverage, "DBU Fyn");
        assertThat(funen.getCounts().count(CoverageStatus.IN_FORCE)).as("Svendborg").isEqualTo(1);
        assertThat(funen.getCounts().count(CoverageStatus.ENDED)).as("Odense").isEqualTo(1);
        assertThat(coverage.byRegion()).filteredOn(r -> r.getName().equals("Region Midtjylland")).singleElement()
                .satisfies(r -> assertThat(r.getCounts().count(CoverageStatus.IN_FORCE)).as("Aarhus and Horsens").isEqualTo(2));
        assertThat(coverage.nothingInForce()).hasSize(92);
        assertThat(coverage.byLocalUnionTable().toText()).contains("DBU Jylland", "Possibly in force");
    }

    @Test
    void coverage_as_it_stood_on_a_past_day_follows_the_dated_steps() {
        Reports reports = new ReportingPortfolio(store).enter();

        CoverageReport coverage = reports.coverage(LocalDate.of(2025, 6, 1));

        assertThat(statuses(coverage)).as("on 1 June 2025").containsExactlyInAnyOrderEntriesOf(Map.of(
                AARHUS, CoverageStatus.IN_FORCE, ODENSE, CoverageStatus.IN_FORCE, SVENDBORG, CoverageStatus.IN_FORCE,
                HORSENS, CoverageStatus.IN_FORCE, VEJLE, CoverageStatus.POSSIBLY_IN_FORCE, ESBJERG, CoverageStatus.ENDED));
        assertThat(coverage.municipality(KOEBENHAVN).orElseThrow().getStatus()).as("opened only in October 2025")
                .isEqualTo(CoverageStatus.NONE);
        assertThat(coverage.municipality(ROSKILDE).orElseThrow().getStatus()).as("opened only in January 2026")
                .isEqualTo(CoverageStatus.NONE);
    }

    @Test
    void renewal_pipeline_lists_terms_ending_within_the_horizon_with_their_successors_and_those_at_risk() {
        Reports reports = new ReportingPortfolio(store).enter();

        RenewalPipeline pipeline = reports.renewalPipeline(TODAY, Period.ofMonths(12));

        assertThat(pipeline.getTerms()).extracting(t -> t.getMunicipality().getCode(), ExpiringTerm::end,
                        ExpiringTerm::successorState, ExpiringTerm::getSuccessorLastStep, ExpiringTerm::risk)
                .containsExactly(
                        tuple(HORSENS, LocalDate.of(2026, 6, 30), Optional.empty(), Optional.empty(),
                                Optional.of(RenewalRisk.NO_SUCCESSOR)),
                        tuple(AARHUS, LocalDate.of(2026, 12, 31), Optional.of(AgreementState.IN_DIALOGUE),
                                Optional.of(PartialDate.day(2026, 2, 10)), Optional.empty()));
        assertThat(pipeline.atRisk()).extracting(t -> t.getMunicipality().getCode()).containsExactly(HORSENS);
        assertThat(pipeline.toTable().toText()).contains("Horsens", "Aarhus");
    }

    @Test
    void renewal_pipeline_as_it_stood_on_a_past_day_shows_the_successor_then_on_hold_as_at_risk() {
        Reports reports = new ReportingPortfolio(store).enter();

        RenewalPipeline pipeline = reports.renewalPipeline(LocalDate.of(2025, 12, 1), Period.ofMonths(12));

        assertThat(pipeline.getTerms()).extracting(t -> t.getMunicipality().getCode(), ExpiringTerm::end,
                        ExpiringTerm::successorState, ExpiringTerm::getSuccessorLastStep, ExpiringTerm::risk)
                .as("Odense's renewal was on hold on 1 Dec 2025, abandoned only in January; Horsens had none")
                .containsExactly(
                        tuple(ODENSE, LocalDate.of(2025, 12, 31), Optional.of(AgreementState.ON_HOLD),
                                Optional.of(PartialDate.day(2025, 11, 15)), Optional.of(RenewalRisk.SUCCESSOR_ON_HOLD)),
                        tuple(HORSENS, LocalDate.of(2026, 6, 30), Optional.empty(), Optional.empty(),
                                Optional.of(RenewalRisk.NO_SUCCESSOR)));
    }

    @Test
    void elite_delivery_counts_events_towards_their_commitments_and_a_co_hosted_event_once() {
        Reports reports = new ReportingPortfolio(store).enter();

        EliteDelivery delivery = reports.eliteDelivery(TODAY);

        assertThat(delivery.commitments()).extracting(c -> c.term().municipality(), c -> c.term().title(),
                        CommitmentDelivery::events, CommitmentDelivery::status)
                .containsExactly(
                        tuple(ODENSE, "Velfærdsalliance Odense", 1, CommitmentStatus.MET),
                        tuple(SVENDBORG, "Velfærdsalliance Svendborg", 0, CommitmentStatus.NO_END_TO_MEASURE_AGAINST),
                        tuple(ESBJERG, "Velfærdsalliance Esbjerg", 0, CommitmentStatus.MISSED),
                        tuple(VEJLE, "Velfærdsalliance Vejle", 1, CommitmentStatus.MET),
                        tuple(AARHUS, "Velfærdsalliance Aarhus", 0, CommitmentStatus.MISSED),
                        tuple(AARHUS, "Velfærdsalliance Aarhus 2025-2026", 2, CommitmentStatus.ON_TRACK));
        CommitmentDelivery aarhus = delivery.commitments().get(5);
        assertThat(aarhus.shareLeft()).as("305 of the term's 730 days left").hasValueSatisfying(
                share -> assertThat(share).isEqualByComparingTo(new BigDecimal("0.4178")));
        assertThat(delivery.events().records()).as("Aarhus 2, Odense 1, Vejle 1").isEqualTo(4);
        assertThat(delivery.events().distinctEvents()).as("the U21 match Aarhus and Odense hosted together, once")
                .isEqualTo(3);
        assertThat(delivery.events().distinctByKind()).containsEntry(EliteEventKind.YOUTH_INTERNATIONAL, 3);
    }

    @Test
    void focus_areas_and_target_groups_count_the_terms_in_force_and_their_initiatives_catalogue_and_custom_apart() {
        Reports reports = new ReportingPortfolio(store).enter();

        FocusAreasAndTargetGroups areas = reports.focusAreas(TODAY);

        assertThat(areas.termsInForce()).as("Aarhus 2025-2026, Svendborg, Horsens").isEqualTo(3);
        assertThat(areas.possiblyInForce()).extracting(t -> t.municipality()).containsExactly(VEJLE);
        assertThat(counts(areas.catalogueAreas())).containsEntry(FocusAreaCode.of("SUNDHED"), List.of(2, 1))
                .containsEntry(FocusAreaCode.of("BESKAEFTIGELSE"), List.of(1, 1))
                .containsEntry(FocusAreaCode.of("SKOLE_OG_DAGTILBUD"), List.of(1, 0))
                .containsEntry(FocusAreaCode.of("SOCIAL_INDSATS"), List.of(0, 0));
        assertThat(counts(areas.customAreas())).containsExactlyEntriesOf(Map.of(FocusAreaCode.custom("padel"), List.of(1, 0)));
        assertThat(areas.catalogueAreas()).filteredOn(a -> a.code().value().equals("SUNDHED")).singleElement()
                .extracting(FocusAreaCount::name).isEqualTo("Health");
        assertThat(areas.targetGroups()).filteredOn(g -> g.termsInForce() > 0)
                .extracting(TargetGroupCount::group, TargetGroupCount::termsInForce, TargetGroupCount::initiativesInForce)
                .containsExactlyInAnyOrder(tuple(TargetGroup.GIRLS, 1, 1), tuple(TargetGroup.UNEMPLOYED_18_29, 1, 1));
    }

    @Test
    void goal_progress_shows_each_goal_with_its_target_level_and_the_latest_measurement_by_the_day() {
        Reports reports = new ReportingPortfolio(store).enter();

        assertThat(reports.goalProgress(TODAY).goals()).extracting(g -> g.term().municipality(), g -> g.term().title(),
                        g -> g.latest().map(m -> m.getValue().intValueExact()), GoalLine::targetLevel, GoalLine::status)
                .containsExactly(
                        tuple(HORSENS, "Velfærdsalliance Horsens", Optional.of(52), Optional.empty(), GoalStatus.NO_TARGET_LEVEL),
                        tuple(AARHUS, "Velfærdsalliance Aarhus", Optional.of(430), Optional.of(new BigDecimal("492")),
                                GoalStatus.NOT_REACHED),
                        tuple(AARHUS, "Velfærdsalliance Aarhus 2025-2026", Optional.of(450), Optional.of(new BigDecimal("492")),
                                GoalStatus.NOT_REACHED));
        assertThat(reports.goalProgress(LocalDate.of(2025, 6, 1)).goals())
                .filteredOn(g -> g.term().municipality().equals(AARHUS))
                .extracting(g -> g.latest().isPresent()).as("on 1 June 2025 only the first term's 430 was measured")
                .containsExactly(true, false);
    }

    @Test
    void report_arguments_out_of_range_are_rejected_with_their_rule_codes() {
        Reports reports = new ReportingPortfolio(store).enter();

        assertThatThrownBy(() -> reports.coverageOf(MunicipalityCode.of("999"), TODAY))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getRules()).containsExactly("catalogue.municipality.unknown"));
        assertThatThrownBy(() -> reports.renewalPipeline(TODAY, Period.ZERO))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getRules()).containsExactly("report.horizon.range"));
        assertThatThrownBy(() -> reports.renewalPipeline(TODAY, Period.ofYears(11)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getRules()).containsExactly("report.horizon.range"));
        assertThatThrownBy(() -> reports.eliteDelivery(TODAY, BigDecimal.ZERO))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getRules()).containsExactly("report.elite-delivery.at-risk-share.range"));
        assertThat(reports.coverageOf(AARHUS, TODAY).getStatus()).isEqualTo(CoverageStatus.IN_FORCE);
    }

    private static Map<MunicipalityCode, CoverageStatus> statuses(CoverageReport coverage) {
        return coverage.getMunicipalities().stream().filter(m -> m.getStatus() != CoverageStatus.NONE)
                .collect(Collectors.toMap(m -> m.getMunicipality().getCode(), m -> m.getStatus()));
    }

    private static UnionCoverage union(CoverageReport coverage, String name) {
        return coverage.byLocalUnion().stream().filter(u -> u.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Map<FocusAreaCode, List<Integer>> counts(List<FocusAreaCount> areas) {
        return areas.stream().collect(Collectors.toMap(FocusAreaCount::code,
                a -> List.of(a.termsInForce(), a.initiativesInForce())));
    }
}
