package dk.welfarealliance.examples;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TeamGender;
import dk.welfarealliance.service.AbandonAgreement;
import dk.welfarealliance.service.AllianceService;
import dk.welfarealliance.service.AmendAgreement;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.EditAgreement;
import dk.welfarealliance.service.HoldAgreement;
import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.service.OpenAgreement;
import dk.welfarealliance.service.RecordEvaluation;
import dk.welfarealliance.service.RenewAgreement;
import dk.welfarealliance.service.SignAgreement;
import dk.welfarealliance.service.TerminateAgreement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * The tour of three real municipalities from the bundled catalogue, written through an {@link AllianceService}
 * so that every step is stored: dialogue, signing, an amendment, renewal and termination. An alliance that an
 * earlier run already stored is not created again; it gets this run's evaluation instead.
 */
final class AllianceTour {
    static final ActorRef ACTOR = ActorRef.of("example:alliance-tour");

    private final AllianceService service;
    private final Lifecycle lifecycle;
    private final StringBuilder log = new StringBuilder();

    AllianceTour(AllianceService service) {
        this.service = service;
        this.lifecycle = service.lifecycle();
    }

    /** Runs the tour; returns one line per alliance saying what this run did. */
    String run() {
        visit("751", this::aarhus);
        visit("461", this::odense);
        visit("561", this::esbjerg);
        return log.toString();
    }

    private void visit(String code, java.util.function.Consumer<AllianceId> story) {
        MunicipalityCode municipality = MunicipalityCode.of(code);
        Optional<Alliance> stored = service.find(FederationCode.DBU, municipality);
        if (stored.isEmpty()) {
            Alliance created = service.create(FederationCode.DBU, municipality, ACTOR);
            story.accept(created.getId());
            log.append("created the alliance of ").append(code).append(" and walked its agreements\n");
        } else {
            evaluateLatestTerm(stored.get());
            log.append("recorded this run's evaluation for ").append(code).append('\n');
        }
    }

    /** Signed after it took effect, focus areas chosen with the clubs after signing, renewed the day after. */
    private void aarhus(AllianceId id) {
        AgreementId first = open(id, "Velfærdsalliance Aarhus 2020-2023");
        execute(id, ApproveAgreement.of(first, PartialDate.month(2020, 12)));   // "approved by the council in December 2020"
        execute(id, sign(first, AgreementPeriod.throughYear(LocalDate.of(2020, 4, 1), 2023), LocalDate.of(2021, 9, 15)));
        Agreement signed = agreement(id, first);
        execute(id, AmendAgreement.of(Agreement.builder().from(signed)
                .addFocusAreas(FocusAreaCode.of("SUNDHED"), FocusAreaCode.of("SKOLE_OG_DAGTILBUD"))
                .addEliteEvents(EliteEvent.builder()
                        .id(lifecycle.ids().newEliteEventId())
                        .kind(EliteEventKind.YOUTH_INTERNATIONAL)
                        .date(LocalDate.of(2022, 6, 8))
                        .title("U19 women: Denmark - Norway")
                        .ageGroup(AgeGroup.U19)
                        .gender(TeamGender.WOMEN)
                        .build())
                .build()));
        Alliance renewed = execute(id, RenewAgreement.builder().previous(first)
                .title("Velfærdsalliance Aarhus 2024-2028").reason("Results: +18 % girls in the clubs").build());
        AgreementId renewal = renewed.openAgreement().orElseThrow().getId();
        execute(id, sign(renewal, AgreementPeriod.throughYear(LocalDate.of(2024, 1, 1), 2028), LocalDate.of(2023, 11, 20)));
    }

    /** Signed for four years; the renewal is put on hold and then abandoned. */
    private void odense(AllianceId id) {
        AgreementId first = open(id, "Velfærdsalliance Odense");
        execute(id, EditAgreement.of(agreement(id, first).withFocusAreas(
                FocusAreaCode.of("BESKAEFTIGELSE"), FocusAreaCode.custom("fodbold-for-demente"))));
        execute(id, sign(first, AgreementPeriod.throughYear(LocalDate.of(2022, 1, 1), 2025), LocalDate.of(2021, 12, 10)));
        Alliance renewed = execute(id, RenewAgreement.builder().previous(first).title("Velfærdsalliance Odense 2026-").build());
        AgreementId renewal = renewed.openAgreement().orElseThrow().getId();
        execute(id, HoldAgreement.builder().agreement(renewal).reason("Awaiting the council's budget").build());
        execute(id, AbandonAgreement.of(renewal, "No budget for a new term"));
    }

    /** Signed by the mayor and the DBU chair only, terminated early. */
    private void esbjerg(AllianceId id) {
        AgreementId first = open(id, "Velfærdsalliance Esbjerg");
        execute(id, sign(first, AgreementPeriod.throughYear(LocalDate.of(2023, 1, 1), 2026), LocalDate.of(2022, 12, 1)));
        execute(id, TerminateAgreement.of(first, LocalDate.of(2024, 6, 30), "Ended early by mutual agreement"));
    }

    /** A later run evaluates the most recently signed term (evaluations are allowed after a term ended too). */
    private void evaluateLatestTerm(Alliance alliance) {
        alliance.getAgreements().stream()
                .filter(a -> a.getState().isSigned())
                .max(Comparator.comparing(a -> a.getPeriod().orElseThrow().getStart()))
                .ifPresent(latest -> execute(alliance.getId(), RecordEvaluation.of(latest.getId(), Evaluation.builder()
                        .id(lifecycle.ids().newEvaluationId())
                        .date(lifecycle.today())
                        .summary("Status meeting: activities on track")
                        .build())));
    }

    private AgreementId open(AllianceId id, String title) {
        return execute(id, OpenAgreement.titled(title)).openAgreement().orElseThrow().getId();
    }

    private Agreement agreement(AllianceId id, AgreementId agreement) {
        return service.find(id).flatMap(a -> a.agreement(agreement)).orElseThrow();
    }

    private Alliance execute(AllianceId id, Command command) {
        return service.execute(id, command, ACTOR).getAlliance();
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
}
