package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgreementId;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.testing.Rejected;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Every command checks its own texts when it is built (its Javadoc: {@code build()} throws the typed error for a
 * bad value): titles at most 200 units, reasons at most 4000, neither blank; the longest allowed text is taken.
 */
class CommandTextBoundsTest {
    private static final String TITLE_TOO_LONG = "t".repeat(201);
    private static final String REASON_TOO_LONG = "r".repeat(4001);
    private static final String TOO_LONG = "text.too-long";

    private final IdGenerator ids = IdGenerator.seeded(3);
    private final AgreementId agreement = ids.newAgreementId();
    private final ContactId contact = ids.newContactId();

    @Test
    void an_open_command_with_a_title_over_200_units_is_refused_and_one_of_200_is_built() {
        Rejected.with(() -> OpenAgreement.titled(TITLE_TOO_LONG), "OpenAgreement", "title", TOO_LONG);

        assertThat(OpenAgreement.titled("t".repeat(200)).getTitle()).hasSize(200);
    }

    @Test
    void a_renew_command_checks_its_title_and_its_reason() {
        Rejected.with(() -> RenewAgreement.builder().previous(agreement).title(TITLE_TOO_LONG).build(),
                "RenewAgreement", "title", TOO_LONG);
        Rejected.with(() -> RenewAgreement.builder().previous(agreement).title("Fornyelse").reason(REASON_TOO_LONG)
                .build(), "RenewAgreement", "reason", TOO_LONG);

        assertThat(RenewAgreement.builder().previous(agreement).title("Fornyelse").reason("r".repeat(4000)).build()
                .getReason()).hasValueSatisfying(r -> assertThat(r).hasSize(4000));
    }

    @Test
    void an_abandon_command_checks_its_reason() {
        Rejected.with(() -> AbandonAgreement.of(agreement, REASON_TOO_LONG), "AbandonAgreement", "reason", TOO_LONG);

        assertThat(AbandonAgreement.of(agreement, "Nej").getReason()).isEqualTo("Nej");
    }

    @Test
    void a_hold_command_checks_its_reason() {
        Rejected.with(() -> HoldAgreement.builder().agreement(agreement).reason(REASON_TOO_LONG).build(),
                "HoldAgreement", "reason", TOO_LONG);
    }

    @Test
    void a_terminate_command_checks_its_reason() {
        Rejected.with(() -> TerminateAgreement.of(agreement, LocalDate.of(2024, 6, 30), REASON_TOO_LONG),
                "TerminateAgreement", "reason", TOO_LONG);
    }

    @Test
    void an_erase_command_checks_its_reason() {
        Rejected.with(() -> EraseContact.builder().contact(contact).reason(REASON_TOO_LONG).build(),
                "EraseContact", "reason", TOO_LONG);

        assertThat(EraseContact.of(contact).getReason()).isEmpty();
    }
}
