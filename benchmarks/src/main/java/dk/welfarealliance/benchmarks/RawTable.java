package dk.welfarealliance.benchmarks;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One of the store's tables as hand-written JDBC sees it: its columns and their types, the {@code SELECT} of
 * one alliance's rows (ordered as the aggregate orders them) and the {@code INSERT} of a row. A row is an
 * {@code Object[]} in column order; the baselines bind and read it with the same typed calls as the store
 * ({@code setObject} of {@link UUID}, {@link LocalDate}, {@link OffsetDateTime}), column by index.
 */
final class RawTable {
    enum Type { UUID, TEXT, DATE, INT, LONG, BOOL, NUMBER, INSTANT }

    private final String name;
    private final Type[] types;
    private final String select;
    private final String insert;

    /** @param columns {@code name:type} pairs separated by spaces, e.g. {@code "alliance_id:uuid seq:long"} */
    RawTable(String name, String columns, String key, String orderBy) {
        this.name = name;
        String[] specs = columns.trim().split("\\s+");
        String[] names = new String[specs.length];
        this.types = new Type[specs.length];
        for (int i = 0; i < specs.length; i++) {
            String[] parts = specs[i].split(":");
            names[i] = parts[0];
            types[i] = Type.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT));
        }
        String list = String.join(", ", names);
        this.select = "SELECT " + list + " FROM wa_" + name + " WHERE " + key + " = ?"
                + (orderBy.isEmpty() ? "" : " ORDER BY " + orderBy);
        this.insert = "INSERT INTO wa_" + name + " (" + list + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(names.length, "?")) + ")";
    }

    String name() {
        return name;
    }

    String selectSql() {
        return select;
    }

    String insertSql() {
        return insert;
    }

    int width() {
        return types.length;
    }

    /** Binds {@code row} as the parameters 1 to n of {@code ps}. */
    void bind(PreparedStatement ps, Object[] row) throws SQLException {
        for (int i = 0; i < types.length; i++) {
            Object v = row[i];
            int p = i + 1;
            switch (types[i]) {
                case UUID -> {
                    if (v == null) {
                        ps.setNull(p, Types.OTHER);
                    } else {
                        ps.setObject(p, v);
                    }
                }
                case TEXT -> ps.setString(p, (String) v);
                case DATE -> {
                    if (v == null) {
                        ps.setNull(p, Types.DATE);
                    } else {
                        ps.setObject(p, v);
                    }
                }
                case INT -> {
                    if (v == null) {
                        ps.setNull(p, Types.INTEGER);
                    } else {
                        ps.setInt(p, (Integer) v);
                    }
                }
                case LONG -> ps.setLong(p, (Long) v);
                case BOOL -> ps.setBoolean(p, (Boolean) v);
                case NUMBER -> ps.setBigDecimal(p, (BigDecimal) v);
                case INSTANT -> ps.setObject(p, OffsetDateTime.ofInstant((Instant) v, ZoneOffset.UTC));
            }
        }
    }

    /** @return the rows of {@code rs}, a result of {@link #selectSql()} */
    List<Object[]> readAll(ResultSet rs) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        while (rs.next()) {
            Object[] row = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                int p = i + 1;
                row[i] = switch (types[i]) {
                    case UUID -> rs.getObject(p, UUID.class);
                    case TEXT -> rs.getString(p);
                    case DATE -> rs.getObject(p, LocalDate.class);
                    case INT -> {
                        int v = rs.getInt(p);
                        yield rs.wasNull() ? null : v;
                    }
                    case LONG -> rs.getLong(p);
                    case BOOL -> rs.getBoolean(p);
                    case NUMBER -> rs.getBigDecimal(p);
                    case INSTANT -> {
                        OffsetDateTime t = rs.getObject(p, OffsetDateTime.class);
                        yield t == null ? null : t.toInstant();
                    }
                };
            }
            rows.add(row);
        }
        return rows;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(types);
    }
}
