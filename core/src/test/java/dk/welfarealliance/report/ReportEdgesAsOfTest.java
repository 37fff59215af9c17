package dk.welfarealliance.report;

import static dk.welfarealliance.report.Registry.TODAY;
import static dk.welfarealliance.report.Registry.day;
import static dk.welfarealliance.report.Registry.period;
import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.report.internal.AlliancesOnDay;
import dk.welfarealliance.report.internal.AsOf;
import dk.welfarealliance.report.internal.Coverage;
import dk.welfarealliance.report.internal.FocusAreaCounter;
import dk.welfarealliance.report.internal.Pipeline;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.MapStore;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.testing.Fixtures;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reports "as of" a day and the computations behind them: an agreement whose steps carry no dates stands as
 * stored, a term terminated since stands as signed but still ended by a later term, records dated after the day
 * are left out, other federations' alliances do not count, and the renewal pipeline's order and successor rules.
 */
class ReportEdgesAsOfTest {
    private static final String AARHUS = "751";
    private static final String ODENSE = "461";
    private static final ReferenceCatalogue CATALOGUE = ReferenceCatalogue.bundled();

    private final Registry registry = new Registry();

    private Alliance stored(String municipality) {
        return registry.service.find(registry.alliance(municipality)).orElseThrow();
    }

    private static Reports over(Alliance... alliances) {
        MapStore store = new MapStore();
        for (Alliance a : alliances) {
            store.insert(a);
        }
        return new Reports(store, CATALOGUE, Fixtures.clock(), Lifecycle.DEFAULT_BUSINESS_ZONE);
    }

    private static Alliance withAgreements(Alliance alliance, List<Agreement> agreements) {
        return Alliance.builder().from(alliance).agreements(agreements).build();
    }

    @Test
    void on_a_past_day_an_agreement_whose_steps_carry_no_dates_stands_as_stored() {
        AgreementId term = registry.signedTerm(AARHUS, "Aarhus 2021–2024", period("2021-01-01", "2024-12-31"),
                day("2020-12-01"));
        Alliance dated = stored(AARHUS);
        // the alliance's own creation stays dated; only the agreement's steps lose their days
        Alliance undatedSteps = Alliance.builder().from(dated).history(dated.getHistory().stream()
                .map(e -> e.getAgreement().isPresent()
                        ? HistoryEntry.builder().from(e).on(Optional.empty()).build() : e)
                .toList()).build();

        MunicipalityCoverage coverage = over(undatedSteps).coverageOf(MunicipalityCode.of(AARHUS), day("2022-06-01"));

        assertThat(coverage.getStatus()).isEqualTo(CoverageStatus.IN_FORCE);
        assertThat(coverage.getDecidingAgreement().map(AgreementSummary::getId)).contains(term);
    }

    @Test
    void on_a_past_day_an_agreement_with_no_dated_step_by_then_is_left_out() {
        registry.signedTerm(AARHUS, "Aarhus 2021–2024", period("2021-01-01", "2024-12-31"), day("2020-12-01"));

        assertThat(registry.reports.coverageOf(MunicipalityCode.of(AARHUS), day("2020-11-30")).getStatus())
                .isEqualTo(CoverageStatus.NONE);
    }

    /**
     * Aarhus's first term (end not recorded, from 2020) was terminated only in 2024; a later term from 2022 ends it
     * at the latest on 31 December 2021. On a day in 2021 it stood possibly in force; on a day in 2023 it had ended.
     */
    private AgreementId terminatedFirstTermWithALaterTerm() {
        AgreementId first = registry.signedTerm(AARHUS, "Aarhus løbende",
                AgreementPeriod.endNotRecorded(day("2020-01-01")), day("2019-12-01"));
        registry.signedTerm(AARHUS, "Aarhus 2022–2025", period("2022-01-01", "2025-12-31"), day("2021-12-01"));
        registry.terminate(AARHUS, first, day("2021-12-31"), day("2024-02-01"));
        return first;
    }

    @Test
    void a_term_terminated_since_stood_possibly_in_force_before_a_later_term_began() {
        AgreementId first = terminatedFirstTermWithALaterTerm();

        FocusAreasAndTargetGroups report = registry.reports.focusAreas(day("2021-06-01"));

        assertThat(report.possiblyInForce()).extracting(TermOnDay::agreement).containsExactly(first);
    }

    @Test
    void a_term_terminated_since_stood_ended_once_a_later_term_had_begun() {
        terminatedFirstTermWithALaterTerm();

        FocusAreasAndTargetGroups report = registry.reports.focusAreas(day("2023-01-01"));

        assertThat(report.possiblyInForce()).isEmpty();
        assertThat(report.termsInForce()).isEqualTo(1);
    }

    @Test
    void evaluations_dated_after_the_day_are_left_out() {
        AgreementId term = registry.signedTerm(AARHUS, "Aarhus 2021–2024", period("2021-01-01", "2024-12-31"),
                day("2020-12-01"));
        Alliance alliance = stored(AARHUS);
        IdGenerator ids = IdGenerator.seeded(42);
        Agreement a = alliance.agreement(term).orElseThrow();
        Alliance evaluated = withAgreements(alliance, List.of(Agreement.builder().from(a)
                .evaluations(List.of(Fixtures.evaluation(ids, day("2022-06-01")),
                        Fixtures.evaluation(ids, day("2023-06-01"))))
                .build()));

        List<AsOf.AgreementOnDay> onDay = AsOf.agreements(evaluated, day("2022-12-31"), TODAY);

        assertThat(onDay).hasSize(1);
        assertThat(onDay.get(0).agreement().getEvaluations()).extracting(e -> e.getDate())
                .containsExactly(day("2022-06-01"));
    }

    @Test
    void an_alliance_of_another_federation_does_not_cover_the_municipality() {
        registry.signedTerm(AARHUS, "Aarhus 2021–2024", period("2021-01-01", "2024-12-31"), day("2020-12-01"));
        Alliance other = Alliance.builder().from(stored(AARHUS)).federation(FederationCode.of("DAI")).build();

        CoverageReport report = Coverage.report(CATALOGUE, FederationCode.DBU, List.of(other), TODAY, TODAY);

        assertThat(report.municipality(MunicipalityCode.of(AARHUS)).orElseThrow().getStatus())
                .isEqualTo(CoverageStatus.NONE);
    }

    @Test
    void a_stored_focus_area_the_catalogue_no_longer_holds_still_counts_under_its_code() {
        FocusAreaCode gone = FocusAreaCode.of("GAMMELT_OMRAADE");
        AgreementId term = registry.signedTerm(AARHUS, "Aarhus 2021–2024", period("2021-01-01", "2024-12-31"),
                day("2020-12-01"));
        Alliance alliance = stored(AARHUS);
        Initiative old = Initiative.builder().id(IdGenerator.seeded(7).newInitiativeId()).name("Gammelt")
                .focusArea(gone).build();
        Alliance withGone = withAgreements(alliance, List.of(Agreement.builder()
                .from(alliance.agreement(term).orElseThrow()).focusAreas(List.of(gone)).addInitiatives(old)
                .build()));

        FocusAreasAndTargetGroups report = FocusAreaCounter.compute(List.of(withGone), CATALOGUE, FederationCode.DBU,
                TODAY, TODAY);

        assertThat(report.catalogueAreas()).contains(
                new FocusAreaCount(gone, false, "GAMMELT_OMRAADE", "GAMMELT_OMRAADE", 1, 1, 0, 0));
    }

    // Renewal pipeline: order and successor

    @Test
    void expiring_terms_are_sorted_by_municipality_code_whatever_order_the_alliances_come_in() {
        registry.signedTerm(AARHUS, "Aarhus 2021–2024", period("2021-01-01", "2024-06-30"), day("2020-12-01"));
        registry.signedTerm(ODENSE, "Odense 2021–2024", period("2021-01-01", "2024-12-31"), day("2020-12-01"));

        RenewalPipeline pipeline = Pipeline.of(CATALOGUE, FederationCode.DBU, List.of(stored(AARHUS), stored(ODENSE)),
                TODAY, Period.ofYears(1), TODAY);

        assertThat(pipeline.getTerms()).extracting(t -> t.getMunicipality().getCode().value())
                .containsExactly(ODENSE, AARHUS);
    }

    /**
     * Aarhus's first term was terminated (effective 30 June 2023) by a step dated 1 June 2023; its second term, from
     * 1 July 2023, was signed by a step dated 1 May 2023. On 15 May 2023 both stood signed, both ending 2024-12-31.
     */
    private RenewalPipeline twoTermsEndingTogether(String firstTitle, String secondTitle) {
        AgreementId first = registry.signedTerm(AARHUS, firstTitle, period("2021-01-01", "2024-12-31"),
                day("2020-12-01"));
        registry.terminate(AARHUS, first, day("2023-06-30"), day("2023-06-01"));
        registry.signedTerm(AARHUS, secondTitle, period("2023-07-01", "2024-12-31"), day("2023-05-01"));
        return registry.reports.renewalPipeline(day("2023-05-15"), Period.ofYears(2));
    }

    @Test
    void expiring_terms_of_one_municipality_ending_the_same_day_are_sorted_by_title() {
        RenewalPipeline pipeline = twoTermsEndingTogether("A-aftale", "B-aftale");

        assertThat(pipeline.getTerms()).extracting(t -> t.getTerm().getTitle() + " " + t.end())
                .containsExactly("A-aftale 2024-12-31", "B-aftale 2024-12-31");
        // the ids alone would put them the other way round, so the order is the titles'
        List<String> ids = pipeline.getTerms().stream().map(t -> t.getTerm().getId().value().toString()).toList();
        assertThat(ids.get(0)).isGreaterThan(ids.get(1));
    }

    @Test
    void expiring_terms_ending_the_same_day_with_the_same_title_are_sorted_by_id() {
        RenewalPipeline pipeline = twoTermsEndingTogether("Aftale", "Aftale");

        List<String> inAllianceOrder = stored(AARHUS).getAgreements().stream().map(a -> a.getId().value().toString())
                .toList();
        assertThat(pipeline.getTerms()).extracting(t -> t.getTerm().getId().value().toString()).hasSize(2).isSorted()
                .containsExactlyInAnyOrderElementsOf(inAllianceOrder).isNotEqualTo(inAllianceOrder);
    }

    @Test
    void a_live_renewal_is_the_successor_even_when_an_abandoned_one_comes_after_it() {
        AgreementId term = registry.signedTerm(AARHUS, "Aarhus 2021–2024", period("2021-01-01", "2024-12-31"),
                day("2020-12-01"));
        AgreementId live = registry.renew(AARHUS, term, "Fornyelse", day("2023-10-01"));
        Alliance alliance = stored(AARHUS);
        Agreement renewal = alliance.agreement(live).orElseThrow();
        Agreement abandoned = Agreement.builder().from(renewal).id(AgreementId.of(UUID.fromString(
                "00000000-0000-4000-8000-0000000000ab"))).title("Opgivet forsøg")
                .state(dk.welfarealliance.AgreementState.ABANDONED).abandonReason("Kommunen sagde nej").build();
        List<Agreement> agreements = new ArrayList<>(alliance.getAgreements());
        agreements.add(abandoned);

        RenewalPipeline pipeline = Pipeline.of(CATALOGUE, FederationCode.DBU,
                List.of(withAgreements(alliance, agreements)), TODAY, Period.ofYears(1), TODAY);

        assertThat(pipeline.getTerms()).hasSize(1);
        assertThat(pipeline.getTerms().get(0).getSuccessor().map(AgreementSummary::getId)).contains(live);
    }

    // Reading the alliances of a day

    @Test
    void the_alliances_read_through_several_filters_come_in_municipality_order() {
        TestPortfolio portfolio = new TestPortfolio();
        portfolio.signed(MunicipalityCode.of(AARHUS), "Aarhus elite", Fixtures.TERM_2021_2024,
                b -> b.addEliteCommitments(EliteCommitment.atLeast(1, EliteEventKind.YOUTH_INTERNATIONAL)));
        portfolio.signed(MunicipalityCode.of(ODENSE), "Odense bredde", Fixtures.TERM_2021_2024,
                b -> b.addFocusAreas(FocusAreaCode.of("SUNDHED")));

        List<Alliance> read = AlliancesOnDay.read(portfolio.store, CATALOGUE, FederationCode.DBU, TODAY, TODAY, List.of(
                AgreementFilter.builder().track(dk.welfarealliance.Track.ELITE).build(),
                AgreementFilter.builder().track(dk.welfarealliance.Track.GRASSROOTS).build()));

        assertThat(read).extracting(a -> a.getMunicipality().value()).containsExactly(ODENSE, AARHUS);
    }
}
