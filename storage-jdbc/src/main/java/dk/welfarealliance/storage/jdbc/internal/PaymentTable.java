package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.ClubId;
import dk.welfarealliance.Money;
import dk.welfarealliance.PartnerId;
import dk.welfarealliance.Party;
import dk.welfarealliance.SignatoryParty;
import dk.welfarealliance.Payment;
import dk.welfarealliance.PaymentId;
import dk.welfarealliance.PaymentKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code payment}: each agreement's payments, in the order given; money as numeric(15,2) plus currency. */
final class PaymentTable extends EntityTable<PaymentTable.Row> {

    record Row(UUID allianceId, UUID id, UUID agreementId, int position, String kind, BigDecimal amount,
            String currency, String description, String payerKind, UUID payerId, String payeeKind, UUID payeeId)
            implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, agreement_id, position, kind, amount, currency, description, payer_kind, payer_id,
                   payee_kind, payee_id
            FROM ${prefix}payment
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}payment (alliance_id, id, agreement_id, position, kind, amount, currency, description,
                payer_kind, payer_id, payee_kind, payee_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}payment
            SET agreement_id = ?, position = ?, kind = ?, amount = ?, currency = ?, description = ?, payer_kind = ?,
                payer_id = ?, payee_kind = ?, payee_id = ?
            WHERE alliance_id = ? AND id = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}payment WHERE alliance_id = ? AND id = ?
            """;

    PaymentTable(TableNames names) {
        super(names, "payment", SELECT, INSERT, UPDATE, DELETE);
    }

    @Override
    List<Row> rowsOf(Alliance alliance) {
        List<Row> rows = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            List<Payment> payments = a.getPayments();
            for (int i = 0; i < payments.size(); i++) {
                Payment p = payments.get(i);
                rows.add(new Row(alliance.getId().value(), p.getId().value(), a.getId().value(), i, p.getKind().name(),
                        p.getAmount().getAmount(), p.getAmount().getCurrency(), p.getDescription().orElse(null),
                        p.getPayer().map(x -> x.getKind().name()).orElse(null), p.getPayer().flatMap(PaymentTable::partyId).orElse(null),
                        p.getPayee().map(x -> x.getKind().name()).orElse(null), p.getPayee().flatMap(PaymentTable::partyId).orElse(null)));
            }
        }
        return rows;
    }

    Payment toDomain(Row r) {
        return Payment.builder()
                .id(PaymentId.of(r.id()))
                .kind(StoredValues.enumOf(PaymentKind.class, r.kind(), "Payment", "kind"))
                .amount(Money.of(r.amount(), r.currency()))
                .description(Optional.ofNullable(r.description()))
                .payer(party(r.payerKind(), r.payerId(), "payer"))
                .payee(party(r.payeeKind(), r.payeeId(), "payee"))
                .build();
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.uuid(rs, "agreement_id"),
                Columns.integer(rs, "position"), Columns.text(rs, "kind"), Columns.decimal(rs, "amount"),
                Columns.text(rs, "currency"), Columns.text(rs, "description"), Columns.text(rs, "payer_kind"),
                Columns.uuid(rs, "payer_id"), Columns.text(rs, "payee_kind"), Columns.uuid(rs, "payee_id"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.uuid(r.agreementId()).integer(r.position()).text(r.kind()).number(r.amount()).text(r.currency())
                .text(r.description()).text(r.payerKind()).uuid(r.payerId()).text(r.payeeKind()).uuid(r.payeeId());
    }

    private static Optional<UUID> partyId(Party party) {
        return party.getClub().map(ClubId::value).or(() -> party.getPartner().map(PartnerId::value));
    }

    /** A club or partner party keeps its id in one column; the kind says which. */
    private static Optional<Party> party(String kind, UUID id, String path) {
        if (kind == null) {
            return Optional.empty();
        }
        SignatoryParty k = StoredValues.enumOf(SignatoryParty.class, kind, "Payment", path);
        Party.Builder b = Party.builder().kind(k);
        if (id != null && k == SignatoryParty.CLUB) {
            b.club(ClubId.of(id));
        } else if (id != null && k == SignatoryParty.PARTNER) {
            b.partner(PartnerId.of(id));
        }
        return Optional.of(b.build());
    }
}
