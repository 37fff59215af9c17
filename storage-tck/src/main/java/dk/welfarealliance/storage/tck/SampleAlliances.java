package dk.welfarealliance.storage.tck;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.Club;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small alliances for the contract cases: each says what matters and defaults the rest. */
final class SampleAlliances {
    static final Instant AT = Instant.parse("2024-03-01T10:15:30.123456Z");
    static final ActorRef ACTOR = ActorRef.of("tck:contract");
    static final MunicipalityCode AARHUS = MunicipalityCode.of("751");
    static final MunicipalityCode ODENSE = MunicipalityCode.of("461");

    private SampleAlliances() {}

    /** @return an alliance never stored, without agreements, with one history entry */
    static Alliance minimal(AllianceId id, FederationCode federation, MunicipalityCode municipality) {
        return Alliance.builder().id(id).federation(federation).municipality(municipality).version(0).lastModified(AT)
                .addHistory(HistoryEntry.builder().seq(1).event(HistoryEvent.ALLIANCE_CREATED).at(AT).actor(ACTOR).build())
                .build();
    }

    /** @return a DBU alliance in {@code municipality}, never stored, with a new id from {@code ids} */
    static Alliance minimal(IdGenerator ids, MunicipalityCode municipality) {
        return minimal(ids.newAllianceId(), FederationCode.DBU, municipality);
    }

    /** @return {@code alliance} with one more history entry (an alliance edit) carrying {@code reason} */
    static Alliance edited(Alliance alliance, String reason) {
        return alliance.withHistory(append(alliance, HistoryEvent.ALLIANCE_EDITED, reason));
    }

    /** @return {@code alliance} with a club named {@code name} added and the edit recorded in its history */
    static Alliance withClub(Alliance alliance, IdGenerator ids, String name) {
        Club club = Club.builder().id(ids.newClubId()).name(name).build();
        return edited(alliance.withClubs(concat(alliance.getClubs(), club)), "club " + name);
    }

    /** @return a signed agreement titled {@code title}, in force from {@code start} to {@code end} */
    static Agreement signed(IdGenerator ids, String title, LocalDate start, LocalDate end) {
        return Agreement.builder().id(ids.newAgreementId()).title(title).state(AgreementState.SIGNED)
                .period(AgreementPeriod.of(start, end)).signingDate(start)
                .addSignatories(Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.MUNICIPALITY)
                        .role("Borgmester").build())
                .addSignatories(Signatory.builder().id(ids.newSignatoryId()).party(SignatoryParty.FEDERATION)
                        .role("Formand").build())
                .addFocusAreas(FocusAreaCode.of("SUNDHED"))
                .build();
    }

    /** @return an agreement in dialogue titled {@code title} */
    static Agreement inDialogue(IdGenerator ids, String title) {
        return Agreement.builder().id(ids.newAgreementId()).title(title).state(AgreementState.IN_DIALOGUE).build();
    }

    private static List<HistoryEntry> append(Alliance alliance, HistoryEvent event, String reason) {
        HistoryEntry entry = HistoryEntry.builder().seq(alliance.nextSeq()).event(event).at(AT).actor(ACTOR).reason(reason)
                .build();
        return concat(alliance.getHistory(), entry);
    }

    static <T> List<T> concat(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }
}
