package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.AgeGroup;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EliteCommitment;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.ExtensionOption;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.Money;
import dk.welfarealliance.Note;
import dk.welfarealliance.NoteKind;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Party;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.UnrecordedTerm;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link AmendAgreement} may change on a signed agreement (its Javadoc and docs/lifecycle.md): the content
 * (focus areas, initiatives, elite commitments, elite events, payments, extension option) and a later end; every
 * other field, each broken alone, is refused with {@code lifecycle.change.not-allowed} naming it.
 */
class AmendRestrictionsTest {
    private static final String NOT_ALLOWED = "lifecycle.change.not-allowed";
    private static final FocusAreaCode HEALTH = FocusAreaCode.of("SUNDHED");
    private static final FocusAreaCode SCHOOL = FocusAreaCode.of("SKOLE_OG_DAGTILBUD");

    private final AllianceStory story = AllianceStory.inAarhus();
    private final AgreementId id = story.signedTerm("Velfærdsalliance 2021-2024", Fixtures.TERM_2021_2024);

    private Agreement signed() {
        return story.agreement(id);
    }

    private void amendIsRefusedAt(Agreement revised, String path, String rule) {
        Alliance before = story.alliance();
        Rejected.with(() -> story.apply(AmendAgreement.of(revised)), "AmendAgreement", path, rule);
        assertThat(story.alliance()).as("a refused amendment changes nothing").isEqualTo(before);
    }

    static Stream<Arguments> restrictedFields() {
        return Stream.<Arguments>of(
                field("title", (a, s) -> a.withTitle("Et andet navn")),
                field("signatories", (a, s) -> a.withSignatories(List.of(a.getSignatories().get(0),
                        Fixtures.localUnionChair(s.ids())))),
                field("signatories", (a, s) -> a.withSignatories(List.<Signatory>of(a.getSignatories().get(0),
                        a.getSignatories().get(1), Fixtures.clubChair(s.ids())))),
                field("signingDate", (a, s) -> a.withSigningDate(PartialDate.day(2021, 2, 1))),
                field("localUnion", (a, s) -> a.withLocalUnion(LocalUnionCode.of("DBU_FYN"))),
                field("localUnion", (a, s) -> a.withLocalUnion(Optional.empty())),
                field("renewsUnrecorded", (a, s) -> a.withRenewsUnrecorded(UnrecordedTerm.unknown())),
                field("evaluations", (a, s) -> a.withEvaluations(
                        Fixtures.evaluation(s.ids(), LocalDate.of(2022, 6, 1)))),
                field("notes", (a, s) -> a.withNotes(
                        Note.of(NoteKind.MEETING, PartialDate.day(2022, 3, 1), "Møde med klubberne"))));
    }

    private static Arguments field(String name, BiFunction<Agreement, AllianceStory, Agreement> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "amending a signed agreement may not change its {0}")
    @MethodSource("restrictedFields")
    void amending_a_signed_agreement_may_not_change_a_field_outside_its_content(String name,
            BiFunction<Agreement, AllianceStory, Agreement> change) {
        Agreement revised = change.apply(signed(), story);

        amendIsRefusedAt(revised, "revised." + name, NOT_ALLOWED);
    }

    @Test
    void amending_a_signed_agreement_may_not_change_its_title() {
        amendIsRefusedAt(signed().withTitle("Velfærdsalliance 2021-2028"), "revised.title", NOT_ALLOWED);
    }

    @Test
    void amending_a_signed_agreement_may_not_change_who_signed_it() {
        Agreement revised = signed().withSignatories(List.of(signed().getSignatories().get(1),
                signed().getSignatories().get(0)));

        amendIsRefusedAt(revised, "revised.signatories", NOT_ALLOWED);
    }

    @Test
    void amending_a_signed_agreement_may_not_say_its_signatories_were_not_recorded() {
        Agreement revised = Agreement.builder().from(signed()).signatories(List.of()).signatoriesNotRecorded(true)
                .build();

        ValidationException e = Rejected.by(() -> story.apply(AmendAgreement.of(revised)));

        assertThat(e.getViolations()).extracting(v -> v.getPath() + " " + v.getRule()).containsExactlyInAnyOrder(
                "revised.signatories " + NOT_ALLOWED, "revised.signatoriesNotRecorded " + NOT_ALLOWED);
    }

    @Test
    void the_refusal_of_an_amendment_names_the_amend_command() {
        Rejected.with(() -> story.apply(AmendAgreement.of(signed().withTitle("Nyt navn"))), "AmendAgreement",
                "revised.title", NOT_ALLOWED);
        ValidationException e = Rejected.by(() -> story.apply(AmendAgreement.of(signed().withTitle("Nyt navn"))));

        assertThat(e.getViolations().get(0).getAttributes()).containsEntry("command", "amend");
    }

    @Test
    void amending_a_signed_agreement_may_not_record_measurements() {
        Agreement withGoal = amendedWithAGoal();
        var goal = withGoal.getInitiatives().get(0).getGoals().get(0);

        amendIsRefusedAt(withGoal.withMeasurements(Fixtures.measurement(story.ids(), goal, LocalDate.of(2022, 1, 1))),
                "revised.measurements", NOT_ALLOWED);
    }

    @Test
    void every_field_an_amendment_breaks_is_named_not_only_the_first() {
        Agreement revised = signed().withTitle("Nyt navn").withLocalUnion(LocalUnionCode.of("DBU_FYN"))
                .withSigningDate(PartialDate.day(2021, 3, 1));

        ValidationException e = Rejected.by(() -> story.apply(AmendAgreement.of(revised)));

        assertThat(e.getViolations()).extracting(v -> v.getPath()).containsExactlyInAnyOrder(
                "revised.title", "revised.localUnion", "revised.signingDate");
    }

    @Test
    void amending_may_change_the_content_and_move_the_end_later() {
        Agreement current = signed();
        AgreementPeriod later = AgreementPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31));
        Agreement revised = current.withPeriod(later)
                .withFocusAreas(HEALTH, SCHOOL)
                .withInitiatives(Fixtures.initiativeWithGoal(story.ids(), Optional.of(HEALTH)))
                .withEliteCommitments(EliteCommitment.atLeast(2, EliteEventKind.YOUTH_INTERNATIONAL))
                .withEliteEvents(Fixtures.youthInternational(AgeGroup.U17, LocalDate.of(2022, 5, 3)))
                .withPayments(Payment.builder().kind(PaymentKind.ANNUAL_FEE).amount(Money.dkk("86500"))
                        .payer(Party.municipality()).payee(Party.localUnion()).build())
                .withExtensionOption(ExtensionOption.builder().years(2).build());
        int entries = story.alliance().getHistory().size();

        story.apply(AmendAgreement.of(revised));

        Agreement amended = signed();
        assertThat(amended.getPeriod()).contains(later);
        assertThat(amended.getFocusAreas()).containsExactly(SCHOOL, HEALTH);
        assertThat(amended.getInitiatives()).singleElement().satisfies(i -> assertThat(i.getFocusArea()).contains(HEALTH));
        assertThat(amended.getEliteCommitments()).hasSize(1);
        assertThat(amended.getEliteEvents()).singleElement().satisfies(ev -> {
            assertThat(ev.getDate()).isEqualTo(LocalDate.of(2022, 5, 3));
            assertThat(ev.getId().isAssigned()).as("the new event got an id").isTrue();
        });
        assertThat(amended.getPayments()).singleElement().satisfies(p -> assertThat(p.getId().isAssigned()).isTrue());
        assertThat(amended.getExtensionOption()).isPresent();
        assertThat(amended.getTitle()).isEqualTo(current.getTitle());
        assertThat(amended.getSignatories()).isEqualTo(current.getSignatories());
        assertThat(story.alliance().getHistory()).hasSize(entries + 1);
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.AMENDED);
        assertThat(story.lastEntry().getAgreement()).contains(id);
    }

    @Test
    void an_amendment_that_changes_nothing_is_accepted_and_appends_no_history() {
        Alliance before = story.alliance();

        story.apply(AmendAgreement.of(signed()));

        assertThat(story.alliance()).isEqualTo(before);
    }

    @Test
    void amending_may_not_move_the_start() {
        Agreement revised = signed().withPeriod(
                AgreementPeriod.of(LocalDate.of(2021, 2, 1), LocalDate.of(2024, 12, 31)));

        amendIsRefusedAt(revised, "revised.period.start", NOT_ALLOWED);
    }

    @Test
    void amending_may_not_move_the_start_earlier_either() {
        Agreement revised = signed().withPeriod(
                AgreementPeriod.of(LocalDate.of(2020, 12, 31), LocalDate.of(2024, 12, 31)));

        amendIsRefusedAt(revised, "revised.period.start", NOT_ALLOWED);
    }

    @Test
    void amending_may_not_move_the_end_earlier_even_by_a_day() {
        Agreement revised = signed().withPeriod(
                AgreementPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 30)));

        Rejected.with(() -> story.apply(AmendAgreement.of(revised)), "AmendAgreement", "revised.period.end",
                "lifecycle.amend.end-earlier");
    }

    @Test
    void amending_may_move_the_end_later_by_a_single_day() {
        AgreementPeriod later = AgreementPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 1, 1));

        story.apply(AmendAgreement.of(signed().withPeriod(later)));

        assertThat(signed().getPeriod()).contains(later);
    }

    @Test
    void amending_may_make_a_term_with_an_end_date_open_ended() {
        AgreementPeriod open = AgreementPeriod.openEnded(LocalDate.of(2021, 1, 1));

        story.apply(AmendAgreement.of(signed().withPeriod(open)));

        assertThat(signed().getPeriod()).contains(open);
    }

    @Test
    void amending_may_not_forget_a_recorded_end() {
        Agreement revised = signed().withPeriod(AgreementPeriod.endNotRecorded(LocalDate.of(2021, 1, 1)));

        amendIsRefusedAt(revised, "revised.period.end", "lifecycle.amend.end-forgotten");
    }

    @Test
    void amending_may_not_give_an_open_ended_term_an_end_date() {
        AllianceStory other = AllianceStory.inAarhus();
        AgreementId open = other.signedTerm("Løbende", AgreementPeriod.openEnded(LocalDate.of(2021, 1, 1)));
        Agreement revised = other.agreement(open).withPeriod(
                AgreementPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2099, 12, 31)));

        ValidationException e = Rejected.by(() -> other.apply(AmendAgreement.of(revised)));

        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("revised.period.end");
            assertThat(v.getRule()).isEqualTo("lifecycle.amend.end-earlier");
            assertThat(v.getAttributes()).containsEntry("end", "(open-ended)");
        });
    }

    @Test
    void amending_keeps_an_open_ended_term_open_ended() {
        AllianceStory other = AllianceStory.inAarhus();
        AgreementId open = other.signedTerm("Løbende", AgreementPeriod.openEnded(LocalDate.of(2021, 1, 1)));

        other.apply(AmendAgreement.of(other.agreement(open).withFocusAreas(HEALTH)));

        assertThat(other.agreement(open).getFocusAreas()).containsExactly(HEALTH);
        assertThat(other.agreement(open).getPeriod()).contains(AgreementPeriod.openEnded(LocalDate.of(2021, 1, 1)));
    }

    @Test
    void amending_may_record_an_end_that_was_not_recorded() {
        AllianceStory other = AllianceStory.inAarhus();
        AgreementId term = other.signedTerm("Ukendt slut", AgreementPeriod.endNotRecorded(LocalDate.of(2021, 1, 1)));
        AgreementPeriod recorded = AgreementPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 2));

        other.apply(AmendAgreement.of(other.agreement(term).withPeriod(recorded)));

        assertThat(other.agreement(term).getPeriod()).contains(recorded);
    }

    @Test
    void the_end_earlier_refusal_names_the_end_it_may_not_move_before() {
        Agreement revised = signed().withPeriod(
                AgreementPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31)));

        ValidationException e = Rejected.by(() -> story.apply(AmendAgreement.of(revised)));

        assertThat(e.getViolations()).singleElement()
                .satisfies(v -> assertThat(v.getAttributes()).containsEntry("end", "2024-12-31"));
    }

    @Test
    void an_elite_event_added_by_an_amendment_must_lie_within_the_term() {
        Agreement revised = signed().withEliteEvents(
                Fixtures.youthInternational(AgeGroup.U17, LocalDate.of(2020, 6, 1)),
                Fixtures.youthInternational(AgeGroup.U19, LocalDate.of(2025, 6, 1)));

        ValidationException e = Rejected.by(() -> story.apply(AmendAgreement.of(revised)));

        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("revised.eliteEvents[0]");
            assertThat(v.getRule()).isEqualTo("lifecycle.elite-event.outside-period");
        });
    }

    @Test
    void the_second_elite_event_added_outside_the_term_is_named_by_its_index() {
        Agreement revised = signed().withEliteEvents(
                Fixtures.youthInternational(AgeGroup.U17, LocalDate.of(2022, 6, 1)),
                Fixtures.youthInternational(AgeGroup.U19, LocalDate.of(2025, 6, 1)));

        amendIsRefusedAt(revised, "revised.eliteEvents[1]", "lifecycle.elite-event.outside-period");
    }

    @Test
    void an_elite_event_already_recorded_is_not_checked_again_by_a_later_amendment() {
        story.apply(AmendAgreement.of(signed().withEliteEvents(
                Fixtures.youthInternational(AgeGroup.U17, LocalDate.of(2022, 6, 1)))));
        // the event lies outside the term the amendment gives only if checked against a term it never had
        Agreement withEvent = signed();

        story.apply(AmendAgreement.of(withEvent.withFocusAreas(HEALTH)));

        assertThat(signed().getEliteEvents()).isEqualTo(withEvent.getEliteEvents());
        assertThat(signed().getFocusAreas()).containsExactly(HEALTH);
    }

    @Test
    void a_focus_area_an_amendment_adds_must_be_in_the_catalogue_or_custom() {
        Agreement revised = signed().withFocusAreas(HEALTH, FocusAreaCode.of("UKENDT_OMRAADE"));

        ValidationException e = Rejected.by(() -> story.apply(AmendAgreement.of(revised)));

        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("revised.focusAreas");
            assertThat(v.getRule()).isEqualTo("catalogue.focus-area.unknown");
            assertThat(v.getAttributes()).containsEntry("focusArea", FocusAreaCode.of("UKENDT_OMRAADE"));
        });
    }

    @Test
    void a_custom_focus_area_may_be_added_by_an_amendment() {
        FocusAreaCode custom = FocusAreaCode.custom("fodbold-for-seniorer");

        story.apply(AmendAgreement.of(signed().withFocusAreas(custom)));

        assertThat(signed().getFocusAreas()).containsExactly(custom);
    }

    @Test
    void a_focus_area_the_catalogue_has_since_dropped_may_stay_on_an_amended_agreement() {
        story.apply(AmendAgreement.of(signed().withFocusAreas(HEALTH)));
        ReferenceCatalogue bundled = ReferenceCatalogue.bundled();
        ReferenceCatalogue withoutHealth = bundled.withFocusAreas(bundled.getFocusAreas().stream()
                .filter(f -> !f.getCode().equals(HEALTH)).toList());
        Lifecycle later = new Lifecycle(withoutHealth, Fixtures.clock(), Lifecycle.DEFAULT_BUSINESS_ZONE,
                story.ids());

        Alliance after = later.apply(story.alliance(),
                AmendAgreement.of(signed().withFocusAreas(HEALTH, SCHOOL)), Fixtures.ACTOR);

        assertThat(after.agreement(id).orElseThrow().getFocusAreas()).containsExactly(SCHOOL, HEALTH);
    }

    @Test
    void only_a_signed_agreement_can_be_amended() {
        AllianceStory other = AllianceStory.inAarhus();
        AgreementId draft = other.open("Udkast");

        Rejected.with(() -> other.apply(AmendAgreement.of(other.agreement(draft).withFocusAreas(HEALTH))),
                "AmendAgreement", "", "lifecycle.command.not-allowed");
    }

    @Test
    void an_amendment_naming_an_unknown_agreement_is_refused_at_the_revised_id() {
        Agreement stranger = Fixtures.signedAgreement(Fixtures.lifecycle(4711).ids(), Fixtures.TERM_2021_2024);

        amendIsRefusedAt(stranger, "revised.id", "lifecycle.agreement.unknown");
    }

    private Agreement amendedWithAGoal() {
        story.apply(AmendAgreement.of(signed().withInitiatives(
                Fixtures.initiativeWithGoal(story.ids(), Optional.empty()))));
        return signed();
    }
}
