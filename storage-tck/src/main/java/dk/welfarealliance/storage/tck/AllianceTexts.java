package dk.welfarealliance.storage.tck;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.Goal;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.Partner;
import dk.welfarealliance.Payment;
import dk.welfarealliance.Signatory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every text of an alliance with its path ({@code agreements[2].initiatives[0].name=…}), so that a failed
 * round trip names the field whose text changed instead of printing two whole aggregates.
 */
final class AllianceTexts {
    private final List<String> texts = new ArrayList<>();

    private AllianceTexts() {}

    /** @return {@code path=text} for every text field of {@code alliance}, in a fixed order */
    static List<String> of(Alliance alliance) {
        AllianceTexts t = new AllianceTexts();
        t.add("federation", alliance.getFederation().value());
        t.add("municipality", alliance.getMunicipality().value());
        for (int i = 0; i < alliance.getAgreements().size(); i++) {
            t.agreement("agreements[" + i + "]", alliance.getAgreements().get(i));
        }
        for (int i = 0; i < alliance.getClubs().size(); i++) {
            Club c = alliance.getClubs().get(i);
            t.add("clubs[" + i + "].name", c.getName());
            t.add("clubs[" + i + "].cvr", c.getCvr());
        }
        for (int i = 0; i < alliance.getPartners().size(); i++) {
            Partner p = alliance.getPartners().get(i);
            t.add("partners[" + i + "].name", p.getName());
            t.add("partners[" + i + "].cvr", p.getCvr());
        }
        for (int i = 0; i < alliance.getContacts().size(); i++) {
            ContactPerson c = alliance.getContacts().get(i);
            String at = "contacts[" + i + "]";
            t.add(at + ".name", c.getName());
            t.add(at + ".jobTitle", c.getJobTitle());
            t.add(at + ".email", c.getEmail());
            t.add(at + ".phone", c.getPhone());
        }
        for (int i = 0; i < alliance.getHistory().size(); i++) {
            HistoryEntry e = alliance.getHistory().get(i);
            t.add("history[" + i + "].actor", e.getActor().value());
            t.add("history[" + i + "].reason", e.getReason());
        }
        return t.texts;
    }

    private void agreement(String at, Agreement a) {
        add(at + ".title", a.getTitle());
        add(at + ".localUnion", a.getLocalUnion().map(Object::toString));
        add(at + ".terminationReason", a.getTerminationReason());
        add(at + ".abandonReason", a.getAbandonReason());
        add(at + ".focusAreas", a.getFocusAreas().toString());
        for (int i = 0; i < a.getSignatories().size(); i++) {
            Signatory s = a.getSignatories().get(i);
            add(at + ".signatories[" + i + "].role", s.getRole());
        }
        for (int i = 0; i < a.getInitiatives().size(); i++) {
            Initiative initiative = a.getInitiatives().get(i);
            String in = at + ".initiatives[" + i + "]";
            add(in + ".name", initiative.getName());
            add(in + ".concept", initiative.getConcept());
            add(in + ".description", initiative.getDescription());
            add(in + ".targetGroups", initiative.getTargetGroups().toString());
            for (int j = 0; j < initiative.getGoals().size(); j++) {
                Goal g = initiative.getGoals().get(j);
                add(in + ".goals[" + j + "].metric", g.getMetric());
            }
        }
        for (int i = 0; i < a.getEliteCommitments().size(); i++) {
            EliteCommitment c = a.getEliteCommitments().get(i);
            add(at + ".eliteCommitments[" + i + "].description", c.getDescription());
        }
        for (int i = 0; i < a.getEliteEvents().size(); i++) {
            EliteEvent e = a.getEliteEvents().get(i);
            add(at + ".eliteEvents[" + i + "].title", e.getTitle());
            add(at + ".eliteEvents[" + i + "].description", e.getDescription());
        }
        for (int i = 0; i < a.getPayments().size(); i++) {
            Payment p = a.getPayments().get(i);
            add(at + ".payments[" + i + "].description", p.getDescription());
        }
        for (int i = 0; i < a.getEvaluations().size(); i++) {
            Evaluation e = a.getEvaluations().get(i);
            add(at + ".evaluations[" + i + "].summary", e.getSummary());
        }
        for (int i = 0; i < a.getMeasurements().size(); i++) {
            Measurement m = a.getMeasurements().get(i);
            add(at + ".measurements[" + i + "].note", m.getNote());
        }
    }

    private void add(String path, Optional<String> text) {
        text.ifPresent(t -> add(path, t));
    }

    private void add(String path, String text) {
        texts.add(path + "=" + text);
    }
}
