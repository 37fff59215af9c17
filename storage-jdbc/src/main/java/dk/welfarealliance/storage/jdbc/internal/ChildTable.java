package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Alliance;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A table below the alliance table: one list or set of the aggregate. Each subclass owns its SQL (text blocks
 * with the {@value TableNames#TOKEN} placeholder) and maps both ways between the aggregate and its rows.
 *
 * <p>Rows are records of the column values as stored (codes as text, absent values as null), so two rows
 * are equal exactly when the stored row would not change; that is how an update finds the rows to leave
 * alone. Every statement binds the key columns and the value columns in the same order: {@code INSERT} key
 * then values, {@code UPDATE} values then key, {@code DELETE} key.
 *
 * @param <R> the row record
 */
abstract class ChildTable<R> {
    private final String name;
    private final String select;
    private final String insert;
    private final Optional<String> update;
    private final Optional<String> delete;

    /**
     * @param update the update statement, or null for a table whose columns are all key columns
     * @param delete the delete statement, or null for an append-only table
     */
    ChildTable(TableNames names, String name, String select, String insert, String update, String delete) {
        this.name = name;
        this.select = names.sql(select);
        this.insert = names.sql(insert);
        this.update = Optional.ofNullable(update).map(names::sql);
        this.delete = Optional.ofNullable(delete).map(names::sql);
    }

    /** @return the unprefixed table name */
    final String name() {
        return name;
    }

    /** @return the query of all rows of the alliances whose ids are bound as one uuid array */
    final String selectSql() {
        return select;
    }

    final String insertSql() {
        return insert;
    }

    /** @return the update statement; empty when every column is a key column (a changed row is a new row) */
    final Optional<String> updateSql() {
        return update;
    }

    /** @return the delete statement; empty for an append-only table */
    final Optional<String> deleteSql() {
        return delete;
    }

    /** @return the rows that represent {@code alliance}, parents before children where the table nests */
    abstract List<R> rowsOf(Alliance alliance);

    /** @return the row at the cursor of {@code rs}, a result of {@link #selectSql()} */
    abstract R read(ResultSet rs) throws SQLException;

    /** @return the alliance the row belongs to */
    abstract UUID allianceOf(R row);

    /** @return the row's key within its alliance (a value with equals and hashCode) */
    abstract Object keyOf(R row);

    /** Binds the key columns, alliance id first. */
    abstract void bindKey(Binder binder, R row) throws SQLException;

    /** Binds the value columns, in the order of the insert and update statements; nothing for key-only tables. */
    abstract void bindValues(Binder binder, R row) throws SQLException;

    @Override
    public String toString() {
        return name;
    }
}
