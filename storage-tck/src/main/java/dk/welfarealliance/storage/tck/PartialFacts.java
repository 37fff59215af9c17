package dk.welfarealliance.storage.tck;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.Goal;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Note;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Party;
import dk.welfarealliance.Payment;
import dk.welfarealliance.Signatory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every partial fact of an alliance with its path ({@code agreements[1].period=2024-01-01…(open-ended)},
 * {@code agreements[0].signingDate=2021-09 MONTH}), so that a failed round trip names the fact a backend lost
 * (an end kind, a date's precision, a note, a party link, a target's kind) instead of printing two aggregates.
 * Only present facts are listed; a dropped one shows as a missing line.
 */
final class PartialFacts {
    private final List<String> facts = new ArrayList<>();

    private PartialFacts() {}

    /** @return {@code path=fact} for every partial fact of {@code alliance}, in a fixed order */
    static List<String> of(Alliance alliance) {
        PartialFacts f = new PartialFacts();
        f.notes("notes", alliance.getNotes());
        for (int i = 0; i < alliance.getAgreements().size(); i++) {
            f.agreement("agreements[" + i + "]", alliance.getAgreements().get(i));
        }
        for (int i = 0; i < alliance.getHistory().size(); i++) {
            HistoryEntry e = alliance.getHistory().get(i);
            f.date("history[" + i + "].on", e.getOn());
        }
        return f.facts;
    }

    private void agreement(String at, Agreement a) {
        period(at + ".period", a.getPeriod());
        date(at + ".signingDate", a.getSigningDate());
        add(at + ".signatoriesNotRecorded", a.isSignatoriesNotRecorded() ? Optional.of("true") : Optional.empty());
        a.getRenewsUnrecorded().ifPresent(r -> {
            add(at + ".renewsUnrecorded", "present");
            period(at + ".renewsUnrecorded.period", r.getPeriod());
            add(at + ".renewsUnrecorded.note", r.getNote());
        });
        a.getExtensionOption().ifPresent(o -> {
            add(at + ".extensionOption.until", o.getUntil().map(Object::toString));
            add(at + ".extensionOption.years", o.getYears().isPresent() ? Optional.of("" + o.getYears().getAsInt()) : Optional.empty());
            add(at + ".extensionOption.text", o.getText());
        });
        notes(at + ".notes", a.getNotes());
        for (int i = 0; i < a.getSignatories().size(); i++) {
            Signatory s = a.getSignatories().get(i);
            add(at + ".signatories[" + i + "].club", s.getClub().map(Object::toString));
            add(at + ".signatories[" + i + "].partner", s.getPartner().map(Object::toString));
        }
        for (int i = 0; i < a.getInitiatives().size(); i++) {
            Initiative initiative = a.getInitiatives().get(i);
            String in = at + ".initiatives[" + i + "]";
            add(in + ".clubs", initiative.getClubs().isEmpty() ? Optional.empty() : Optional.of(initiative.getClubs().toString()));
            add(in + ".partners", initiative.getPartners().isEmpty() ? Optional.empty()
                    : Optional.of(initiative.getPartners().toString()));
            for (int j = 0; j < initiative.getGoals().size(); j++) {
                Goal g = initiative.getGoals().get(j);
                add(in + ".goals[" + j + "].target", g.getTarget().map(t -> t.getKind() + " " + t.getValue().toPlainString()));
            }
        }
        for (int i = 0; i < a.getPayments().size(); i++) {
            Payment p = a.getPayments().get(i);
            add(at + ".payments[" + i + "].payer", p.getPayer().map(PartialFacts::party));
            add(at + ".payments[" + i + "].payee", p.getPayee().map(PartialFacts::party));
        }
        for (int i = 0; i < a.getEliteCommitments().size(); i++) {
            EliteCommitment c = a.getEliteCommitments().get(i);
            String in = at + ".eliteCommitments[" + i + "]";
            add(in + ".kind", c.getKind().name());
            add(in + ".minimumCount", c.getMinimumCount().isPresent() ? Optional.of("" + c.getMinimumCount().getAsInt())
                    : Optional.empty());
            add(in + ".deadline", c.getDeadline().map(Object::toString));
        }
        for (int i = 0; i < a.getEliteEvents().size(); i++) {
            EliteEvent e = a.getEliteEvents().get(i);
            String in = at + ".eliteEvents[" + i + "]";
            add(in + ".endDate", e.getEndDate().map(Object::toString));
            add(in + ".venue", e.getVenue());
            add(in + ".commitment", e.getCommitment().map(Object::toString));
            add(in + ".sharedReference", e.getSharedReference());
        }
    }

    private void notes(String at, List<Note> notes) {
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            add(at + "[" + i + "]", n.getId() + " " + n.getKind() + " " + describe(n.getDate()) + " " + n.getText());
        }
    }

    private void period(String path, Optional<AgreementPeriod> period) {
        add(path, period.map(p -> p + " " + p.endKind()));
    }

    private void date(String path, Optional<PartialDate> date) {
        add(path, date.map(PartialFacts::describe));
    }

    private static String describe(PartialDate date) {
        return date + " " + date.getPrecision();
    }

    private static String party(Party party) {
        return party.getKind() + party.getClub().map(c -> " club " + c).orElse("")
                + party.getPartner().map(p -> " partner " + p).orElse("");
    }

    private void add(String path, Optional<String> fact) {
        fact.ifPresent(f -> add(path, f));
    }

    private void add(String path, String fact) {
        facts.add(path + "=" + fact);
    }
}
