package dk.welfarealliance.service;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerId;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.testing.AllianceStory;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checks {@link SignAgreement} makes of each signatory (a local-union signatory needs a local union, named
 * contacts, clubs and partners must be the alliance's), of the pair of parties required, and what a signed
 * agreement then holds.
 */
class SigningChecksTest {
    private static final String TYPE = "SignAgreement";
    private static final LocalDate SIGNED_ON = LocalDate.of(2021, 2, 1);

    private final AllianceStory story = AllianceStory.inAarhus();

    private SignAgreement signing(AgreementId id, Signatory... signatories) {
        return SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024).signingDate(SIGNED_ON)
                .addSignatories(signatories).build();
    }

    private void signingIsRefused(AllianceStory on, SignAgreement command, String path, String rule) {
        Alliance before = on.alliance();
        Rejected.with(() -> on.apply(command), TYPE, path, rule);
        assertThat(on.alliance()).as("a refused signing changes nothing").isEqualTo(before);
    }

    /** @return an alliance in Aarhus on a catalogue in which no local union covers Aarhus */
    private static AllianceStory withoutALocalUnion() {
        ReferenceCatalogue bundled = ReferenceCatalogue.bundled();
        Map<MunicipalityCode, dk.welfarealliance.LocalUnionCode> coverage = bundled.getCoverage().entrySet().stream()
                .filter(e -> !e.getKey().equals(Fixtures.AARHUS))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Lifecycle lifecycle = new Lifecycle(bundled.withCoverage(coverage), Fixtures.clock(),
                Lifecycle.DEFAULT_BUSINESS_ZONE, IdGenerator.seeded(7));
        return AllianceStory.on(lifecycle, Fixtures.AARHUS);
    }

    @Test
    void a_local_union_signatory_is_refused_when_the_agreement_has_no_local_union() {
        AllianceStory uncovered = withoutALocalUnion();
        AgreementId id = uncovered.open("Velfærdsalliance");
        assertThat(uncovered.agreement(id).getLocalUnion()).as("no union covers the municipality").isEmpty();

        signingIsRefused(uncovered, signing(id, Fixtures.mayor(uncovered.ids()), Fixtures.localUnionChair(uncovered.ids())),
                "signatories[1].party", "lifecycle.sign.local-union-missing");
    }

    @Test
    void without_a_local_union_the_federation_can_still_sign() {
        AllianceStory uncovered = withoutALocalUnion();
        AgreementId id = uncovered.open("Velfærdsalliance");

        uncovered.apply(signing(id, Fixtures.mayor(uncovered.ids()), Fixtures.dbuChair(uncovered.ids())));

        assertThat(uncovered.agreement(id).getState()).isEqualTo(AgreementState.SIGNED);
    }

    @Test
    void a_local_union_signatory_is_accepted_when_a_local_union_covers_the_municipality() {
        AgreementId id = story.open("Velfærdsalliance");
        assertThat(story.agreement(id).getLocalUnion()).isPresent();

        story.apply(signing(id, Fixtures.mayor(story.ids()), Fixtures.localUnionChair(story.ids()),
                Fixtures.clubChair(story.ids())));

        Agreement signed = story.agreement(id);
        assertThat(signed.getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(signed.getSignatories()).extracting(Signatory::getParty).containsExactly(
                SignatoryParty.MUNICIPALITY, SignatoryParty.LOCAL_UNION, SignatoryParty.CLUB);
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.SIGNED);
    }

    @Test
    void a_signatory_naming_an_unknown_contact_is_refused() {
        AgreementId id = story.open("Velfærdsalliance");
        ContactId stranger = ContactId.of(UUID.fromString("00000000-0000-4000-8000-000000000001"));

        ValidationException e = Rejected.by(() -> story.apply(signing(id, Fixtures.dbuChair(story.ids()),
                Fixtures.mayor(story.ids(), stranger))));

        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getType()).isEqualTo(TYPE);
            assertThat(v.getPath()).isEqualTo("signatories[1].contact");
            assertThat(v.getRule()).isEqualTo("lifecycle.contact.unknown");
            assertThat(v.getAttributes()).containsEntry("contact", stranger);
        });
    }

    @Test
    void a_signatory_naming_a_contact_of_the_alliance_is_accepted() {
        ContactPerson contact = story.execute(PutContact.of(Fixtures.contact(story.ids(), "Jacob Bundsgaard",
                "borgmester@aarhus.dk", "+45 89 40 20 00"))).created(ContactPerson.class);
        AgreementId id = story.open("Velfærdsalliance");

        story.apply(signing(id, Fixtures.mayor(story.ids(), contact.getId()), Fixtures.dbuChair(story.ids())));

        assertThat(story.agreement(id).getSignatories().get(0).getContact()).contains(contact.getId());
        assertThat(story.agreement(id).getState()).isEqualTo(AgreementState.SIGNED);
    }

    @Test
    void a_club_signatory_naming_an_unknown_club_is_refused() {
        AgreementId id = story.open("Velfærdsalliance");
        ClubId stranger = ClubId.of(UUID.fromString("00000000-0000-4000-8000-000000000002"));
        Signatory club = Signatory.builder().party(SignatoryParty.CLUB).role("Formand").club(stranger).build();

        ValidationException e = Rejected.by(() -> story.apply(signing(id, Fixtures.mayor(story.ids()),
                Fixtures.dbuChair(story.ids()), club)));

        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("signatories[2].club");
            assertThat(v.getRule()).isEqualTo("lifecycle.child.unknown");
            assertThat(v.getAttributes()).containsEntry("id", stranger);
        });
    }

    @Test
    void a_club_signatory_naming_a_club_of_the_alliance_is_accepted() {
        Club agf = story.execute(PutClub.of(Club.builder().name("AGF").build())).created(Club.class);
        AgreementId id = story.open("Velfærdsalliance");
        Signatory club = Signatory.builder().party(SignatoryParty.CLUB).role("Formand").club(agf.getId()).build();

        story.apply(signing(id, Fixtures.mayor(story.ids()), Fixtures.dbuChair(story.ids()), club));

        assertThat(story.agreement(id).getSignatories().get(2).getClub()).contains(agf.getId());
    }

    @Test
    void a_partner_signatory_naming_an_unknown_partner_is_refused() {
        AgreementId id = story.open("Velfærdsalliance");
        PartnerId stranger = PartnerId.of(UUID.fromString("00000000-0000-4000-8000-000000000003"));
        Signatory partner = Signatory.builder().party(SignatoryParty.PARTNER).role("Rektor").partner(stranger).build();

        ValidationException e = Rejected.by(() -> story.apply(signing(id, Fixtures.mayor(story.ids()),
                Fixtures.dbuChair(story.ids()), partner)));

        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("signatories[2].partner");
            assertThat(v.getRule()).isEqualTo("lifecycle.child.unknown");
            assertThat(v.getAttributes()).containsEntry("id", stranger);
        });
    }

    @Test
    void a_partner_signatory_naming_a_partner_of_the_alliance_is_accepted() {
        Partner university = story.execute(PutPartner.of(Partner.builder().name("Aarhus Universitet")
                .kind(PartnerKind.UNIVERSITY).build())).created(Partner.class);
        AgreementId id = story.open("Velfærdsalliance");
        Signatory partner = Signatory.builder().party(SignatoryParty.PARTNER).role("Rektor")
                .partner(university.getId()).build();

        story.apply(signing(id, Fixtures.mayor(story.ids()), Fixtures.dbuChair(story.ids()), partner));

        assertThat(story.agreement(id).getSignatories().get(2).getPartner()).contains(university.getId());
    }

    @Test
    void every_broken_signatory_is_named_in_one_error() {
        AgreementId id = story.open("Velfærdsalliance");
        Signatory club = Signatory.builder().party(SignatoryParty.CLUB).role("Formand")
                .club(ClubId.of(UUID.fromString("00000000-0000-4000-8000-000000000004"))).build();
        Signatory partner = Signatory.builder().party(SignatoryParty.PARTNER).role("Rektor")
                .partner(PartnerId.of(UUID.fromString("00000000-0000-4000-8000-000000000005"))).build();

        ValidationException e = Rejected.by(() -> story.apply(signing(id, club, partner)));

        assertThat(e.getViolations()).extracting(Violation::getPath, Violation::getRule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("signatories", "lifecycle.sign.municipality-signatory-required"),
                org.assertj.core.groups.Tuple.tuple("signatories", "lifecycle.sign.football-signatory-required"),
                org.assertj.core.groups.Tuple.tuple("signatories[0].club", "lifecycle.child.unknown"),
                org.assertj.core.groups.Tuple.tuple("signatories[1].partner", "lifecycle.child.unknown"));
    }

    @Test
    void signing_makes_the_agreement_signed_with_its_period_date_and_signatories() {
        AgreementId id = story.open("Velfærdsalliance");
        int entries = story.alliance().getHistory().size();

        story.apply(SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024).signingDate(SIGNED_ON)
                .signatories(Fixtures.mayorAndDbuChair()).build());

        Agreement signed = story.agreement(id);
        assertThat(signed.getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(signed.getPeriod()).contains(Fixtures.TERM_2021_2024);
        assertThat(signed.getSigningDate()).contains(PartialDate.day(SIGNED_ON));
        assertThat(signed.isSignatoriesNotRecorded()).isFalse();
        assertThat(signed.getSignatories()).hasSize(2).allSatisfy(s -> assertThat(s.getId().isAssigned()).isTrue());
        assertThat(signed.getSignatories()).extracting(Signatory::getRole)
                .containsExactly("Borgmester", "Formand for DBU");
        assertThat(story.alliance().getHistory()).hasSize(entries + 1);
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.SIGNED);
        assertThat(story.lastEntry().getOn()).contains(PartialDate.day(SIGNED_ON));
    }

    @Test
    void signing_without_a_signing_date_dates_it_today() {
        AgreementId id = story.open("Velfærdsalliance");

        story.apply(SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024)
                .signatories(Fixtures.mayorAndDbuChair()).build());

        assertThat(story.agreement(id).getSigningDate()).contains(PartialDate.day(LocalDate.of(2024, 3, 1)));
    }

    @Test
    void signing_an_agreement_on_hold_leaves_no_trace_of_the_hold() {
        AgreementId id = story.open("Velfærdsalliance");
        story.hold(id).resume(id);

        story.sign(id, Fixtures.TERM_2021_2024);

        assertThat(story.agreement(id).getHeldFrom()).isEmpty();
        assertThat(story.agreement(id).getState()).isEqualTo(AgreementState.SIGNED);
    }

    @Test
    void signatories_not_recorded_means_none_are_given_and_the_pair_rule_does_not_apply() {
        AgreementId id = story.open("Velfærdsalliance");

        story.apply(SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024).signingDate(SIGNED_ON)
                .signatoriesNotRecorded(true).build());

        Agreement signed = story.agreement(id);
        assertThat(signed.getState()).isEqualTo(AgreementState.SIGNED);
        assertThat(signed.isSignatoriesNotRecorded()).isTrue();
        assertThat(signed.getSignatories()).isEmpty();
    }

    @Test
    void signatories_not_recorded_together_with_signatories_is_refused() {
        AgreementId id = story.open("Velfærdsalliance");

        signingIsRefused(story, SignAgreement.builder().agreement(id).period(Fixtures.TERM_2021_2024)
                        .signingDate(SIGNED_ON).signatoriesNotRecorded(true)
                        .addSignatories(Fixtures.mayor(story.ids())).build(),
                "signatoriesNotRecorded", "agreement.signatories.not-recorded-with-signatories");
    }

    @Test
    void a_term_overlapping_a_signed_term_by_one_day_is_refused() {
        AgreementId first = story.signedTerm("Første", Fixtures.TERM_2021_2024);
        AgreementId second = story.open("Anden");

        ValidationException e = Rejected.by(() -> story.apply(story.signing(second,
                AgreementPeriod.of(LocalDate.of(2024, 12, 31), LocalDate.of(2028, 12, 31))).build()));

        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("period");
            assertThat(v.getRule()).isEqualTo("lifecycle.sign.overlap");
            assertThat(v.getAttributes()).containsEntry("other", first);
        });
    }

    @Test
    void a_term_starting_the_day_after_a_signed_term_ends_needs_no_superseding() {
        story.signedTerm("Første", Fixtures.TERM_2021_2024);
        AgreementId second = story.open("Anden");

        story.sign(second, AgreementPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31)));

        assertThat(story.agreement(second).getState()).isEqualTo(AgreementState.SIGNED);
    }

    @Test
    void superseding_a_term_that_runs_on_to_the_day_before_the_new_start_terminates_it_that_day() {
        AgreementId first = story.signedTerm("Første", Fixtures.TERM_2021_2024);
        AgreementId second = story.open("Anden");
        int entries = story.alliance().getHistory().size();

        story.apply(story.signing(second, AgreementPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31)))
                .supersedes(first).build());

        assertThat(story.agreement(first).getState()).isEqualTo(AgreementState.TERMINATED);
        assertThat(story.agreement(first).getTerminationDate()).contains(LocalDate.of(2024, 12, 31));
        assertThat(story.agreement(first).getTerminationReason()).hasValueSatisfying(r -> assertThat(r)
                .contains(second.toString()).contains("2025-01-01"));
        assertThat(story.alliance().getHistory()).hasSize(entries + 2);
        assertThat(story.lastEntry().getEvent()).isEqualTo(HistoryEvent.SUPERSEDED);
    }

    @Test
    void superseding_an_open_ended_term_in_force_terminates_it_the_day_before_the_new_start() {
        AgreementId first = story.signedTerm("Løbende", AgreementPeriod.openEnded(LocalDate.of(2021, 1, 1)));
        AgreementId second = story.open("Ny");

        story.apply(story.signing(second, AgreementPeriod.of(LocalDate.of(2023, 7, 1), LocalDate.of(2026, 6, 30)))
                .supersedes(first).build());

        assertThat(story.agreement(first).getTerminationDate()).contains(LocalDate.of(2023, 6, 30));
        assertThat(story.agreement(second).getState()).isEqualTo(AgreementState.SIGNED);
    }

    @Test
    void a_term_that_ended_before_the_day_before_the_new_start_cannot_be_superseded() {
        AgreementId first = story.signedTerm("Første", Fixtures.TERM_2021_2024);
        AgreementId second = story.open("Anden");

        ValidationException e = Rejected.by(() -> story.apply(story.signing(second,
                AgreementPeriod.of(LocalDate.of(2025, 1, 2), LocalDate.of(2028, 12, 31))).supersedes(first).build()));

        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("supersedes");
            assertThat(v.getRule()).isEqualTo("lifecycle.sign.supersede-invalid");
            assertThat(v.getAttributes()).containsEntry("other", first);
        });
    }

    @Test
    void a_term_starting_on_the_same_day_cannot_be_superseded() {
        AgreementId first = story.signedTerm("Første", Fixtures.TERM_2021_2024);
        AgreementId second = story.open("Anden");

        signingIsRefused(story, story.signing(second, Fixtures.TERM_2021_2024).supersedes(first).build(),
                "supersedes", "lifecycle.sign.supersede-invalid");
    }

    @Test
    void a_term_whose_end_is_not_recorded_cannot_be_superseded() {
        AgreementId first = story.signedTerm("Ukendt slut", AgreementPeriod.endNotRecorded(LocalDate.of(2021, 1, 1)));
        AgreementId second = story.open("Anden");

        signingIsRefused(story, story.signing(second, AgreementPeriod.of(LocalDate.of(2025, 1, 1),
                LocalDate.of(2028, 12, 31))).supersedes(first).build(), "supersedes", "lifecycle.sign.supersede-invalid");
    }

    @Test
    void a_terminated_term_cannot_be_superseded() {
        AgreementId first = story.signedTerm("Første", Fixtures.TERM_2021_2024);
        story.terminate(first, LocalDate.of(2024, 6, 30), "Opsagt");
        AgreementId second = story.open("Anden");

        signingIsRefused(story, story.signing(second, AgreementPeriod.of(LocalDate.of(2024, 7, 1),
                LocalDate.of(2028, 12, 31))).supersedes(first).build(), "supersedes", "lifecycle.sign.supersede-invalid");
    }

    @Test
    void superseding_names_an_agreement_of_the_alliance() {
        AgreementId second = story.open("Anden");
        AgreementId stranger = Fixtures.lifecycle(4711).ids().newAgreementId();

        signingIsRefused(story, story.signing(second, Fixtures.TERM_2021_2024).supersedes(stranger).build(),
                "supersedes", "lifecycle.agreement.unknown");
    }

    @Test
    void superseding_one_term_does_not_excuse_an_overlap_with_another() {
        AgreementId first = story.signedTerm("Første", AgreementPeriod.of(LocalDate.of(2019, 1, 1),
                LocalDate.of(2020, 12, 31)));
        AgreementId second = story.signedTerm("Anden", AgreementPeriod.openEnded(LocalDate.of(2021, 1, 1)));
        AgreementId third = story.open("Tredje");

        ValidationException e = Rejected.by(() -> story.apply(story.signing(third,
                AgreementPeriod.of(LocalDate.of(2020, 6, 1), LocalDate.of(2025, 12, 31))).supersedes(first).build()));

        assertThat(e.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getRule()).isEqualTo("lifecycle.sign.overlap");
            assertThat(v.getAttributes()).containsEntry("other", second);
        });
    }
}
