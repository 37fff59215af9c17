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
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.DateRange;
import dk.welfarealliance.validation.ValidationException;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The renewal pipeline, from example registries built through the lifecycle; today is 1 March 2024. */
class RenewalPipelineTest {
    private static final String AARHUS = "751";
    private static final String ODENSE = "461";
    private static final String AERO = "492";
    private static final String KOEBENHAVN = "101";
    private static final String FREDERIKSBERG = "147";
    private static final String BALLERUP = "151";

    private final Registry registry = new Registry();

    private AgreementId aarhusTermEnding(String end) {
        return registry.signedTerm(AARHUS, "Velfærdsalliance Aarhus", period("2021-01-01", end), day("2020-12-01"));
    }

    private ExpiringTerm onlyTerm(Period horizon) {
        List<ExpiringTerm> terms = registry.reports.renewalPipeline(TODAY, horizon).getTerms();
        assertThat(terms).hasSize(1);
        return terms.get(0);
    }

    @Test
    void a_term_ending_within_the_horizon_is_listed_with_its_successor_its_state_and_the_day_of_its_last_step() {
        AgreementId term = aarhusTermEnding("2024-12-31");
        AgreementId renewal = registry.renew(AARHUS, term, "Fornyelse Aarhus", day("2024-02-01"));

        ExpiringTerm expiring = onlyTerm(Period.ofYears(1));

        assertThat(expiring.getTerm().getId()).isEqualTo(term);
        assertThat(expiring.end()).isEqualTo(day("2024-12-31"));
        assertThat(expiring.getMunicipality().getName()).isEqualTo("Aarhus");
        assertThat(expiring.getSuccessor().map(AgreementSummary::getId)).contains(renewal);
        assertThat(expiring.successorState()).contains(AgreementState.IN_DIALOGUE);
        assertThat(expiring.getSuccessorLastStep()).contains(PartialDate.day(2024, 2, 1));
        assertThat(expiring.isAtRisk()).isFalse();
    }

    @Test
    void a_term_ending_on_the_last_day_of_the_horizon_is_listed() {
        aarhusTermEnding("2024-09-01");

        assertThat(registry.reports.renewalPipeline(TODAY, Period.ofMonths(6)).getTerms()).hasSize(1);
    }

    @Test
    void a_term_ending_the_day_after_the_horizon_is_not_listed() {
        aarhusTermEnding("2024-09-02");

        assertThat(registry.reports.renewalPipeline(TODAY, Period.ofMonths(6)).getTerms()).isEmpty();
    }

    @Test
    void a_term_ending_on_the_day_itself_is_listed() {
        aarhusTermEnding("2024-03-01");

        assertThat(registry.reports.renewalPipeline(TODAY, Period.ofDays(1)).getTerms()).hasSize(1);
    }

    @Test
    void a_term_that_ended_before_the_day_is_not_listed() {
        aarhusTermEnding("2024-02-29");

        assertThat(registry.reports.renewalPipeline(TODAY, Period.ofYears(1)).getTerms()).isEmpty();
    }

    @Test
    void open_ended_terms_and_terms_whose_end_is_not_recorded_do_not_end_and_are_not_listed() {
        registry.signedTerm(AARHUS, "Løbende", AgreementPeriod.openEnded(day("2020-01-01")), day("2019-12-01"));
        registry.signedTerm(ODENSE, "Uden kendt slut", AgreementPeriod.endNotRecorded(day("2020-01-01")),
                day("2019-12-01"));

        assertThat(registry.reports.renewalPipeline(TODAY, Period.ofYears(10)).getTerms()).isEmpty();
    }

    @Test
    void a_term_without_a_successor_is_at_risk() {
        aarhusTermEnding("2024-12-31");

        ExpiringTerm expiring = onlyTerm(Period.ofYears(1));

        assertThat(expiring.getSuccessor()).isEmpty();
        assertThat(expiring.risk()).contains(RenewalRisk.NO_SUCCESSOR);
    }

    @Test
    void a_term_whose_successor_is_on_hold_is_at_risk() {
        AgreementId term = aarhusTermEnding("2024-12-31");
        AgreementId renewal = registry.renew(AARHUS, term, "Fornyelse", day("2023-10-01"));
        registry.hold(AARHUS, renewal, day("2024-01-15"));

        ExpiringTerm expiring = onlyTerm(Period.ofYears(1));

        assertThat(expiring.successorState()).contains(AgreementState.ON_HOLD);
        assertThat(expiring.getSuccessorLastStep()).contains(PartialDate.day(2024, 1, 15));
        assertThat(expiring.risk()).contains(RenewalRisk.SUCCESSOR_ON_HOLD);
    }

    @Test
    void an_abandoned_successor_counts_as_none() {
        AgreementId term = aarhusTermEnding("2024-12-31");
        AgreementId renewal = registry.renew(AARHUS, term, "Fornyelse", day("2023-10-01"));
        registry.abandon(AARHUS, renewal, day("2024-01-15"));

        ExpiringTerm expiring = onlyTerm(Period.ofYears(1));

        assertThat(expiring.successorState()).contains(AgreementState.ABANDONED);
        assertThat(expiring.risk()).contains(RenewalRisk.SUCCESSOR_ABANDONED);
        assertThat(registry.reports.renewalPipeline(TODAY, Period.ofYears(1)).atRisk()).containsExactly(expiring);
    }

    @Test
    void a_second_renewal_after_an_abandoned_one_is_the_successor() {
        AgreementId term = aarhusTermEnding("2024-12-31");
        AgreementId first = registry.renew(AARHUS, term, "Første forsøg", day("2023-10-01"));
        registry.abandon(AARHUS, first, day("2023-12-01"));
        AgreementId second = registry.renew(AARHUS, term, "Andet forsøg", day("2024-01-10"));

        ExpiringTerm expiring = onlyTerm(Period.ofYears(1));

        assertThat(expiring.getSuccessor().map(AgreementSummary::getId)).contains(second);
        assertThat(expiring.isAtRisk()).isFalse();
    }

    @Test
    void a_signed_successor_is_not_at_risk_and_its_last_step_is_its_signing() {
        AgreementId term = aarhusTermEnding("2024-12-31");
        AgreementId renewal = registry.renew(AARHUS, term, "Fornyelse", day("2023-10-01"));
        registry.sign(AARHUS, renewal, period("2025-01-01", "2028-12-31"), day("2024-02-20"));

        ExpiringTerm expiring = onlyTerm(Period.ofYears(1));

        assertThat(expiring.successorState()).contains(AgreementState.SIGNED);
        assertThat(expiring.getSuccessorLastStep()).contains(PartialDate.day(2024, 2, 20));
        assertThat(expiring.isAtRisk()).isFalse();
    }

    @Test
    void the_pipeline_of_today_reads_only_alliances_with_a_signed_term_ending_within_the_horizon() {
        aarhusTermEnding("2024-12-31");

        registry.reports.renewalPipeline(TODAY, Period.ofYears(1));

        assertThat(registry.store.queried()).containsOnly(AllianceCriteria.builder().federation(FederationCode.DBU)
                .agreement(AgreementFilter.builder().endsBetween(DateRange.of(TODAY, day("2025-03-01"))).build())
                .build());
    }

    @Test
    void the_pipeline_of_a_past_day_reads_all_the_federations_alliances() {
        aarhusTermEnding("2023-12-31");

        registry.reports.renewalPipeline(day("2023-06-01"), Period.ofYears(1));

        assertThat(registry.store.queried())
                .containsOnly(AllianceCriteria.builder().federation(FederationCode.DBU).build());
    }

    /**
     * The issue asks for it: a test that compares the pipeline of a past day with one worked out by hand. On
     * 15 January 2023, looking a year ahead (to 15 January 2024 inclusive):
     *
     * <ul>
     *   <li>Frederiksberg's term ends on 15 January 2024, the last day of the horizon: listed, no successor;
     *   <li>Ballerup's term ends on 16 January 2024, a day too late: not listed;
     *   <li>Odense's term ends 30 June 2023; its renewal was opened in September 2022 and put on hold on
     *       1 December 2022 (resumed and signed only later): on hold, at risk;
     *   <li>Ærø's term ends 31 December 2023 (terminated only in March 2023, so it stood signed); its renewal was
     *       approved on 15 November 2022 (abandoned only later): approved, not at risk;
     *   <li>Aarhus's term ends 31 December 2023; its renewal was opened only in March 2023: no successor, at risk;
     *   <li>København's term ended on 31 December 2022, before the day, and its next term is open-ended: nothing.
     * </ul>
     */
    @Test
    void the_pipeline_of_a_past_day_equals_the_one_worked_out_by_hand() {
        registry.signedTerm(FREDERIKSBERG, "Frederiksberg 2021–2024", period("2021-01-01", "2024-01-15"), day("2020-12-01"));
        registry.signedTerm(BALLERUP, "Ballerup 2021–2024", period("2021-01-01", "2024-01-16"), day("2020-12-01"));

        AgreementId odense = registry.signedTerm(ODENSE, "Odense 2019–2023", period("2019-07-01", "2023-06-30"), day("2019-06-01"));
        AgreementId odenseRenewal = registry.renew(ODENSE, odense, "Odense fornyelse", day("2022-09-01"));
        registry.hold(ODENSE, odenseRenewal, day("2022-12-01"))
                .resume(ODENSE, odenseRenewal, day("2023-02-01"))
                .sign(ODENSE, odenseRenewal, period("2023-07-01", "2026-06-30"), day("2023-06-01"));

        AgreementId aero = registry.signedTerm(AERO, "Ærø 2020–2023", period("2020-01-01", "2023-12-31"), day("2019-12-01"));
        AgreementId aeroRenewal = registry.renew(AERO, aero, "Ærø fornyelse", day("2022-10-01"));
        registry.approve(AERO, aeroRenewal, day("2022-11-15"))
                .terminate(AERO, aero, day("2023-03-31"), day("2023-03-01"))
                .abandon(AERO, aeroRenewal, day("2023-03-05"));

        AgreementId aarhus = registry.signedTerm(AARHUS, "Aarhus 2020–2023", period("2020-01-01", "2023-12-31"), day("2019-11-01"));
        AgreementId aarhusRenewal = registry.renew(AARHUS, aarhus, "Aarhus fornyelse", day("2023-03-01"));
        registry.approve(AARHUS, aarhusRenewal, day("2023-05-01"))
                .sign(AARHUS, aarhusRenewal, period("2024-01-01", "2027-12-31"), day("2023-10-01"));

        registry.signedTerm(KOEBENHAVN, "København 2018–2022", period("2018-01-01", "2022-12-31"), day("2017-12-01"));
        registry.signedTerm(KOEBENHAVN, "København løbende", AgreementPeriod.openEnded(day("2023-01-01")), day("2022-12-01"));

        RenewalPipeline pipeline = registry.reports.renewalPipeline(day("2023-01-15"), Period.ofYears(1));

        assertThat(pipeline.getTerms()).extracting(RenewalPipelineTest::summary).containsExactly(
                "147 Frederiksberg: Frederiksberg 2021–2024 ends 2024-01-15, successor none, at risk NO_SUCCESSOR",
                "461 Odense: Odense 2019–2023 ends 2023-06-30, successor Odense fornyelse ON_HOLD since 2022-12-01,"
                        + " at risk SUCCESSOR_ON_HOLD",
                "492 Ærø: Ærø 2020–2023 ends 2023-12-31, successor Ærø fornyelse APPROVED since 2022-11-15, not at risk",
                "751 Aarhus: Aarhus 2020–2023 ends 2023-12-31, successor none, at risk NO_SUCCESSOR");
        assertThat(pipeline.isFromDatedSteps()).isTrue();
        assertThat(pipeline.getTerms()).extracting(t -> t.getTerm().getState()).containsOnly(AgreementState.SIGNED);
    }

    private static String summary(ExpiringTerm t) {
        String successor = t.getSuccessor()
                .map(s -> s.getTitle() + " " + s.getState()
                        + t.getSuccessorLastStep().map(on -> " since " + on).orElse(""))
                .orElse("none");
        return t.getMunicipality().getCode() + " " + t.getMunicipality().getName() + ": " + t.getTerm().getTitle()
                + " ends " + t.end() + ", successor " + successor + ", "
                + t.risk().map(r -> "at risk " + r).orElse("not at risk");
    }

    @Test
    void a_horizon_of_zero_is_rejected() {
        assertHorizonRejected(Period.ZERO);
    }

    @Test
    void a_negative_horizon_is_rejected() {
        assertHorizonRejected(Period.ofMonths(-3));
    }

    @Test
    void a_horizon_with_a_negative_part_is_rejected() {
        assertHorizonRejected(Period.of(0, 2, -1));
    }

    @Test
    void a_horizon_longer_than_ten_years_is_rejected() {
        assertHorizonRejected(Period.of(10, 0, 1));
    }

    @Test
    void a_horizon_of_a_huge_number_of_days_is_rejected_not_overflowed() {
        assertHorizonRejected(Period.ofDays(Integer.MAX_VALUE));
    }

    @Test
    void a_horizon_of_exactly_ten_years_is_accepted() {
        aarhusTermEnding("2034-03-01");

        assertThat(registry.reports.renewalPipeline(TODAY, Period.ofYears(10)).getTerms()).hasSize(1);
    }

    private void assertHorizonRejected(Period horizon) {
        assertThatThrownBy(() -> registry.reports.renewalPipeline(TODAY, horizon))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getRules()).containsExactly("report.horizon.range");
                    assertThat(e.getMessage()).isEqualTo(
                            "Reports.horizon: must be more than zero and at most 10 years (report.horizon.range)");
                    assertThat(e.message(java.util.Locale.forLanguageTag("da")))
                            .contains("skal være mere end nul og højst 10 år");
                });
    }

    @Test
    void the_pipeline_of_a_federation_the_catalogue_does_not_hold_is_rejected() {
        assertThatThrownBy(() -> registry.reports.renewalPipeline(FederationCode.of("DAI"), TODAY, Period.ofYears(1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getRules()).containsExactly("catalogue.federation.unknown"));
    }

    @Test
    void the_pipeline_table_labels_municipality_union_region_state_and_phase() {
        AgreementId term = aarhusTermEnding("2024-12-31");
        registry.renew(AARHUS, term, "Fornyelse Aarhus", day("2024-02-01"));

        ReportTable table = registry.reports.renewalPipeline(TODAY, Period.ofYears(1)).toTable();

        assertThat(table.getTitle()).isEqualTo(
                "Renewal pipeline of DBU: terms ending 2024-03-01 to 2025-03-01 (stored states)");
        assertThat(table.getHeaders()).containsExactly("Municipality code", "Municipality", "Local union", "Region",
                "Agreement", "Period", "Ends", "Phase", "Successor", "Successor state", "Successor's last step", "At risk");
        assertThat(table.getRows()).containsExactly(List.of("751", "Aarhus", "DBU Jylland", "Region Midtjylland",
                "Velfærdsalliance Aarhus", "2021-01-01…2024-12-31", "2024-12-31", "In force", "Fornyelse Aarhus",
                "In dialogue", "2024-02-01", "no"));
    }

    @Test
    void the_at_risk_table_lists_only_the_terms_at_risk_and_why() {
        aarhusTermEnding("2024-12-31");
        AgreementId odense = registry.signedTerm(ODENSE, "Odense", period("2021-01-01", "2024-06-30"), day("2020-12-01"));
        registry.renew(ODENSE, odense, "Fornyelse Odense", day("2024-01-05"));

        ReportTable table = registry.reports.renewalPipeline(TODAY, Period.ofYears(1)).atRiskTable();

        assertThat(table.getRows()).hasSize(1);
        assertThat(table.getRows().get(0)).startsWith("751", "Aarhus").endsWith("none", "", "yes: no successor");
    }
}
