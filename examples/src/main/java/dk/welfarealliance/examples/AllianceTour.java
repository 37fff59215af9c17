package dk.welfarealliance.examples;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TeamGender;
import dk.welfarealliance.service.AbandonAgreement;
import dk.welfarealliance.service.AmendAgreement;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.EditAgreement;
import dk.welfarealliance.service.HoldAgreement;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.RenewAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.service.TerminateAgreement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A newcomer's tour: opens alliances for three real municipalities from the bundled catalogue, walks their
 * agreements through dialogue, signing, an amendment, renewal and termination, and prints the alliances
 * with phases and history. The alliances are kept in a plain map here; the storage modules replace it.
 */
public final class AllianceTour {
    private static final ActorRef ACTOR = ActorRef.of("example:alliance-tour");

    private final Lifecycle lifecycle;
    private final Map<AllianceId, Alliance> alliances = new LinkedHashMap<>();

    AllianceTour(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public static void main(String[] args) {
        Lifecycle lifecycle = Lifecycle.withDefaults();
        AllianceTour tour = new AllianceTour(lifecycle);
        tour.aarhus();
        tour.odense();
        tour.esbjerg();
        AllianceReport report = new AllianceReport(lifecycle.catalogue(), System.out);
        System.out.println("Welfare alliances on " + lifecycle.today() + ":");
        tour.alliances.values().forEach(a -> report.print(a, lifecycle.today()));
    }

    /** Signed after it took effect, focus areas chosen with the clubs after signing, renewed the day after. */
    void aarhus() {
        Alliance a = create("751");
        a = lifecycle.apply(a, OpenAgreement.titled("Velfærdsalliance Aarhus 2020-2023"), ACTOR);
        AgreementId first = a.openAgreement().orElseThrow().getId();
        a = lifecycle.apply(a, ApproveAgreement.of(first), ACTOR);
        a = lifecycle.apply(a, sign(first, AgreementPeriod.throughYear(LocalDate.of(2020, 4, 1), 2023),
                LocalDate.of(2021, 9, 15)), ACTOR);
        Agreement signed = a.agreement(first).orElseThrow();
        a = lifecycle.apply(a, AmendAgreement.of(Agreement.builder().from(signed)
                .addFocusAreas(FocusAreaCode.of("SUNDHED"), FocusAreaCode.of("SKOLE_OG_DAGTILBUD"))
                .addEliteEvents(EliteEvent.builder()
                        .id(lifecycle.ids().newEliteEventId())
                        .kind(EliteEventKind.YOUTH_INTERNATIONAL)
                        .date(LocalDate.of(2022, 6, 8))
                        .title("U19 women: Denmark - Norway")
                        .ageGroup(AgeGroup.U19)
                        .gender(TeamGender.WOMEN)
                        .build())
                .build()), ACTOR);
        a = lifecycle.apply(a, RenewAgreement.builder().previous(first)
                .title("Velfærdsalliance Aarhus 2024-2028").reason("Results: +18 % girls in the clubs").build(), ACTOR);
        AgreementId renewal = a.openAgreement().orElseThrow().getId();
        a = lifecycle.apply(a, sign(renewal, AgreementPeriod.throughYear(LocalDate.of(2024, 1, 1), 2028),
                LocalDate.of(2023, 11, 20)), ACTOR);
        save(a);
    }

    /** Signed for four years; the renewal is put on hold and then abandoned. */
    void odense() {
        Alliance a = create("461");
        a = lifecycle.apply(a, OpenAgreement.titled("Velfærdsalliance Odense"), ACTOR);
        AgreementId first = a.openAgreement().orElseThrow().getId();
        Agreement draft = a.agreement(first).orElseThrow();
        a = lifecycle.apply(a, EditAgreement.of(draft.withFocusAreas(
                FocusAreaCode.of("BESKAEFTIGELSE"), FocusAreaCode.custom("fodbold-for-demente"))), ACTOR);
        a = lifecycle.apply(a, sign(first, AgreementPeriod.throughYear(LocalDate.of(2022, 1, 1), 2025),
                LocalDate.of(2021, 12, 10)), ACTOR);
        a = lifecycle.apply(a, RenewAgreement.builder().previous(first).title("Velfærdsalliance Odense 2026-").build(), ACTOR);
        AgreementId renewal = a.openAgreement().orElseThrow().getId();
        a = lifecycle.apply(a, HoldAgreement.builder().agreement(renewal).reason("Awaiting the council's budget").build(), ACTOR);
        a = lifecycle.apply(a, AbandonAgreement.of(renewal, "No budget for a new term"), ACTOR);
        save(a);
    }

    /** Signed by the mayor and the DBU chair only, terminated early. */
    void esbjerg() {
        Alliance a = create("561");
        a = lifecycle.apply(a, OpenAgreement.titled("Velfærdsalliance Esbjerg"), ACTOR);
        AgreementId first = a.openAgreement().orElseThrow().getId();
        a = lifecycle.apply(a, sign(first, AgreementPeriod.throughYear(LocalDate.of(2023, 1, 1), 2026),
                LocalDate.of(2022, 12, 1)), ACTOR);
        a = lifecycle.apply(a, TerminateAgreement.of(first, LocalDate.of(2024, 6, 30),
                "Ended early by mutual agreement"), ACTOR);
        save(a);
    }

    private Alliance create(String municipality) {
        return lifecycle.createAlliance(FederationCode.DBU, MunicipalityCode.of(municipality), ACTOR);
    }

    private SignAgreement sign(AgreementId agreement, AgreementPeriod period, LocalDate signedOn) {
        return SignAgreement.builder()
                .agreement(agreement)
                .period(period)
                .signingDate(signedOn)
                .addSignatories(signatory(SignatoryParty.MUNICIPALITY, "Borgmester"))
                .addSignatories(signatory(SignatoryParty.FEDERATION, "Formand, DBU"))
                .build();
    }

    private Signatory signatory(SignatoryParty party, String role) {
        return Signatory.builder().id(lifecycle.ids().newSignatoryId()).party(party).role(role).build();
    }

    private void save(Alliance alliance) {
        alliances.put(alliance.getId(), alliance);
    }
}
