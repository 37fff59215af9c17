package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Two of the alliance invariants, each list broken alone: every id in an alliance is unique across all its
 * lists (and assigned), and every reference inside it (a renewal, a signatory's contact, club or partner, an
 * initiative's clubs and partners, a payment's payer and payee, a history entry's agreement and contact) names
 * something the alliance has.
 */
class AllianceReferencesTest {
    private static final LocalDate DAY = LocalDate.of(2022, 5, 1);
    private static final UUID NIL = new UUID(0L, 0L);

    private final IdGenerator ids = IdGenerator.seeded(11);
    private final Club agf = Club.builder().id(ids.newClubId()).name("AGF").build();
    private final Partner university = Partner.builder().id(ids.newPartnerId()).name("Aarhus Universitet")
            .kind(PartnerKind.UNIVERSITY).build();
    private final ContactPerson consultant = Fixtures.contact(ids, "Mette Holm", "mette@aarhus.dk", "+4512345678");

    private Alliance.Builder alliance() {
        return Alliance.builder().id(ids.newAllianceId()).federation(FederationCode.DBU).municipality(Fixtures.AARHUS)
                .version(0).lastModified(Fixtures.NOW).addHistory(entry(1));
    }

    private static HistoryEntry entry(long seq) {
        return HistoryEntry.builder().seq(seq).event(HistoryEvent.ALLIANCE_CREATED).at(Fixtures.NOW)
                .actor(Fixtures.ACTOR).build();
    }

    private Agreement signed() {
        return Fixtures.signedAgreement(ids, Fixtures.TERM_2021_2024);
    }

    private Note note(String text) {
        return Note.builder().id(ids.newNoteId()).kind(NoteKind.MEETING).date(PartialDate.day(DAY)).text(text).build();
    }

    private Payment payment(Optional<Party> payer, Optional<Party> payee) {
        return Payment.builder().id(ids.newPaymentId()).kind(PaymentKind.ANNUAL_FEE).amount(Money.dkk(86_500))
                .payer(payer).payee(payee).build();
    }

    /** One list, two entries with the same id, and the path the second one is reported at. */
    record Twice(String list, Function<AllianceReferencesTest, Alliance.Builder> build, String path) {
        @Override
        public String toString() {
            return list;
        }
    }

    static Stream<Twice> listsWithAnIdUsedTwice() {
        return Stream.of(
                new Twice("clubs", t -> t.alliance().addClubs(t.agf, t.agf.withName("AGF Fodbold")), "clubs[1].id"),
                new Twice("partners", t -> t.alliance().addPartners(t.university, t.university.withName("AU")),
                        "partners[1].id"),
                new Twice("contacts", t -> t.alliance().addContacts(t.consultant, t.consultant.withName("Mette H.")),
                        "contacts[1].id"),
                new Twice("notes", t -> {
                    Note n = t.note("Møde med klubberne");
                    return t.alliance().addNotes(n, n.withText("Opfølgning"));
                }, "notes[1].id"),
                new Twice("signatories", t -> {
                    Agreement a = t.signed();
                    Signatory first = a.getSignatories().get(0);
                    return t.alliance().addAgreements(a.withSignatories(first, first.withRole("Viceborgmester")));
                }, "agreements[0].signatories[1].id"),
                new Twice("initiatives", t -> {
                    Initiative i = Fixtures.initiativeWithGoal(t.ids, Optional.empty());
                    Initiative again = i.withName("Fodbold Fitness II").withGoals(Fixtures.participantsGoal(t.ids));
                    return t.alliance().addAgreements(t.signed().withInitiatives(i, again));
                }, "agreements[0].initiatives[1].id"),
                new Twice("goals", t -> {
                    Goal g = Fixtures.participantsGoal(t.ids);
                    Initiative i = Fixtures.initiativeWithGoal(t.ids, Optional.empty())
                            .withGoals(g, g.withMetric("Deltagere i Walking Football"));
                    return t.alliance().addAgreements(t.signed().withInitiatives(i));
                }, "agreements[0].initiatives[0].goals[1].id"),
                new Twice("eliteCommitments", t -> {
                    EliteCommitment c = EliteCommitment.builder().id(t.ids.newEliteCommitmentId())
                            .kind(EliteEventKind.YOUTH_INTERNATIONAL).build();
                    return t.alliance().addAgreements(t.signed().withEliteCommitments(c, c.withMinimumCount(2)));
                }, "agreements[0].eliteCommitments[1].id"),
                new Twice("eliteEvents", t -> {
                    EliteEvent e = Fixtures.youthInternational(AgeGroup.U17, DAY).withId(t.ids.newEliteEventId());
                    return t.alliance().addAgreements(t.signed().withEliteEvents(e, e.withTitle("U17: Danmark – Sverige")));
                }, "agreements[0].eliteEvents[1].id"),
                new Twice("payments", t -> {
                    Payment p = t.payment(Optional.empty(), Optional.empty());
                    return t.alliance().addAgreements(t.signed().withPayments(p, p.withAmount(Money.dkk(1_000))));
                }, "agreements[0].payments[1].id"),
                new Twice("evaluations", t -> {
                    Evaluation e = Fixtures.evaluation(t.ids, DAY);
                    return t.alliance().addAgreements(t.signed().withEvaluations(e, e.withSummary("Midtvejs")));
                }, "agreements[0].evaluations[1].id"),
                new Twice("measurements", t -> {
                    Initiative i = Fixtures.initiativeWithGoal(t.ids, Optional.empty());
                    Measurement m = Fixtures.measurement(t.ids, i.getGoals().get(0), DAY);
                    return t.alliance().addAgreements(t.signed().withInitiatives(i)
                            .withMeasurements(m, m.withDate(DAY.plusMonths(6))));
                }, "agreements[0].measurements[1].id"),
                new Twice("agreement notes", t -> {
                    Note n = t.note("Underskrevet på rådhuset");
                    return t.alliance().addAgreements(t.signed().withNotes(n, n.withText("Pressemeddelelse")));
                }, "agreements[0].notes[1].id"));
    }

    @ParameterizedTest(name = "an id used twice in {0} is rejected at the second")
    @MethodSource("listsWithAnIdUsedTwice")
    void an_id_used_twice_in_a_list_is_rejected_at_the_second(Twice twice) {
        Violation v = Rejected.with(() -> twice.build().apply(this).build(),
                "Alliance", twice.path(), "alliance.id.duplicate");

        assertThat(v.getAttributes()).containsKey("id");
    }

    @Test
    void an_id_is_unique_across_lists_not_only_within_one() {
        Partner sameIdAsTheClub = university.withId(new PartnerId(agf.getId().value()));

        Violation v = Rejected.with(() -> alliance().addClubs(agf).addPartners(sameIdAsTheClub).build(),
                "Alliance", "partners[0].id", "alliance.id.duplicate");

        assertThat(v.getAttributes()).containsEntry("id", agf.getId().value());
    }

    @Test
    void a_child_may_not_carry_the_alliances_own_id() {
        AllianceId id = ids.newAllianceId();

        Rejected.with(() -> alliance().id(id).addClubs(agf.withId(new ClubId(id.value()))).build(),
                "Alliance", "clubs[0].id", "alliance.id.duplicate");
    }

    @Test
    void a_child_without_an_assigned_id_is_rejected() {
        Rejected.with(() -> alliance().addClubs(agf.withId(ClubId.UNASSIGNED)).build(),
                "Alliance", "clubs[0].id", "alliance.id.unassigned");
        Rejected.with(() -> alliance().addAgreements(signed().withNotes(note("Møde").withId(NoteId.UNASSIGNED))).build(),
                "Alliance", "agreements[0].notes[0].id", "alliance.id.unassigned");
    }

    @Test
    void the_alliance_itself_may_have_the_nil_id() {
        assertThat(alliance().id(new AllianceId(NIL)).addClubs(agf).build().getId().value()).isEqualTo(NIL);
    }

    @Test
    void an_agreement_renewing_one_the_alliance_does_not_have_is_rejected() {
        AgreementId elsewhere = ids.newAgreementId();

        Violation v = Rejected.with(() -> alliance().addAgreements(signed().withRenews(elsewhere)).build(),
                "Alliance", "agreements[0].renews", "alliance.reference.unknown");

        assertThat(v.getAttributes()).containsEntry("id", elsewhere);
    }

    @Test
    void an_agreement_renewing_one_of_the_alliance_is_accepted() {
        Agreement first = Fixtures.signedAgreement(ids, AgreementPeriod.throughYear(LocalDate.of(2017, 1, 1), 2020));
        Agreement renewal = signed().withRenews(first.getId());

        assertThat(alliance().addAgreements(first, renewal).build().getAgreements().get(1).getRenews())
                .contains(first.getId());
    }

    @Test
    void a_history_entry_naming_an_agreement_the_alliance_does_not_have_is_rejected() {
        AgreementId elsewhere = ids.newAgreementId();
        HistoryEntry signing = entry(2).withEvent(HistoryEvent.SIGNED).withAgreement(elsewhere);

        Violation v = Rejected.with(() -> alliance().addAgreements(signed()).addHistory(signing).build(),
                "Alliance", "history[1].agreement", "alliance.reference.unknown");

        assertThat(v.getAttributes()).containsEntry("id", elsewhere);
    }

    @Test
    void a_history_entry_naming_a_contact_the_alliance_does_not_have_is_rejected() {
        HistoryEntry erased = entry(2).withEvent(HistoryEvent.CONTACT_ERASED).withContact(consultant.getId());

        Rejected.with(() -> alliance().addHistory(erased).build(),
                "Alliance", "history[1].contact", "alliance.reference.unknown");
    }

    @Test
    void a_history_entry_naming_the_alliances_agreement_and_contact_is_accepted() {
        Agreement a = signed();
        HistoryEntry signing = entry(2).withEvent(HistoryEvent.SIGNED).withAgreement(a.getId())
                .withContact(consultant.getId());

        Alliance alliance = alliance().addAgreements(a).addContacts(consultant).addHistory(signing).build();

        assertThat(alliance.getHistory().get(1).getAgreement()).contains(a.getId());
        assertThat(alliance.getHistory().get(1).getContact()).contains(consultant.getId());
    }

    @Test
    void a_signatory_for_a_club_or_partner_the_alliance_does_not_have_is_rejected() {
        Signatory forAgf = Signatory.builder().party(SignatoryParty.CLUB).role("Formand, AGF").club(agf.getId())
                .id(ids.newSignatoryId()).build();
        Signatory forAu = Signatory.builder().party(SignatoryParty.PARTNER).role("Rektor").partner(university.getId())
                .id(ids.newSignatoryId()).build();
        Agreement a = signed();

        Rejected.with(() -> alliance().addPartners(university)
                        .addAgreements(a.withSignatories(a.getSignatories().get(0), forAgf, forAu)).build(),
                "Alliance", "agreements[0].signatories[1].club", "alliance.reference.unknown");
        Rejected.with(() -> alliance().addClubs(agf)
                        .addAgreements(a.withSignatories(a.getSignatories().get(0), forAgf, forAu)).build(),
                "Alliance", "agreements[0].signatories[2].partner", "alliance.reference.unknown");
        assertThat(alliance().addClubs(agf).addPartners(university)
                .addAgreements(a.withSignatories(a.getSignatories().get(0), forAgf, forAu)).build()
                .getAgreements().get(0).getSignatories()).hasSize(3);
    }

    @Test
    void an_initiative_with_a_club_or_partner_the_alliance_does_not_have_is_rejected() {
        Initiative withBoth = Fixtures.initiativeWithGoal(ids, Optional.empty())
                .withClubs(agf.getId()).withPartners(university.getId());
        Agreement a = signed().withInitiatives(withBoth);

        Rejected.with(() -> alliance().addPartners(university).addAgreements(a).build(),
                "Alliance", "agreements[0].initiatives[0].clubs", "alliance.reference.unknown");
        Rejected.with(() -> alliance().addClubs(agf).addAgreements(a).build(),
                "Alliance", "agreements[0].initiatives[0].partners", "alliance.reference.unknown");
        assertThat(alliance().addClubs(agf).addPartners(university).addAgreements(a).build()
                .getAgreements().get(0).getInitiatives().get(0).getClubs()).containsExactly(agf.getId());
    }

    @Test
    void a_payment_between_parties_the_alliance_does_not_have_is_rejected() {
        Agreement a = signed().withPayments(
                payment(Optional.of(Party.club(agf.getId())), Optional.of(Party.partner(university.getId()))));

        Rejected.with(() -> alliance().addPartners(university).addAgreements(a).build(),
                "Alliance", "agreements[0].payments[0].payer.club", "alliance.reference.unknown");
        Rejected.with(() -> alliance().addClubs(agf).addAgreements(a).build(),
                "Alliance", "agreements[0].payments[0].payee.partner", "alliance.reference.unknown");
        assertThat(alliance().addClubs(agf).addPartners(university).addAgreements(a).build()
                .getAgreements().get(0).getPayments().get(0).getPayee()).contains(Party.partner(university.getId()));
    }

    @Test
    void every_broken_reference_is_reported_not_only_the_first() {
        Agreement a = signed().withRenews(ids.newAgreementId())
                .withInitiatives(Fixtures.initiativeWithGoal(ids, Optional.empty()).withClubs(agf.getId()));

        List<Violation> violations = Rejected.by(() -> alliance().addAgreements(a).build()).getViolations();

        assertThat(violations).extracting(Violation::getPath)
                .containsExactlyInAnyOrder("agreements[0].renews", "agreements[0].initiatives[0].clubs");
    }
}
