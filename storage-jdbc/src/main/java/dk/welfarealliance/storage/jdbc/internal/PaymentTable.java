package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Money;
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
            String currency, String description) implements EntityRow {}

    private static final String SELECT = """
            SELECT alliance_id, id, agreement_id, position, kind, amount, currency, description
            FROM ${prefix}payment
            WHERE alliance_id = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}payment (alliance_id, id, agreement_id, position, kind, amount, currency, description)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}payment
            SET agreement_id = ?, position = ?, kind = ?, amount = ?, currency = ?, description = ?
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
                        p.getAmount().getAmount(), p.getAmount().getCurrency(), p.getDescription().orElse(null)));
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
                .build();
    }

    @Override
    Row read(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "alliance_id"), Columns.uuid(rs, "id"), Columns.uuid(rs, "agreement_id"),
                Columns.integer(rs, "position"), Columns.text(rs, "kind"), Columns.decimal(rs, "amount"),
                Columns.text(rs, "currency"), Columns.text(rs, "description"));
    }

    @Override
    void bindValues(Binder b, Row r) throws SQLException {
        b.uuid(r.agreementId()).integer(r.position()).text(r.kind()).number(r.amount()).text(r.currency())
                .text(r.description());
    }
}
