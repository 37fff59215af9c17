package dk.welfarealliance.storage.jdbc.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads columns with the types {@link Binder} writes. SQL NULL reads as Java null: rows are internal and
 * mirror the table; the domain builders turn a null where a value is required into the typed validation
 * error, which the store reports as stored data that is invalid.
 */
final class Columns {
    private Columns() {}

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static String text(ResultSet rs, String column) throws SQLException {
        return rs.getString(column);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * @return the number without trailing zeros and with a scale of at least 0, as core normalises numbers
     *     when values are built, so that a row read back equals the row written (numeric(18,6) pads zeros)
     */
    static BigDecimal number(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** @return the number as stored, for money, whose scale core fixes at 2 as the column does */
    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    static int integer(ResultSet rs, String column) throws SQLException {
        return rs.getInt(column);
    }

    /** @return the integer, or null for SQL NULL */
    static Integer nullableInteger(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static long bigint(ResultSet rs, String column) throws SQLException {
        return rs.getLong(column);
    }

    static boolean bool(ResultSet rs, String column) throws SQLException {
        return rs.getBoolean(column);
    }
}
