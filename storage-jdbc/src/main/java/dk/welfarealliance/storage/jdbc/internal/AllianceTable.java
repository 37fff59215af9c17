package dk.welfarealliance.storage.jdbc.internal;

import dk.welfarealliance.Alliance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * {@code alliance}: the aggregate root, one row per alliance, with the version every write checks and the
 * {@code latest_signed_end} that the second sort order uses (computed by core at write time). Its unique
 * constraints name the two keys a duplicate insert can collide on.
 */
final class AllianceTable {

    /**
     * @param revision the random token of the write that stored this version; null for a row written before
     *     schema version 3, which no remembered revision matches
     */
    record Row(UUID id, String federation, String municipality, long version, Instant lastModified,
            LocalDate latestSignedEnd, UUID revision) {}

    /** The columns of {@link Row}, for queries over the table aliased {@code a}. */
    static final String COLUMNS =
            "a.id, a.federation, a.municipality, a.version, a.last_modified, a.latest_signed_end, a.revision";

    private static final String SELECT_BY_ID = """
            SELECT a.id, a.federation, a.municipality, a.version, a.last_modified, a.latest_signed_end, a.revision
            FROM ${prefix}alliance a
            WHERE a.id = ?
            """;
    private static final String SELECT_BY_ID_FOR_UPDATE = """
            SELECT a.id, a.federation, a.municipality, a.version, a.last_modified, a.latest_signed_end, a.revision
            FROM ${prefix}alliance a
            WHERE a.id = ?
            FOR UPDATE
            """;
    private static final String SELECT_BY_NATURAL_KEY = """
            SELECT a.id, a.federation, a.municipality, a.version, a.last_modified, a.latest_signed_end, a.revision
            FROM ${prefix}alliance a
            WHERE a.federation = ? AND a.municipality = ?
            """;
    private static final String SELECT_COLLIDING = """
            SELECT id FROM ${prefix}alliance WHERE id = ? OR (federation = ? AND municipality = ?)
            """;
    private static final String SELECT_VERSION = """
            SELECT version FROM ${prefix}alliance WHERE id = ?
            """;
    private static final String INSERT = """
            INSERT INTO ${prefix}alliance (id, federation, municipality, version, last_modified, latest_signed_end,
                revision)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE ${prefix}alliance
            SET version = ?, last_modified = ?, latest_signed_end = ?, revision = ?
            WHERE id = ? AND version = ?
            """;
    private static final String UPDATE_IF_REVISION = """
            UPDATE ${prefix}alliance
            SET version = ?, last_modified = ?, latest_signed_end = ?, revision = ?
            WHERE id = ? AND version = ? AND revision = ?
            """;
    private static final String DELETE = """
            DELETE FROM ${prefix}alliance WHERE id = ? AND version = ?
            """;

    private final String selectById;
    private final String selectByIdForUpdate;
    private final String selectByNaturalKey;
    private final String selectColliding;
    private final String selectVersion;
    private final String insert;
    private final String update;
    private final String updateIfRevision;
    private final String delete;
    private final String primaryKey;
    private final String naturalKey;

    AllianceTable(TableNames names) {
        this.selectById = names.sql(SELECT_BY_ID);
        this.selectByIdForUpdate = names.sql(SELECT_BY_ID_FOR_UPDATE);
        this.selectByNaturalKey = names.sql(SELECT_BY_NATURAL_KEY);
        this.selectColliding = names.sql(SELECT_COLLIDING);
        this.selectVersion = names.sql(SELECT_VERSION);
        this.insert = names.sql(INSERT);
        this.update = names.sql(UPDATE);
        this.updateIfRevision = names.sql(UPDATE_IF_REVISION);
        this.delete = names.sql(DELETE);
        this.primaryKey = names.table("alliance_pk");
        this.naturalKey = names.table("alliance_natural_key");
    }

    /** @return the row that stores {@code alliance} at {@code version}, written with {@code revision} */
    static Row rowOf(Alliance alliance, long version, UUID revision) {
        return new Row(alliance.getId().value(), alliance.getFederation().value(), alliance.getMunicipality().value(),
                version, alliance.getLastModified(), alliance.latestSignedEnd().orElse(null), revision);
    }

    /** @return whether {@code constraint} (as the database reports it) is the primary key */
    boolean isPrimaryKey(String constraint) {
        return primaryKey.equalsIgnoreCase(constraint);
    }

    /** @return whether {@code constraint} (as the database reports it) is the natural key */
    boolean isNaturalKey(String constraint) {
        return naturalKey.equalsIgnoreCase(constraint);
    }

    /** One statement. */
    List<Row> selectById(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectById)) {
            new Binder(ps).uuid(id);
            return readAll(ps);
        }
    }

    /**
     * One statement: the row, locked until the transaction ends. Every writer takes this lock (insert by
     * creating the row, update here, delete by deleting it) before it touches child rows, so what the holder
     * reads next at read committed is one version, and stays it.
     */
    List<Row> selectByIdForUpdate(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectByIdForUpdate)) {
            new Binder(ps).uuid(id);
            return readAll(ps);
        }
    }

    /** One statement, carrying {@code prologue} if present ({@link Statements#prologue}). */
    List<Row> selectByNaturalKey(Connection c, Optional<String> prologue, String federation, String municipality)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Statements.prologue(prologue, selectByNaturalKey))) {
            new Binder(ps).text(federation).text(municipality);
            Statements.readAll(ps, 1, (i, rs) -> rows.addAll(readAll(rs)));
        }
        return rows;
    }

    /** One statement: the ids of the stored alliances that have {@code r}'s id or natural key. */
    List<UUID> selectColliding(Connection c, Row r) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(selectColliding)) {
            new Binder(ps).uuid(r.id()).text(r.federation()).text(r.municipality());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(Columns.uuid(rs, "id"));
                }
            }
        }
        return ids;
    }

    /** One statement: the stored version, or empty if no alliance has {@code id}. */
    OptionalLong selectVersion(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectVersion)) {
            new Binder(ps).uuid(id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** One statement. */
    void insert(Connection c, Row r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            new Binder(ps).uuid(r.id()).text(r.federation()).text(r.municipality()).bigint(r.version())
                    .instant(r.lastModified()).date(r.latestSignedEnd()).uuid(r.revision());
            ps.executeUpdate();
        }
    }

    /** One statement: moves the row from {@code expectedVersion} to {@code r.version()}; returns the rows changed. */
    int update(Connection c, Row r, long expectedVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(update)) {
            new Binder(ps).bigint(r.version()).instant(r.lastModified()).date(r.latestSignedEnd()).uuid(r.revision())
                    .uuid(r.id()).bigint(expectedVersion);
            return ps.executeUpdate();
        }
    }

    /**
     * One statement: moves the row from {@code expectedVersion} to {@code r.version()} only if it is still the
     * write {@code expectedRevision} stored, locking it; returns the rows changed (0 if it is at another version,
     * was written by another write, or is gone).
     */
    int updateIfRevision(Connection c, Row r, long expectedVersion, UUID expectedRevision) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(updateIfRevision)) {
            new Binder(ps).bigint(r.version()).instant(r.lastModified()).date(r.latestSignedEnd()).uuid(r.revision())
                    .uuid(r.id()).bigint(expectedVersion).uuid(expectedRevision);
            return ps.executeUpdate();
        }
    }

    /** One statement: deletes the row (its children by cascade) if at {@code expectedVersion}; returns the rows deleted. */
    int delete(Connection c, UUID id, long expectedVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(delete)) {
            new Binder(ps).uuid(id).bigint(expectedVersion);
            return ps.executeUpdate();
        }
    }

    /** @return the query of the row with one id, bound as a uuid */
    String selectByIdSql() {
        return selectById;
    }

    /** @return the query of the row with one id, bound as a uuid, locking it until the transaction ends */
    String selectByIdForUpdateSql() {
        return selectByIdForUpdate;
    }

    /** @return every row of {@code ps}'s result, which selects {@link #COLUMNS} */
    static List<Row> readAll(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return readAll(rs);
        }
    }

    /** @return every row of {@code rs}, a result that selects {@link #COLUMNS} */
    static List<Row> readAll(ResultSet rs) throws SQLException {
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(new Row(Columns.uuid(rs, "id"), Columns.text(rs, "federation"), Columns.text(rs, "municipality"),
                    Columns.bigint(rs, "version"), Columns.instant(rs, "last_modified"),
                    Columns.date(rs, "latest_signed_end"), Columns.uuid(rs, "revision")));
        }
        return rows;
    }
}
