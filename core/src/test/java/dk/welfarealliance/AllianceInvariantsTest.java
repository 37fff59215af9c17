package dk.welfarealliance;

import static dk.welfarealliance.testing.Fixtures.agreementIn;
import static dk.welfarealliance.testing.Fixtures.signedAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The invariants of docs/model.md hold for every {@link Alliance} value, whoever builds it: here the builders
 * are used directly, as a backend or a test would, without the lifecycle.
 */
class AllianceInvariantsTest {
    private static final AgreementPeriod Y2021_2024 = AgreementPeriod.throughYear(LocalDate.of(2021, 1, 1), 2024);
    private static final AgreementPeriod Y2024_2027 = AgreementPeriod.throughYear(LocalDate.of(2024, 1, 1), 2027);
    private static final AgreementPeriod Y2025_2028 = AgreementPeriod.throughYear(LocalDate.of(2025, 1, 1), 2028);

    private final IdGenerator ids = IdGenerator.seeded(5);

    /** An alliance of DBU and Aarhus with one history entry; the agreements are up to each test. */
    private Alliance.Builder alliance() {
        return Alliance.builder().id(ids.newAllianceId()).federation(FederationCode.DBU).municipality(Fixtures.AARHUS)
                .version(0).lastModified(Fixtures.NOW).addHistory(entry(1));
    }

    private static HistoryEntry entry(long seq) {
        return HistoryEntry.builder().seq(seq).event(HistoryEvent.ALLIANCE_CREATED).at(Fixtures.NOW)
                .actor(Fixtures.ACTOR).build();
    }

    private Agreement draft(AgreementState state) {
        return agreementIn(ids, state, Y2025_2028, Y2025_2028.getEnd().orElseThrow());
    }

    @Test
    void consecutive_signed_terms_that_do_not_overlap_are_fine() {
        Alliance a = alliance().addAgreements(signedAgreement(ids, Y2021_2024), signedAgreement(ids, Y2025_2028)).build();
        assertThat(a.latestSignedEnd()).contains(LocalDate.of(2028, 12, 31));
    }

    @Test
    void signed_terms_that_overlap_are_rejected() {
        Agreement first = signedAgreement(ids, Y2021_2024);
        Agreement second = signedAgreement(ids, Y2024_2027);

        Violation v = Rejected.with(() -> alliance().addAgreements(first, second).build(),
                "Alliance", "agreements[1].period", "alliance.terms.overlap");

        assertThat(v.getAttributes()).containsEntry("other", first.getId());
    }

    @Test
    void a_terminated_term_overlaps_only_up_to_its_termination_date() {
        Agreement terminated = agreementIn(ids, AgreementState.TERMINATED, Y2021_2024, LocalDate.of(2023, 12, 31));
        Agreement next = signedAgreement(ids, Y2024_2027);

        assertThat(alliance().addAgreements(terminated, next).build().getAgreements()).hasSize(2);
    }

    @Test
    void a_terminated_term_that_overlaps_before_its_termination_date_is_rejected() {
        Agreement terminated = agreementIn(ids, AgreementState.TERMINATED, Y2021_2024, LocalDate.of(2024, 1, 1));
        Agreement next = signedAgreement(ids, Y2024_2027);

        Rejected.with(() -> alliance().addAgreements(terminated, next).build(),
                "Alliance", "agreements[1].period", "alliance.terms.overlap");
    }

    @Test
    void the_planned_period_of_a_draft_may_overlap_a_signed_term() {
        Alliance a = alliance().addAgreements(signedAgreement(ids, Y2021_2024),
                agreementIn(ids, AgreementState.IN_DIALOGUE, Y2024_2027, Y2024_2027.getEnd().orElseThrow())).build();
        assertThat(a.openAgreement()).isPresent();
    }

    @Test
    void two_open_agreements_are_rejected() {
        Violation v = Rejected.with(() -> alliance()
                        .addAgreements(draft(AgreementState.IN_DIALOGUE), draft(AgreementState.ON_HOLD)).build(),
                "Alliance", "agreements", "alliance.open-agreements.too-many");
        assertThat(v.getAttributes()).containsEntry("count", 2L);
    }

    @Test
    void one_open_agreement_beside_closed_ones_is_fine() {
        Alliance a = alliance().addAgreements(draft(AgreementState.ABANDONED), draft(AgreementState.APPROVED)).build();
        assertThat(a.openAgreement().map(Agreement::getState)).contains(AgreementState.APPROVED);
    }

    @Test
    void a_signed_agreement_without_signatories_cannot_be_built() {
        Violation v = Rejected.with(() -> Agreement.builder().id(ids.newAgreementId()).title("Velfærdsalliance")
                        .state(AgreementState.SIGNED).period(Y2025_2028).signingDate(LocalDate.of(2024, 11, 1)).build(),
                "Agreement", "signatories", "agreement.state.field-required");
        assertThat(v.getAttributes()).containsEntry("state", AgreementState.SIGNED);
    }

    @Test
    void a_signed_agreement_without_a_period_cannot_be_built() {
        Rejected.with(() -> Agreement.builder().id(ids.newAgreementId()).title("Velfærdsalliance")
                        .state(AgreementState.SIGNED).signingDate(LocalDate.of(2024, 11, 1))
                        .addSignatories(Fixtures.mayor(ids), Fixtures.dbuChair(ids)).build(),
                "Agreement", "period", "agreement.state.field-required");
    }

    @Test
    void a_terminated_agreement_without_a_reason_cannot_be_built() {
        Rejected.with(() -> Agreement.builder().from(signedAgreement(ids, Y2025_2028))
                        .state(AgreementState.TERMINATED).terminationDate(LocalDate.of(2026, 1, 1)).build(),
                "Agreement", "terminationReason", "agreement.state.field-required");
    }

    @Test
    void an_abandoned_agreement_without_a_reason_cannot_be_built() {
        Rejected.with(() -> Agreement.builder().id(ids.newAgreementId()).title("Velfærdsalliance")
                        .state(AgreementState.ABANDONED).build(),
                "Agreement", "abandonReason", "agreement.state.field-required");
    }

    @Test
    void a_termination_date_before_the_day_before_the_start_cannot_be_built() {
        Rejected.with(() -> agreementIn(ids, AgreementState.TERMINATED, Y2025_2028, LocalDate.of(2024, 12, 30)),
                "Agreement", "terminationDate", "agreement.termination-date.range");
    }

    @Test
    void a_gap_in_the_history_sequence_is_rejected() {
        Violation v = Rejected.with(() -> alliance().addHistory(entry(3)).build(),
                "Alliance", "history[1].seq", "alliance.history.sequence");
        assertThat(v.getAttributes()).containsEntry("expected", 2L);
    }

    @Test
    void a_history_out_of_order_is_rejected() {
        Rejected.with(() -> Alliance.builder().from(alliance().addHistory(entry(2)).build())
                        .history(List.of(entry(2), entry(1))).build(),
                "Alliance", "history[0].seq", "alliance.history.sequence");
    }

    @Test
    void a_history_numbered_from_one_without_gaps_is_fine() {
        assertThat(alliance().addHistory(entry(2), entry(3)).build().nextSeq()).isEqualTo(4);
    }

    @Test
    void a_negative_version_is_rejected() {
        Rejected.with(() -> alliance().version(-1).build(), "Alliance", "version", "version.negative");
    }

    @Test
    void an_id_used_twice_in_the_alliance_is_rejected() {
        Agreement a = signedAgreement(ids, Y2021_2024);
        Agreement sameId = Agreement.builder().from(signedAgreement(ids, Y2025_2028)).id(a.getId()).build();
        Rejected.with(() -> alliance().addAgreements(a, sameId).build(),
                "Alliance", "agreements[1].id", "alliance.id.duplicate");
    }

    @Test
    void a_signatory_referring_to_a_contact_the_alliance_does_not_have_is_rejected() {
        Agreement a = Agreement.builder().from(signedAgreement(ids, Y2021_2024))
                .signatories(List.of(Fixtures.mayor(ids, ids.newContactId()), Fixtures.dbuChair(ids))).build();
        Rejected.with(() -> alliance().addAgreements(a).build(),
                "Alliance", "agreements[0].signatories[0].contact", "alliance.reference.unknown");
    }

    @Test
    void the_last_modified_instant_is_truncated_to_microseconds() {
        assertThat(alliance().build().getLastModified()).isEqualTo(Fixtures.NOW_IN_MICROS);
    }
}
