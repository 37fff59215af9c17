package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The store's operations on a connection the caller has put in a transaction: the statements of {@link
 * AggregateReader} and {@link AggregateWriter} over the tables of one prefix and schema. Stateless and
 * thread-safe.
 */
public final class AllianceOperations {
    private final AggregateReader reader;
    private final AggregateWriter writer;

    /** Fills the SQL of every table for {@code names}, once. */
    public AllianceOperations(SqlDialect dialect, TableNames names) {
        Tables tables = new Tables(names);
        this.reader = new AggregateReader(tables, names);
        this.writer = new AggregateWriter(tables, dialect, reader);
    }

    /** Inserts at version 1 (18 statements); see {@link AggregateWriter}. */
    public Alliance insert(Connection c, Alliance alliance) throws SQLException {
        return writer.insert(c, alliance);
    }

    /** Updates to the next version (65 statements); see {@link AggregateWriter}. */
    public Alliance update(Connection c, Alliance alliance) throws SQLException {
        return writer.update(c, alliance);
    }

    /** Deletes if at the expected version (1 statement); see {@link AggregateWriter}. */
    public void delete(Connection c, AllianceId id, long expectedVersion) throws SQLException {
        writer.delete(c, id, expectedVersion);
    }

    /** Reads by id (18 statements, 1 if absent); see {@link AggregateReader}. */
    public Optional<Alliance> findById(Connection c, AllianceId id) throws SQLException {
        return reader.findById(c, id.value());
    }

    /** Reads by natural key (18 statements, 1 if absent); see {@link AggregateReader}. */
    public Optional<Alliance> findByNaturalKey(Connection c, FederationCode federation, MunicipalityCode municipality)
            throws SQLException {
        return reader.findByNaturalKey(c, federation, municipality);
    }

    /** Reads one page (18 statements, 1 if empty); see {@link AggregateReader}. */
    public Page query(Connection c, AllianceCriteria criteria, PageRequest page) throws SQLException {
        return reader.query(c, criteria, page);
    }

    /** Counts (1 statement); see {@link AggregateReader}. */
    public long count(Connection c, AllianceCriteria criteria) throws SQLException {
        return reader.count(c, criteria);
    }
}
