package dk.welfarealliance.report.html;

import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.report.AgreementSummary;
import dk.welfarealliance.report.CommitmentDelivery;
import dk.welfarealliance.report.EliteDelivery;
import dk.welfarealliance.report.ExpiringTerm;
import dk.welfarealliance.report.RenewalPipeline;

/** The renewal pipeline and the elite delivery as tables, with names from the catalogue rather than codes. */
final class ReportTables {
    private final PageText text;

    ReportTables(PageText text) {
        this.text = text;
    }

    /** Writes the terms ending within the pipeline's horizon, those at risk marked. */
    void writePipeline(Html html, RenewalPipeline pipeline) {
        String heading = text.get("pipeline.heading", text.date(pipeline.getDay()), text.date(pipeline.lastDay()));
        html.element("h2", heading, "id", "pipeline");
        if (pipeline.getTerms().isEmpty()) {
            html.element("p", text.get("pipeline.none"), "class", "empty");
            return;
        }
        html.open("table", "class", "report pipeline", "aria-labelledby", "pipeline");
        Tables.header(html, text, "col.municipality", "col.localUnion", "col.agreement", "col.ends", "col.phase",
                "col.successor", "col.successorState", "col.atRisk");
        html.open("tbody");
        for (ExpiringTerm term : pipeline.getTerms()) {
            Tables.row(html, term.isAtRisk() ? "at-risk" : "", term.getMunicipality().getName(),
                    term.getMunicipality().getLocalUnionName().orElse(text.get("noLocalUnion")),
                    term.getTerm().getTitle(), text.shortDate(term.end()), text.of("phase", term.getTerm().getPhase()),
                    term.getSuccessor().map(AgreementSummary::getTitle).orElse(text.get("none")),
                    term.successorState().map(s -> text.of("state", s)).orElse(text.get("none")),
                    term.risk().map(r -> text.of("risk", r)).orElse(text.get("no")));
        }
        html.close("tbody").close("table").newline();
    }

    /** Writes every elite commitment with the events counted towards it and its status. */
    void writeElite(Html html, EliteDelivery delivery) {
        html.element("h2", text.get("elite.heading", text.date(delivery.day())), "id", "elite");
        if (delivery.commitments().isEmpty()) {
            html.element("p", text.get("elite.none"), "class", "empty");
            return;
        }
        html.open("table", "class", "report elite", "aria-labelledby", "elite");
        Tables.header(html, text, "col.municipality", "col.agreement", "col.commitment", "col.minimum",
                "col.deadline", "col.events", "col.commitmentStatus");
        html.open("tbody");
        for (CommitmentDelivery c : delivery.commitments()) {
            EliteCommitment commitment = c.commitment();
            Tables.row(html, "", c.term().municipalityName(), c.term().title(), describe(commitment),
                    commitment.getMinimumCount().isPresent()
                            ? Integer.toString(commitment.getMinimumCount().getAsInt()) : text.get("minimum.none"),
                    commitment.getDeadline().map(text::shortDate).orElse(""), Integer.toString(c.events()),
                    text.of("commitment", c.status()));
        }
        html.close("tbody").close("table").newline();
    }

    private String describe(EliteCommitment c) {
        StringBuilder out = new StringBuilder(text.of("event", c.getKind()));
        c.getAgeGroup().ifPresent(g -> out.append(' ').append(g));
        c.getGender().ifPresent(g -> out.append(", ").append(text.of("gender", g)));
        c.getDescription().ifPresent(d -> out.append(": ").append(d));
        return out.toString();
    }
}
