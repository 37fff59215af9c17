package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.service.Lifecycle;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.Rejected;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules of small domain values broken alone: a party names a club only as a club party and a partner only as a
 * partner party, a payment's amount is positive (one øre is), a target group reads as its code, and an alliance
 * finds a contact by id.
 */
class SmallValueRulesTest {
    private final Lifecycle lifecycle = Fixtures.lifecycle(17);
    private final IdGenerator ids = lifecycle.ids();

    @Test
    void a_party_names_a_partner_only_as_a_partner_party() {
        PartnerId partner = ids.newPartnerId();

        Rejected.with(() -> Party.builder().kind(SignatoryParty.CLUB).partner(partner).build(),
                "Party", "partner", "party.reference-kind");
        assertThat(Party.partner(partner).getPartner()).contains(partner);
    }

    @Test
    void a_party_names_a_club_only_as_a_club_party() {
        ClubId club = ids.newClubId();

        Rejected.with(() -> Party.builder().kind(SignatoryParty.PARTNER).club(club).build(),
                "Party", "club", "party.reference-kind");
        assertThat(Party.club(club).getClub()).contains(club);
    }

    @Test
    void a_payment_of_one_oere_is_accepted_and_one_of_nothing_rejected() {
        Payment.Builder b = Payment.builder().id(ids.newPaymentId()).kind(PaymentKind.ONE_OFF);

        assertThat(b.amount(Money.dkk(new BigDecimal("0.01"))).build().getAmount()).isEqualTo(Money.dkk("0.01"));
        Rejected.with(() -> b.amount(Money.dkk(BigDecimal.ZERO)).build(), "Payment", "amount", "amount.positive");
        Rejected.with(() -> b.amount(Money.dkk(new BigDecimal("-0.01"))).build(), "Payment", "amount",
                "amount.positive");
    }

    @Test
    void a_target_group_reads_as_its_code() {
        assertThat(TargetGroup.GIRLS).hasToString("girls");
        assertThat(TargetGroup.of("walking-football")).hasToString("walking-football");
    }

    @Test
    void an_alliance_finds_a_contact_by_its_id_and_no_other() {
        ContactPerson mette = Fixtures.contact(ids, "Mette Holm", "mette@aarhus.dk", "+4512345678");
        ContactPerson jens = Fixtures.contact(ids, "Jens Bak", "jens@aarhus.dk", "+4587654321");
        Alliance alliance = lifecycle.createAlliance(FederationCode.DBU, Fixtures.AARHUS, Fixtures.ACTOR)
                .withContacts(mette, jens);

        assertThat(alliance.contact(jens.getId())).contains(jens);
        assertThat(alliance.contact(mette.getId())).contains(mette);
        assertThat(alliance.contact(ids.newContactId())).isEqualTo(Optional.empty());
    }
}
