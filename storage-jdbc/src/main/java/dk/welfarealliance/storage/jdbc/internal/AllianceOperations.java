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
 * AggregateReader} and {@link AggregateWriter} over the tables of one prefix and schema. Thread-safe; its only
 * state is the {@link KnownRevisions} that spare an update the reading of what it replaces.
 */
public final class AllianceOperations {
    private final AggregateReader reader;
    private final AggregateWriter writer;

    /**
     * Fills the SQL of every table for {@code names}, once.
     *
     * @param rememberedAlliances how many alliances to remember ({@link KnownRevisions}); 0 for none
     */
    public AllianceOperations(SqlDialect dialect, TableNames names, int rememberedAlliances) {
        Tables tables = new Tables(names);
        KnownRevisions known = new KnownRevisions(rememberedAlliances);
        this.reader = new AggregateReader(tables, names, dialect, known);
        this.writer = new AggregateWriter(tables, dialect, reader, known);
    }

    /** Inserts at version 1 (1 + one per child table with rows); see {@link AggregateWriter}. */
    public Written insert(Connection c, Alliance alliance) throws SQLException {
        AggregateWriter.Written w = writer.insert(c, alliance);
        return new Written(w);
    }

    /** Updates to the next version (statements: see {@link AggregateWriter}). */
    public Written update(Connection c, Alliance alliance) throws SQLException {
        return new Written(writer.update(c, alliance));
    }

    /**
     * Remembers what a write stored, once its transaction has committed (or, in the caller's transaction, once
     * the store has done its part): the next update of that version needs no reading of what it replaces.
     */
    public void remember(Written written) {
        writer.remember(written.written);
    }

    /** What an insert or update stored; {@link #alliance()} is what the store returns. */
    public static final class Written {
        private final AggregateWriter.Written written;

        private Written(AggregateWriter.Written written) {
            this.written = written;
        }

        /** @return the alliance as stored, at its new version */
        public Alliance alliance() {
            return written.alliance();
        }
    }

    /** Deletes if at the expected version (1 statement); see {@link AggregateWriter}. */
    public void delete(Connection c, AllianceId id, long expectedVersion) throws SQLException {
        writer.delete(c, id, expectedVersion);
    }

    /**
     * Reads by id; see {@link AggregateReader}.
     *
     * @param prologue what the first statement carries ({@link Transactions.ReadWork})
     */
    public Optional<Alliance> findById(Connection c, Optional<String> prologue, AllianceId id) throws SQLException {
        return reader.findById(c, prologue, id.value());
    }

    /** Reads by natural key; see {@link AggregateReader}. */
    public Optional<Alliance> findByNaturalKey(Connection c, Optional<String> prologue, FederationCode federation,
            MunicipalityCode municipality) throws SQLException {
        return reader.findByNaturalKey(c, prologue, federation, municipality);
    }

    /** Reads one page; see {@link AggregateReader}. */
    public Page query(Connection c, Optional<String> prologue, AllianceCriteria criteria, PageRequest page)
            throws SQLException {
        return reader.query(c, prologue, criteria, page);
    }

    /** Counts (1 statement); see {@link AggregateReader}. */
    public long count(Connection c, Optional<String> prologue, AllianceCriteria criteria) throws SQLException {
        return reader.count(c, prologue, criteria);
    }
}
