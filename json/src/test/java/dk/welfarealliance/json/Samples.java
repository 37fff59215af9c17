package dk.welfarealliance.json;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.Money;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentId;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryId;
import dk.welfarealliance.SignatoryParty;
import java.time.Instant;
import java.time.LocalDate;

/** Small hand-built values for the example tests: each says what its test needs and defaults the rest. */
final class Samples {
    static final AllianceId ALLIANCE = AllianceId.parse("3f2a0000-0000-4000-8000-000000000101");
    static final AgreementId AGREEMENT = AgreementId.parse("a0000000-0000-4000-8000-000000000001");
    static final Instant AT = Instant.parse("2024-03-01T10:15:30.123456Z");

    private Samples() {}

    /** København's alliance with one signed term: signed in "2022-11", an annual fee, two signatories. */
    static Alliance signed() {
        Agreement term = Agreement.builder().id(AGREEMENT).title("Velfærdsalliance \"København\"").state(AgreementState.SIGNED)
                .period(AgreementPeriod.of(LocalDate.parse("2023-01-01"), LocalDate.parse("2026-12-31")))
                .signingDate(PartialDate.month(2022, 11))
                .addSignatories(Signatory.builder().id(SignatoryId.parse("50000000-0000-4000-8000-000000000001"))
                        .party(SignatoryParty.MUNICIPALITY).role("Borgmester").build())
                .addSignatories(Signatory.builder().id(SignatoryId.parse("50000000-0000-4000-8000-000000000002"))
                        .party(SignatoryParty.FEDERATION).role("Formand").build())
                .addPayments(Payment.builder().id(PaymentId.parse("70000000-0000-4000-8000-000000000001"))
                        .kind(PaymentKind.ANNUAL_FEE).amount(Money.dkk("86500")).build())
                .build();
        return Alliance.builder().id(ALLIANCE).federation(FederationCode.DBU).municipality(MunicipalityCode.of("101"))
                .version(3).lastModified(AT).addAgreements(term)
                .addHistory(HistoryEntry.builder().seq(1).event(HistoryEvent.ALLIANCE_CREATED).at(AT)
                        .actor(ActorRef.of("user:4711")).build())
                .build();
    }
}
