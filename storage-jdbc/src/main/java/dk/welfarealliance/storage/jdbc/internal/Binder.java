package dk.welfarealliance.storage.jdbc.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Binds the parameters of one statement from left to right, with the column types of docs/jdbc-store.md: instants
 * as {@link OffsetDateTime} in UTC (never {@code java.sql.Timestamp}, so the JVM's time zone plays no part),
 * dates as {@link LocalDate}, uuids as {@link UUID}. A null binds SQL NULL.
 */
final class Binder {
    private final PreparedStatement statement;
    private int index = 1;

    Binder(PreparedStatement statement) {
        this.statement = statement;
    }

    Binder uuid(UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index++, Types.OTHER);
        } else {
            statement.setObject(index++, value);
        }
        return this;
    }

    Binder text(String value) throws SQLException {
        if (value == null) {
            statement.setNull(index++, Types.VARCHAR);
        } else {
            statement.setString(index++, value);
        }
        return this;
    }

    Binder date(LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index++, Types.DATE);
        } else {
            statement.setObject(index++, value);
        }
        return this;
    }

    Binder instant(Instant value) throws SQLException {
        statement.setObject(index++, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        return this;
    }

    Binder number(BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index++, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index++, value);
        }
        return this;
    }

    Binder integer(int value) throws SQLException {
        statement.setInt(index++, value);
        return this;
    }

    Binder nullableInteger(Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index++, Types.INTEGER);
        } else {
            statement.setInt(index++, value);
        }
        return this;
    }

    Binder bigint(long value) throws SQLException {
        statement.setLong(index++, value);
        return this;
    }

    Binder bool(boolean value) throws SQLException {
        statement.setBoolean(index++, value);
        return this;
    }

    Binder array(Array value) throws SQLException {
        statement.setArray(index++, value);
        return this;
    }
}
