package dk.welfarealliance.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.storage.jdbc.Dialect;
import dk.welfarealliance.storage.jdbc.JdbcAllianceStore;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A deep keyset page starts where its cursor is: the database's own plan for the page query, asked with
 * {@code EXPLAIN} on a table of 3,000 alliances, bounds the index range by the cursor's municipality instead of
 * scanning from the first row and filtering.
 */
class KeysetPlanTest {
    private static final int ALLIANCES = 3_000;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_deep_page_by_municipality_uses_the_cursor_as_an_index_bound(Dialect dialect) throws SQLException {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore.create(db.dataSource(), db.config().build());
            TableNames names = new TableNames("wa_", db.schema());
            fill(db, names);
            Cursor deep = Cursor.after(alliance("800"), AllianceCriteria.all(), AllianceSort.MUNICIPALITY);

            List<String> plan = explain(db, names, deep);

            String text = String.join("\n", plan);
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(plan).as(text).anySatisfy(line -> assertThat(line)
                        .contains("Index Cond").contains("municipality").contains(">="));
            } else {
                assertThat(text.toUpperCase(Locale.ROOT)).as(text).contains("WA_ALLIANCE_MUNICIPALITY_IX: MUNICIPALITY >=");
            }
        }
    }

    private static List<String> explain(TestDatabase db, TableNames names, Cursor cursor) throws SQLException {
        AllianceQuery query = AllianceQuery.page(names, AllianceCriteria.all(), AllianceSort.MUNICIPALITY,
                Optional.of(cursor), 51);
        List<String> plan = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = query.prepare(c, "EXPLAIN ");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                plan.add(rs.getString(1));
            }
        }
        return plan;
    }

    /** Minimal alliance rows over 300 municipality codes and two federations per code, then fresh statistics. */
    private static void fill(TestDatabase db, TableNames names) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(names.sql("INSERT INTO ${prefix}alliance (id, federation, "
                    + "municipality, version, last_modified, latest_signed_end) VALUES (?, ?, ?, 1, ?, NULL)"))) {
                for (int i = 0; i < ALLIANCES; i++) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setString(2, "F" + (i / 300));
                    ps.setString(3, String.format("%03d", 100 + i % 300 * 3 % 900));
                    ps.setObject(4, java.time.OffsetDateTime.parse("2024-03-01T10:00:00Z"));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute(db.dialect() == Dialect.POSTGRESQL ? "ANALYZE " + db.qualified("wa_alliance")
                        : "ANALYZE TABLE " + db.qualified("wa_alliance"));
            }
            c.commit();
        }
    }

    private static Alliance alliance(String municipality) {
        Instant at = Instant.parse("2024-03-01T10:00:00Z");
        return Alliance.builder().id(AllianceId.of(UUID.randomUUID())).federation(FederationCode.DBU)
                .municipality(MunicipalityCode.of(municipality)).version(1).lastModified(at)
                .addHistory(HistoryEntry.builder().seq(1).event(HistoryEvent.ALLIANCE_CREATED).at(at)
                        .actor(ActorRef.of("test:plan")).build())
                .build();
    }
}
