package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEvent;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.Goal;
import dk.welfarealliance.GoalUnit;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Money;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Children a command brings without an id get one from the lifecycle's seeded {@code IdGenerator}, so callers
 * need no hand-made ids and tests stay deterministic; ids given are kept; the {@link Outcome} hands back what
 * was created.
 */
class AssignedIdsTest {
    private final AllianceStory story = AllianceStory.inAarhus();

    private static OpenAgreement openWithContent() {
        return OpenAgreement.builder().title("Velfærdsalliance Aarhus")
                .addInitiatives(Initiative.builder().name("Fodbold Fitness")
                        .addGoals(Goal.builder().metric("Deltagere").unit(GoalUnit.COUNT).build()).build())
                .addEliteCommitments(EliteCommitment.atLeast(3, EliteEventKind.YOUTH_INTERNATIONAL))
                .addPayments(Payment.builder().kind(PaymentKind.ANNUAL_FEE).amount(Money.dkk(86_500)).build())
                .build();
    }

    private AgreementId signed() {
        AgreementId id = story.open("Velfærdsalliance Aarhus");
        story.apply(SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024)
                .signingDate(LocalDate.of(2021, 1, 1)).signatories(Fixtures.mayorAndDbuChair()).build());
        return id;
    }

    @Test
    void content_of_an_opened_agreement_gets_ids_where_none_were_given() {
        Agreement opened = story.execute(openWithContent()).agreement();

        Initiative initiative = opened.getInitiatives().get(0);
        assertThat(initiative.getId().isAssigned()).isTrue();
        assertThat(initiative.getGoals().get(0).getId().isAssigned()).isTrue();
        assertThat(opened.getEliteCommitments().get(0).getId().isAssigned()).isTrue();
        assertThat(opened.getPayments().get(0).getId().isAssigned()).isTrue();
    }

    @Test
    void the_same_seed_gives_the_same_ids() {
        Consumer<AllianceStory> steps = s -> {
            AgreementId id = s.execute(openWithContent()).agreement().getId();
            s.apply(PutClub.of(Club.builder().name("AGF").build()));
            s.apply(RecordNote.on(id, Note.of(NoteKind.MEETING, PartialDate.month(2020, 11), "Dialogmøde")));
        };
        AllianceStory one = AllianceStory.inAarhus();
        AllianceStory other = AllianceStory.inAarhus();

        steps.accept(one);
        steps.accept(other);

        assertThat(one.alliance()).isEqualTo(other.alliance());
    }

    @Test
    void signatories_given_without_ids_get_ids_when_signing() {
        AgreementId id = signed();

        assertThat(story.agreement(id).getSignatories()).hasSize(2)
                .allSatisfy(s -> assertThat(s.getId().isAssigned()).isTrue());
        assertThat(story.agreement(id).getSignatories().get(0).getId())
                .isNotEqualTo(story.agreement(id).getSignatories().get(1).getId());
    }

    @Test
    void a_signatory_given_with_an_id_keeps_it() {
        AgreementId id = story.open("Velfærdsalliance Aarhus");
        Signatory mayor = Fixtures.mayor(story.ids());

        story.apply(SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024)
                .signingDate(LocalDate.of(2021, 1, 1)).addSignatories(mayor, Fixtures.dbuChair(story.ids())).build());

        assertThat(story.agreement(id).getSignatories().get(0)).isEqualTo(mayor);
    }

    @Test
    void a_club_put_without_an_id_gets_one_and_the_outcome_returns_it() {
        Club created = story.execute(PutClub.of(Club.builder().name("AGF").build())).created(Club.class);

        assertThat(created.getId().isAssigned()).isTrue();
        assertThat(story.alliance().getClubs()).containsExactly(created);
    }

    @Test
    void a_club_put_with_an_id_keeps_it_and_replaces_the_club_with_that_id() {
        ClubId id = story.ids().newClubId();
        story.apply(PutClub.of(Club.builder().id(id).name("AGF").build()));

        story.apply(PutClub.of(Club.builder().id(id).name("Aarhus Gymnastikforening").build()));

        assertThat(story.alliance().getClubs()).containsExactly(Club.builder().id(id).name("Aarhus Gymnastikforening").build());
    }

    @Test
    void an_elite_event_recorded_without_an_id_gets_one_and_the_outcome_returns_it() {
        AgreementId id = signed();

        Outcome outcome = story.execute(RecordEliteEvent.of(id, Fixtures.youthInternational(AgeGroup.U19, LocalDate.of(2022, 5, 3))));

        EliteEvent created = outcome.created(EliteEvent.class);
        assertThat(created.getId().isAssigned()).isTrue();
        assertThat(story.agreement(id).getEliteEvents()).containsExactly(created);
        assertThat(outcome.agreement()).isEqualTo(story.agreement(id));
    }

    @Test
    void a_note_recorded_without_an_id_gets_one() {
        Note created = story.execute(RecordNote.onAlliance(Note.of(NoteKind.PRESS_RELEASE, PartialDate.year(2019),
                "Pressemeddelelse om alliancen"))).created(Note.class);

        assertThat(created.getId().isAssigned()).isTrue();
        assertThat(story.alliance().getNotes()).containsExactly(created);
    }

    @Test
    void clubs_partners_and_contacts_of_an_alliance_edit_get_ids_where_none_were_given() {
        story.apply(EditAlliance.builder().addClubs(Club.builder().name("AGF").build())
                .addPartners(Partner.builder().name("Aarhus Universitet").kind(PartnerKind.UNIVERSITY).build())
                .addContacts(ContactPerson.builder().name("Anna Andersen").build()).build());

        Alliance alliance = story.alliance();
        assertThat(alliance.getClubs().get(0).getId().isAssigned()).isTrue();
        assertThat(alliance.getPartners().get(0).getId().isAssigned()).isTrue();
        assertThat(alliance.getContacts().get(0).getId().isAssigned()).isTrue();
    }

    @Test
    void the_outcome_of_open_is_the_new_agreement() {
        Outcome outcome = story.execute(OpenAgreement.titled("Velfærdsalliance Aarhus"));

        assertThat(outcome.agreement()).isEqualTo(story.alliance().getAgreements().get(0));
        assertThat(outcome.getAlliance()).isEqualTo(story.alliance());
    }

    @Test
    void the_outcome_of_renew_is_the_renewal_not_the_renewed_agreement() {
        AgreementId previous = signed();

        Agreement renewal = story.execute(RenewAgreement.builder().previous(previous).title("Fornyelse").build()).agreement();

        assertThat(renewal.getId()).isNotEqualTo(previous);
        assertThat(renewal.getRenews()).contains(previous);
        assertThat(story.alliance().getAgreements()).last().isEqualTo(renewal);
    }

    @Test
    void asking_the_outcome_for_a_kind_of_child_the_command_did_not_create_throws() {
        AgreementId id = signed();
        Outcome outcome = story.execute(RecordEliteEvent.of(id, Fixtures.youthInternational(AgeGroup.U19, LocalDate.of(2022, 5, 3))));

        assertThatThrownBy(() -> outcome.created(Note.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RecordEliteEvent").hasMessageContaining("Note");
    }

    @Test
    void asking_the_outcome_of_an_alliance_command_for_its_agreement_throws() {
        Outcome outcome = story.execute(PutClub.of(Club.builder().name("AGF").build()));

        assertThatThrownBy(outcome::agreement).isInstanceOf(IllegalStateException.class);
        assertThat(outcome.findAgreement()).isEmpty();
    }
}
