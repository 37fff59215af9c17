package dk.welfarealliance.report;

import static dk.welfarealliance.report.TestPortfolio.AARHUS;
import static dk.welfarealliance.report.TestPortfolio.ODENSE;
import static dk.welfarealliance.report.TestPortfolio.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.Phase;
import dk.welfarealliance.Track;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EliteDeliveryReportTest {
    private static final AgreementPeriod TERM_2021_2024 = Fixtures.TERM_2021_2024;
    private static final AgreementPeriod TERM_2023_2026 =
            AgreementPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));

    private final TestPortfolio portfolio = new TestPortfolio();

    private static EliteEvent youth(LocalDate day) {
        return Fixtures.youthInternational(AgeGroup.U19, day);
    }

    private AgreementId eliteTerm(AgreementPeriod period, EliteCommitment... commitments) {
        return portfolio.signed(AARHUS, "Velfærdsalliance Aarhus", period, b -> b.addEliteCommitments(commitments));
    }

    private CommitmentDelivery only(EliteDelivery report) {
        assertThat(report.commitments()).hasSize(1);
        return report.commitments().get(0);
    }

    @Test
    void a_commitment_with_enough_events_is_met() {
        AgreementId term = eliteTerm(TERM_2021_2024, EliteCommitment.atLeast(2, EliteEventKind.YOUTH_INTERNATIONAL));
        portfolio.record(AARHUS, term, youth(LocalDate.of(2022, 5, 1)));
        portfolio.record(AARHUS, term, youth(LocalDate.of(2023, 5, 1)));

        CommitmentDelivery c = only(portfolio.reports.eliteDelivery(TODAY));

        assertThat(c.events()).isEqualTo(2);
        assertThat(c.met()).isTrue();
        assertThat(c.status()).isEqualTo(CommitmentStatus.MET);
    }

    @Test
    void a_commitment_short_of_events_with_much_of_its_term_left_is_not_met_yet() {
        AgreementId term = eliteTerm(TERM_2023_2026, EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL));
        portfolio.record(AARHUS, term, youth(LocalDate.of(2023, 5, 1)));

        CommitmentDelivery c = only(portfolio.reports.eliteDelivery(TODAY));

        assertThat(c.events()).isEqualTo(1);
        assertThat(c.met()).isFalse();
        assertThat(c.status()).isEqualTo(CommitmentStatus.ON_TRACK);
    }

    @Test
    void a_commitment_short_of_events_with_less_than_the_share_left_is_at_risk() {
        eliteTerm(TERM_2021_2024, EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL));

        CommitmentDelivery c = only(portfolio.reports.eliteDelivery(TODAY));

        // 1 March to 31 December 2024 is 306 of the term's 1461 days
        assertThat(c.shareLeft()).contains(new BigDecimal("0.2094"));
        assertThat(c.end()).contains(LocalDate.of(2024, 12, 31));
        assertThat(c.status()).isEqualTo(CommitmentStatus.AT_RISK);
    }

    @Test
    void the_at_risk_share_can_be_chosen() {
        eliteTerm(TERM_2021_2024, EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL));

        CommitmentDelivery c = only(portfolio.reports.eliteDelivery(TODAY, new BigDecimal("0.2")));

        assertThat(c.status()).isEqualTo(CommitmentStatus.ON_TRACK);
    }

    @Test
    void a_commitment_not_met_when_its_term_has_ended_is_missed() {
        eliteTerm(AgreementPeriod.of(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31)),
                EliteCommitment.atLeast(1, EliteEventKind.TRAINING_CAMP));

        CommitmentDelivery c = only(portfolio.reports.eliteDelivery(TODAY));

        assertThat(c.term().phase()).isEqualTo(Phase.ENDED);
        assertThat(c.shareLeft()).contains(new BigDecimal("0.0000"));
        assertThat(c.status()).isEqualTo(CommitmentStatus.MISSED);
    }

    @Test
    void a_commitment_of_a_term_terminated_early_is_measured_against_the_termination_date() {
        AgreementId term = eliteTerm(TERM_2021_2024, EliteCommitment.atLeast(2, EliteEventKind.YOUTH_INTERNATIONAL));
        portfolio.terminate(AARHUS, term, LocalDate.of(2023, 12, 31));

        CommitmentDelivery c = only(portfolio.reports.eliteDelivery(TODAY));

        assertThat(c.term().state()).isEqualTo(AgreementState.TERMINATED);
        assertThat(c.end()).contains(LocalDate.of(2023, 12, 31));
        assertThat(c.status()).isEqualTo(CommitmentStatus.MISSED);
    }

    @Test
    void a_home_base_commitment_counts_internationals_and_camps_until_its_deadline_and_is_missed_after_it() {
        AgreementId term = eliteTerm(TERM_2021_2024, EliteCommitment.builder().kind(EliteEventKind.HOME_BASE)
                .minimumCount(2).deadline(LocalDate.of(2023, 6, 30)).build());
        portfolio.record(AARHUS, term, youth(LocalDate.of(2022, 5, 1)));
        portfolio.record(AARHUS, term, EliteEvent.builder().kind(EliteEventKind.TRAINING_CAMP)
                .date(LocalDate.of(2023, 9, 1)).title("U19 samling").build());

        CommitmentDelivery c = only(portfolio.reports.eliteDelivery(TODAY));

        assertThat(c.events()).as("the camp after the deadline does not count").isEqualTo(1);
        assertThat(c.end()).contains(LocalDate.of(2023, 6, 30));
        assertThat(c.status()).isEqualTo(CommitmentStatus.MISSED);
    }

    @Test
    void a_commitment_of_an_open_ended_term_is_measured_against_its_deadline() {
        eliteTerm(AgreementPeriod.openEnded(LocalDate.of(2022, 1, 1)), EliteCommitment.builder()
                .kind(EliteEventKind.HOME_BASE).minimumCount(4).deadline(LocalDate.of(2024, 6, 30)).build());

        CommitmentDelivery c = only(portfolio.reports.eliteDelivery(TODAY));

        // 1 March to 30 June 2024 is 122 of the 912 days from 1 January 2022
        assertThat(c.shareLeft()).contains(new BigDecimal("0.1338"));
        assertThat(c.status()).isEqualTo(CommitmentStatus.AT_RISK);
    }

    @Test
    void a_commitment_of_an_open_ended_term_without_deadline_has_no_end_to_measure_against() {
        eliteTerm(AgreementPeriod.openEnded(LocalDate.of(2022, 1, 1)),
                EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL));

        CommitmentDelivery c = only(portfolio.reports.eliteDelivery(TODAY));

        assertThat(c.end()).isEmpty();
        assertThat(c.shareLeft()).isEmpty();
        assertThat(c.status()).isEqualTo(CommitmentStatus.NO_END_TO_MEASURE_AGAINST);
    }

    @Test
    void a_commitment_of_a_term_whose_end_is_not_recorded_has_no_end_to_measure_against() {
        eliteTerm(AgreementPeriod.endNotRecorded(LocalDate.of(2022, 1, 1)),
                EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL));

        CommitmentDelivery c = only(portfolio.reports.eliteDelivery(TODAY));

        assertThat(c.term().phase()).isEqualTo(Phase.POSSIBLY_IN_FORCE);
        assertThat(c.status()).isEqualTo(CommitmentStatus.NO_END_TO_MEASURE_AGAINST);
    }

    @Test
    void a_commitment_without_a_minimum_is_met_by_one_event() {
        AgreementId term = eliteTerm(TERM_2021_2024, EliteCommitment.builder()
                .kind(EliteEventKind.OLDBOYS_INTERNATIONAL).build());
        portfolio.record(AARHUS, term, EliteEvent.builder().kind(EliteEventKind.OLDBOYS_INTERNATIONAL)
                .date(LocalDate.of(2022, 8, 1)).title("Oldboys: Danmark – Sverige").build());

        CommitmentDelivery c = only(portfolio.reports.eliteDelivery(TODAY));

        assertThat(c.events()).isEqualTo(1);
        assertThat(c.status()).isEqualTo(CommitmentStatus.MET);
    }

    @Test
    void an_event_counts_towards_the_first_commitment_it_fits_only() {
        AgreementId term = eliteTerm(TERM_2023_2026, EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL),
                EliteCommitment.atLeast(1, EliteEventKind.YOUTH_INTERNATIONAL));
        portfolio.record(AARHUS, term, youth(LocalDate.of(2023, 5, 1)));

        EliteDelivery report = portfolio.reports.eliteDelivery(TODAY);

        assertThat(report.commitments()).extracting(CommitmentDelivery::events).containsExactly(1, 0);
        assertThat(report.events().records()).isEqualTo(1);
    }

    @Test
    void an_event_hosted_by_two_municipalities_together_is_counted_once_federation_wide() {
        AgreementId aarhus = eliteTerm(TERM_2021_2024, EliteCommitment.atLeast(1, EliteEventKind.YOUTH_INTERNATIONAL));
        AgreementId odense = portfolio.signed(ODENSE, "Velfærdsalliance Odense", TERM_2021_2024,
                b -> b.addEliteCommitments(EliteCommitment.atLeast(1, EliteEventKind.YOUTH_INTERNATIONAL)));
        EliteEvent shared = EliteEvent.builder().from(youth(LocalDate.of(2023, 6, 10))).sharedReference("U19-DK-NO-2023")
                .build();
        portfolio.record(AARHUS, aarhus, shared);
        portfolio.record(ODENSE, odense, shared);
        portfolio.record(ODENSE, odense, EliteEvent.builder().kind(EliteEventKind.TRAINING_CAMP)
                .date(LocalDate.of(2023, 8, 1)).title("U21 samling").build());

        EliteEventCount events = portfolio.reports.eliteDelivery(TODAY).events();

        assertThat(events.records()).isEqualTo(3);
        assertThat(events.distinctEvents()).isEqualTo(2);
        assertThat(events.distinctByKind()).containsEntry(EliteEventKind.YOUTH_INTERNATIONAL, 1)
                .containsEntry(EliteEventKind.TRAINING_CAMP, 1).containsEntry(EliteEventKind.TOURNAMENT, 0);
    }

    @Test
    void commitments_are_listed_by_municipality_code_then_agreement_order() {
        eliteTerm(AgreementPeriod.of(LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31)),
                EliteCommitment.atLeast(1, EliteEventKind.TOURNAMENT));
        eliteTerm(TERM_2021_2024, EliteCommitment.atLeast(1, EliteEventKind.TRAINING_CAMP));
        portfolio.signed(ODENSE, "Velfærdsalliance Odense", TERM_2021_2024,
                b -> b.addEliteCommitments(EliteCommitment.atLeast(1, EliteEventKind.YOUTH_INTERNATIONAL)));

        EliteDelivery report = portfolio.reports.eliteDelivery(TODAY);

        assertThat(report.commitments()).extracting(c -> c.term().municipalityName() + " " + c.commitment().getKind())
                .containsExactly("Odense YOUTH_INTERNATIONAL", "Aarhus TOURNAMENT", "Aarhus TRAINING_CAMP");
    }

    @Test
    void on_today_only_alliances_with_a_signed_or_terminated_elite_agreement_are_read() {
        portfolio.reports.eliteDelivery(TODAY);

        assertThat(portfolio.store.queried()).containsExactly(AllianceCriteria.builder().federation(FederationCode.DBU)
                .agreement(AgreementFilter.builder().track(Track.ELITE)
                        .addStates(AgreementState.SIGNED, AgreementState.TERMINATED).build())
                .build());
    }

    @Test
    void on_a_past_day_every_alliance_of_the_federation_is_read() {
        portfolio.reports.eliteDelivery(TODAY.minusDays(1));

        assertThat(portfolio.store.queried())
                .containsExactly(AllianceCriteria.builder().federation(FederationCode.DBU).build());
    }

    @Test
    void on_a_past_day_only_the_events_held_by_then_count_and_the_agreement_stands_as_it_did_then() {
        AgreementId term = eliteTerm(TERM_2021_2024, EliteCommitment.atLeast(2, EliteEventKind.YOUTH_INTERNATIONAL));
        portfolio.record(AARHUS, term, youth(LocalDate.of(2022, 5, 1)));
        portfolio.record(AARHUS, term, youth(LocalDate.of(2023, 5, 1)));
        portfolio.terminate(AARHUS, term, LocalDate.of(2024, 2, 29));

        EliteDelivery report = portfolio.reports.eliteDelivery(LocalDate.of(2022, 12, 31));

        CommitmentDelivery c = only(report);
        assertThat(c.term().state()).as("terminated only today").isEqualTo(AgreementState.SIGNED);
        assertThat(c.term().phase()).isEqualTo(Phase.IN_FORCE);
        assertThat(c.events()).isEqualTo(1);
        assertThat(c.end()).contains(LocalDate.of(2024, 12, 31));
        assertThat(c.status()).isEqualTo(CommitmentStatus.ON_TRACK);
        assertThat(report.events().records()).isEqualTo(1);
    }

    @Test
    void on_a_day_before_a_term_was_signed_it_is_not_listed() {
        eliteTerm(TERM_2021_2024, EliteCommitment.atLeast(2, EliteEventKind.YOUTH_INTERNATIONAL));

        assertThat(portfolio.reports.eliteDelivery(LocalDate.of(2020, 6, 1)).commitments()).isEmpty();
    }

    @Test
    void the_table_names_the_municipality_and_labels_state_phase_and_status() {
        eliteTerm(TERM_2021_2024, EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL));

        ReportTable table = portfolio.reports.eliteDelivery(TODAY).toTable();

        assertThat(table.getHeaders()).containsExactly("Municipality", "Agreement", "State", "Phase", "Commitment",
                "Minimum", "Deadline", "Events so far", "Met", "Ends", "Share of days left", "Status");
        assertThat(table.getRows()).containsExactly(List.of("Aarhus", "Velfærdsalliance Aarhus", "signed", "in force",
                "youth international", "3", "", "0", "no", "2024-12-31", "21 %", "at risk"));
    }

    @Test
    void the_event_count_table_gives_each_kind_held_and_the_totals() {
        AgreementId term = eliteTerm(TERM_2021_2024, EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL));
        portfolio.record(AARHUS, term, youth(LocalDate.of(2022, 5, 1)));

        ReportTable table = portfolio.reports.eliteDelivery(TODAY).events().toTable();

        assertThat(table.getRows()).containsExactly(List.of("youth international", "1"),
                List.of("all events (co-hosted ones once)", "1"), List.of("records (co-hosted ones in each alliance)", "1"));
    }

    @Test
    void an_at_risk_share_of_zero_is_rejected() {
        Rejected.with(() -> portfolio.reports.eliteDelivery(TODAY, BigDecimal.ZERO), "Reports", "atRiskShare",
                "report.elite-delivery.at-risk-share.range");
    }

    @Test
    void an_at_risk_share_above_one_is_rejected() {
        Rejected.with(() -> portfolio.reports.eliteDelivery(TODAY, new BigDecimal("1.01")), "Reports", "atRiskShare",
                "report.elite-delivery.at-risk-share.range");
    }

    @Test
    void an_at_risk_share_of_one_puts_every_commitment_not_met_within_its_term_at_risk() {
        eliteTerm(TERM_2023_2026, EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL));

        assertThat(only(portfolio.reports.eliteDelivery(TODAY, BigDecimal.ONE)).status())
                .isEqualTo(CommitmentStatus.AT_RISK);
    }

    @Test
    void an_unknown_federation_is_rejected() {
        Rejected.with(() -> portfolio.reports.eliteDelivery(FederationCode.of("DHF"), TODAY,
                EliteDelivery.DEFAULT_AT_RISK_SHARE), "Reports", "federation", "catalogue.federation.unknown");
    }
}
