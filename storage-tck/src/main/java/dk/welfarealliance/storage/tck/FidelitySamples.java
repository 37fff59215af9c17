package dk.welfarealliance.storage.tck;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.Money;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TargetGroup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Alliances for the fidelity cases: every text field filled from a list of texts, and every child list long
 * enough that a lost order shows. Children are made in the order given by {@code ids}.
 */
final class FidelitySamples {
    private FidelitySamples() {}

    /**
     * @return an alliance whose every text field holds one of {@code names} (short texts) or {@code longText},
     *     with one abandoned agreement per name, a signed and a terminated agreement holding every kind of
     *     child, {@code names.size()} clubs, partners, contacts and history entries
     */
    static Alliance withTexts(IdGenerator ids, AllianceId id, FederationCode federation, MunicipalityCode municipality,
            List<String> names, String longText, Instant at) {
        IntFunction<String> name = i -> names.get(Math.floorMod(i, names.size()));
        List<ContactPerson> contacts = list(names.size(), i -> ContactPerson.builder().id(ids.newContactId())
                .name(name.apply(i)).jobTitle(name.apply(i + 1)).email(name.apply(i + 2)).phone(name.apply(i + 3)).build());
        List<Agreement> agreements = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            agreements.add(Agreement.builder().id(ids.newAgreementId()).title(name.apply(i)).state(AgreementState.ABANDONED)
                    .abandonReason(longText).build());
        }
        agreements.add(full(ids, name, longText, AgreementState.SIGNED, LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31),
                contacts.get(0)));
        agreements.add(full(ids, name, longText, AgreementState.TERMINATED, LocalDate.of(2019, 1, 1),
                LocalDate.of(2022, 12, 31), contacts.get(1)));
        return Alliance.builder().id(id).federation(federation).municipality(municipality).version(0).lastModified(at)
                .agreements(agreements)
                .clubs(list(names.size(), i -> Club.builder().id(ids.newClubId()).name(name.apply(i)).build()))
                .partners(list(names.size(), i -> Partner.builder().id(ids.newPartnerId()).name(name.apply(i))
                        .kind(PartnerKind.values()[i % PartnerKind.values().length]).build()))
                .contacts(contacts)
                .history(list(names.size(), i -> HistoryEntry.builder().seq(i + 1L).event(HistoryEvent.ALLIANCE_EDITED)
                        .at(at).actor(ActorRef.of(name.apply(i))).reason(longText).build()))
                .build();
    }

    /** A signed or terminated agreement with several children of every kind, texts from {@code name}. */
    static Agreement full(IdGenerator ids, IntFunction<String> name, String longText, AgreementState state, LocalDate start,
            LocalDate end, ContactPerson signer) {
        FocusAreaCode health = FocusAreaCode.of("SUNDHED");
        List<Goal> goals = list(3, i -> Goal.builder().id(ids.newGoalId()).metric(name.apply(i))
                .baseline(BigDecimal.valueOf(410 + i)).target(BigDecimal.valueOf(20)).unit(GoalUnit.PERCENT).build());
        List<Initiative> initiatives = list(3, i -> Initiative.builder().id(ids.newInitiativeId()).name(name.apply(i))
                .concept(name.apply(i + 1)).description(longText).focusArea(health)
                .addTargetGroups(TargetGroup.GIRLS, TargetGroup.of("custom-group-" + i))
                .goals(i == 0 ? goals : List.of()).build());
        Agreement.Builder b = Agreement.builder().id(ids.newAgreementId()).title(name.apply(0)).state(state)
                .localUnion(LocalUnionCode.of("DBU_JYLLAND")).period(AgreementPeriod.of(start, end)).signingDate(start)
                .signatories(list(4, i -> Signatory.builder().id(ids.newSignatoryId())
                        .party(SignatoryParty.values()[i % SignatoryParty.values().length]).role(name.apply(i))
                        .contact(i == 0 ? Optional.of(signer.getId()) : Optional.empty()).build()))
                .addFocusAreas(health, FocusAreaCode.of("SKOLE_OG_DAGTILBUD"), FocusAreaCode.custom("padel"))
                .initiatives(initiatives)
                .eliteCommitments(list(3, i -> EliteCommitment.builder().id(ids.newEliteCommitmentId())
                        .kind(EliteEventKind.values()[i]).minimumCount(i + 1).description(longText).build()))
                .eliteEvents(list(3, i -> EliteEvent.builder().id(ids.newEliteEventId()).kind(EliteEventKind.values()[i])
                        .date(start.plusDays(i)).title(name.apply(i)).description(longText).build()))
                .payments(list(3, i -> Payment.builder().id(ids.newPaymentId()).kind(PaymentKind.values()[i % 2])
                        .amount(Money.dkk(86_500 + i)).description(longText).build()))
                .evaluations(list(3, i -> Evaluation.builder().id(ids.newEvaluationId()).date(start.plusDays(i))
                        .summary(longText).build()))
                .measurements(list(4, i -> Measurement.builder().id(ids.newMeasurementId()).goal(goals.get(i % 3).getId())
                        .date(start.plusDays(i)).value(BigDecimal.valueOf(i * 7 + 1)).unit(GoalUnit.PERCENT).note(longText)
                        .build()));
        if (state == AgreementState.TERMINATED) {
            b.terminationDate(end.minusDays(1)).terminationReason(longText);
        }
        return b.build();
    }

    static <T> List<T> list(int size, IntFunction<T> element) {
        List<T> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(element.apply(i));
        }
        return items;
    }
}
