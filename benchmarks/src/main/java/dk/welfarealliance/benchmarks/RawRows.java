package dk.welfarealliance.benchmarks;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteCommitmentId;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.ExtensionOption;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.Measurement;
import dk.welfarealliance.Note;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerId;
import dk.welfarealliance.Party;
import dk.welfarealliance.Payment;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.Track;
import dk.welfarealliance.UnrecordedTerm;
import dk.welfarealliance.Club;
import dk.welfarealliance.storage.SearchKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows of one alliance in every table, as {@code Object[]} in {@link RawSchema}'s column order: made by
 * hand from an aggregate (what a hand-written insert binds), or as loaded (what {@link RawAssembler} builds
 * the aggregate from). The derived columns are computed with core's public methods, as the store does.
 */
final class RawRows {
    final Object[] alliance;
    /** Indexed as {@link RawSchema#CHILDREN}. */
    final List<List<Object[]>> children;

    RawRows(Object[] alliance, List<List<Object[]>> children) {
        this.alliance = alliance;
        this.children = children;
    }

    List<Object[]> of(RawTable table) {
        return children.get(RawSchema.CHILDREN.indexOf(table));
    }

    /** @return the rows that store {@code a} at {@code version} */
    static RawRows of(Alliance a, long version) {
        UUID id = a.getId().value();
        List<List<Object[]>> children = new ArrayList<>();
        for (int i = 0; i < RawSchema.CHILDREN.size(); i++) {
            children.add(new ArrayList<>());
        }
        RawRows rows = new RawRows(new Object[] {id, a.getFederation().value(), a.getMunicipality().value(), version,
                a.getLastModified(), a.latestSignedEnd().orElse(null)}, children);
        for (Agreement g : a.getAgreements()) {
            rows.agreement(a, g);
        }
        addNotes(rows.of(RawSchema.NOTE), id, null, a.getNotes());
        List<Club> clubs = a.getClubs();
        for (int i = 0; i < clubs.size(); i++) {
            Club c = clubs.get(i);
            rows.of(RawSchema.CLUB).add(new Object[] {id, c.getId().value(), i, c.getName(), c.getCvr().orElse(null)});
        }
        List<Partner> partners = a.getPartners();
        for (int i = 0; i < partners.size(); i++) {
            Partner p = partners.get(i);
            rows.of(RawSchema.PARTNER).add(new Object[] {id, p.getId().value(), i, p.getName(), p.getKind().name(),
                p.getCvr().orElse(null)});
        }
        List<ContactPerson> contacts = a.getContacts();
        for (int i = 0; i < contacts.size(); i++) {
            ContactPerson c = contacts.get(i);
            rows.of(RawSchema.CONTACT).add(new Object[] {id, c.getId().value(), i, c.getName(),
                c.getJobTitle().orElse(null), c.getEmail().orElse(null), c.getPhone().orElse(null), c.isErased()});
        }
        for (HistoryEntry h : a.getHistory()) {
            rows.of(RawSchema.HISTORY).add(new Object[] {id, h.getSeq(), h.getEvent().name(),
                h.getAgreement().map(AgreementId::value).orElse(null), h.getContact().map(ContactId::value).orElse(null),
                h.getOn().map(PartialDate::getFirstDay).orElse(null),
                h.getOn().map(d -> d.getPrecision().name()).orElse(null), h.getAt(), h.getActor().value(),
                h.getReason().orElse(null)});
        }
        return rows;
    }

    private void agreement(Alliance a, Agreement g) {
        UUID id = a.getId().value();
        UUID gid = g.getId().value();
        Optional<AgreementPeriod> period = g.getPeriod();
        Optional<AgreementPeriod> earlier = g.getRenewsUnrecorded().flatMap(UnrecordedTerm::getPeriod);
        Optional<ExtensionOption> extension = g.getExtensionOption();
        List<Object[]> agreements = of(RawSchema.AGREEMENT);
        agreements.add(new Object[] {id, gid, agreements.size(), g.getTitle(), SearchKey.of(g.getTitle()),
            g.getState().name(), g.getHeldFrom().map(Enum::name).orElse(null),
            g.getLocalUnion().map(LocalUnionCode::value).orElse(null), g.getRenews().map(AgreementId::value).orElse(null),
            period.map(AgreementPeriod::getStart).orElse(null), period.flatMap(AgreementPeriod::getEnd).orElse(null),
            period.map(p -> p.endKind().name()).orElse(null), g.effectiveEnd().orElse(null),
            a.endAtLatest(g.getId()).orElse(null), g.tracks().contains(Track.GRASSROOTS),
            g.tracks().contains(Track.ELITE), g.getSigningDate().map(PartialDate::getFirstDay).orElse(null),
            g.getSigningDate().map(d -> d.getPrecision().name()).orElse(null), g.isSignatoriesNotRecorded(),
            g.getTerminationDate().orElse(null), g.getTerminationReason().orElse(null),
            g.getAbandonReason().orElse(null), g.getRenewsUnrecorded().isPresent(),
            earlier.map(AgreementPeriod::getStart).orElse(null), earlier.flatMap(AgreementPeriod::getEnd).orElse(null),
            earlier.map(p -> p.endKind().name()).orElse(null),
            g.getRenewsUnrecorded().flatMap(UnrecordedTerm::getNote).orElse(null),
            extension.flatMap(ExtensionOption::getUntil).orElse(null),
            extension.isPresent() && extension.get().getYears().isPresent() ? extension.get().getYears().getAsInt() : null,
            extension.flatMap(ExtensionOption::getText).orElse(null)});
        for (FocusAreaCode code : g.getFocusAreas()) {
            of(RawSchema.FOCUS_AREA).add(new Object[] {id, gid, code.value()});
        }
        List<Signatory> signatories = g.getSignatories();
        for (int i = 0; i < signatories.size(); i++) {
            Signatory s = signatories.get(i);
            of(RawSchema.SIGNATORY).add(new Object[] {id, s.getId().value(), gid, i, s.getParty().name(), s.getRole(),
                s.getContact().map(ContactId::value).orElse(null), s.getClub().map(ClubId::value).orElse(null),
                s.getPartner().map(PartnerId::value).orElse(null)});
        }
        List<Initiative> initiatives = g.getInitiatives();
        for (int i = 0; i < initiatives.size(); i++) {
            Initiative n = initiatives.get(i);
            UUID nid = n.getId().value();
            of(RawSchema.INITIATIVE).add(new Object[] {id, nid, gid, i, n.getName(), n.getConcept().orElse(null),
                n.getFocusArea().map(FocusAreaCode::value).orElse(null), n.getDescription().orElse(null)});
            for (TargetGroup t : n.getTargetGroups()) {
                of(RawSchema.TARGET_GROUP).add(new Object[] {id, nid, t.code()});
            }
            n.getClubs().forEach(c -> of(RawSchema.INITIATIVE_PARTY).add(
                    new Object[] {id, nid, SignatoryParty.CLUB.name(), c.value()}));
            n.getPartners().forEach(p -> of(RawSchema.INITIATIVE_PARTY).add(
                    new Object[] {id, nid, SignatoryParty.PARTNER.name(), p.value()}));
            List<Goal> goals = n.getGoals();
            for (int j = 0; j < goals.size(); j++) {
                Goal o = goals.get(j);
                of(RawSchema.GOAL).add(new Object[] {id, o.getId().value(), nid, j, o.getMetric(),
                    o.getBaseline().orElse(null), o.getTarget().map(GoalTarget::getValue).orElse(null),
                    o.getTarget().map(t -> t.getKind().name()).orElse(null), o.getUnit().name()});
            }
        }
        List<Measurement> measurements = g.getMeasurements();
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            of(RawSchema.MEASUREMENT).add(new Object[] {id, m.getId().value(), gid, i, m.getGoal().value(), m.getDate(),
                m.getValue(), m.getUnit().name(), m.getNote().orElse(null)});
        }
        List<EliteCommitment> commitments = g.getEliteCommitments();
        for (int i = 0; i < commitments.size(); i++) {
            EliteCommitment c = commitments.get(i);
            of(RawSchema.ELITE_COMMITMENT).add(new Object[] {id, c.getId().value(), gid, i, c.getKind().name(),
                c.getMinimumCount().isPresent() ? c.getMinimumCount().getAsInt() : null, c.getDeadline().orElse(null),
                c.getAgeGroup().map(Enum::name).orElse(null), c.getGender().map(Enum::name).orElse(null),
                c.getDescription().orElse(null)});
        }
        List<EliteEvent> events = g.getEliteEvents();
        for (int i = 0; i < events.size(); i++) {
            EliteEvent e = events.get(i);
            of(RawSchema.ELITE_EVENT).add(new Object[] {id, e.getId().value(), gid, i, e.getKind().name(), e.getDate(),
                e.getEndDate().orElse(null), e.getTitle(), e.getVenue().orElse(null),
                e.getAgeGroup().map(Enum::name).orElse(null), e.getGender().map(Enum::name).orElse(null),
                e.getCommitment().map(EliteCommitmentId::value).orElse(null), e.getSharedReference().orElse(null),
                e.getDescription().orElse(null)});
        }
        List<Payment> payments = g.getPayments();
        for (int i = 0; i < payments.size(); i++) {
            Payment p = payments.get(i);
            of(RawSchema.PAYMENT).add(new Object[] {id, p.getId().value(), gid, i, p.getKind().name(),
                p.getAmount().getAmount(), p.getAmount().getCurrency(), p.getDescription().orElse(null),
                p.getPayer().map(x -> x.getKind().name()).orElse(null), p.getPayer().flatMap(RawRows::partyId).orElse(null),
                p.getPayee().map(x -> x.getKind().name()).orElse(null), p.getPayee().flatMap(RawRows::partyId).orElse(null)});
        }
        for (int i = 0; i < g.getEvaluations().size(); i++) {
            var e = g.getEvaluations().get(i);
            of(RawSchema.EVALUATION).add(new Object[] {id, e.getId().value(), gid, i, e.getDate(), e.getSummary()});
        }
        addNotes(of(RawSchema.NOTE), id, gid, g.getNotes());
    }

    private static void addNotes(List<Object[]> rows, UUID alliance, UUID agreement, List<Note> notes) {
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            rows.add(new Object[] {alliance, n.getId().value(), agreement, i, n.getKind().name(),
                n.getDate().getFirstDay(), n.getDate().getPrecision().name(), n.getText()});
        }
    }

    private static Optional<UUID> partyId(Party party) {
        return party.getClub().map(ClubId::value).or(() -> party.getPartner().map(PartnerId::value));
    }
}
