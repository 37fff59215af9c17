package dk.welfarealliance.storage.tck;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Small building blocks for the partial-fact cases ({@link PartialFactCases}): signed terms of any end kind,
 * notes, dated history steps, and edits of one agreement. Each case says what matters; these default the rest.
 */
final class PartialFactSamples {
    private PartialFactSamples() {}

    /** @return a DBU alliance in {@code municipality} with one signed agreement over {@code period} */
    static Alliance withTerm(IdGenerator ids, String municipality, AgreementPeriod period) {
        return SampleAlliances.minimal(ids, MunicipalityCode.of(municipality))
                .withAgreements(signed(ids, "Aftale " + municipality, period));
    }

    /** @return a signed agreement titled {@code title} over {@code period}, signed on its first day */
    static Agreement signed(IdGenerator ids, String title, AgreementPeriod period) {
        return Agreement.builder().from(SampleAlliances.signed(ids, title, period.getStart(), period.getStart()))
                .period(period).build();
    }

    /** @return a day-precision date */
    static PartialDate day(int year, int month, int day) {
        return PartialDate.day(year, month, day);
    }

    /** @return a note with a new id */
    static Note note(IdGenerator ids, NoteKind kind, PartialDate date, String text) {
        return Note.builder().id(ids.newNoteId()).kind(kind).date(date).text(text).build();
    }

    /** @return {@code alliance} with agreement {@code index} replaced by {@code change} of it, the edit in its history */
    static Alliance changeAgreement(Alliance alliance, int index, UnaryOperator<Agreement> change) {
        List<Agreement> agreements = new ArrayList<>(alliance.getAgreements());
        agreements.set(index, change.apply(agreements.get(index)));
        return SampleAlliances.edited(alliance.withAgreements(agreements), "agreement " + index + " changed");
    }

    /** @return {@code alliance} with one more history entry: {@code event}, about {@code agreement}, on {@code on} */
    static Alliance step(Alliance alliance, HistoryEvent event, Optional<AgreementId> agreement, Optional<PartialDate> on) {
        HistoryEntry entry = HistoryEntry.builder().seq(alliance.nextSeq()).event(event).agreement(agreement).on(on)
                .at(SampleAlliances.AT).actor(SampleAlliances.ACTOR).build();
        return alliance.withHistory(SampleAlliances.concat(alliance.getHistory(), entry));
    }

    /** @return the days 1 January of {@code year} */
    static LocalDate january(int year) {
        return LocalDate.of(year, 1, 1);
    }
}
