package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tables are for reporting users too: the query of docs/jdbc-store.md ("municipalities with an agreement
 * in force on a given date", the date bound as a parameter) gives, on both databases, what the store's own
 * query gives.
 */
class ReportingQueryTest {
    /** The query of docs/jdbc-store.md, for the default prefix {@code wa_}. */
    static final String MUNICIPALITIES_IN_FORCE_ON = """
            SELECT DISTINCT a.municipality
            FROM wa_alliance a
            JOIN wa_agreement g ON g.alliance_id = a.id
            WHERE g.state IN ('SIGNED', 'TERMINATED')
              AND g.period_start <= ?
              AND (g.effective_end >= ? OR (g.state = 'SIGNED' AND g.period_end_kind = 'OPEN_ENDED'))
            ORDER BY a.municipality
            """;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void the_reporting_query_finds_the_municipalities_the_store_finds_in_force_on_each_day(Dialect dialect)
            throws SQLException {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            IdGenerator ids = IdGenerator.seeded(71);
            store.insert(Alliances.full(ids, "751"));                                    // signed 2021–2024
            store.insert(Alliances.empty(ids, "101"));                                   // no agreement
            store.insert(withAgreement(Alliances.full(ids, "461"), AgreementState.TERMINATED, LocalDate.of(2022, 6, 30)));
            store.insert(withAgreement(Alliances.full(ids, "851"), AgreementState.TERMINATED, LocalDate.of(2020, 12, 31)));
            store.insert(draft(Alliances.full(ids, "147")));

            for (LocalDate day : List.of(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30),
                    LocalDate.of(2022, 7, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1))) {
                List<String> byStore = storeQuery(store, day);
                assertThat(reportingQuery(db, day)).as("in force on %s", day).isEqualTo(byStore);
            }
            assertThat(reportingQuery(db, LocalDate.of(2022, 1, 1))).containsExactly("461", "751");
            assertThat(reportingQuery(db, LocalDate.of(2023, 1, 1))).containsExactly("751");
        }
    }

    private static List<String> reportingQuery(TestDatabase db, LocalDate day) throws SQLException {
        List<String> municipalities = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            if (db.schema().isPresent()) {
                // A reporting user sets the schema once; the query itself names tables by prefix only.
                setSchema(c, db);
            }
            try (PreparedStatement ps = c.prepareStatement(MUNICIPALITIES_IN_FORCE_ON)) {
                ps.setObject(1, day);
                ps.setObject(2, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        municipalities.add(rs.getString(1));
                    }
                }
            }
        }
        return municipalities;
    }

    private static void setSchema(Connection c, TestDatabase db) {
        try {
            c.setSchema(db.dialect() == Dialect.H2 ? db.schema().orElseThrow().toUpperCase(Locale.ROOT)
                    : db.schema().orElseThrow());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> storeQuery(JdbcAllianceStore store, LocalDate day) {
        AllianceCriteria inForce = AllianceCriteria.builder()
                .agreement(AgreementFilter.builder().inForceOn(day).build()).build();
        Page page = store.query(inForce, PageRequest.first(PageRequest.MAX_SIZE));
        return page.getItems().stream().map(a -> a.getMunicipality().value()).toList();
    }

    private static Alliance withAgreement(Alliance a, AgreementState state, LocalDate terminationDate) {
        Agreement signed = a.getAgreements().get(0);
        Agreement terminated = Agreement.builder().from(signed).state(state).terminationDate(terminationDate)
                .terminationReason("Opsagt").build();
        return Alliance.builder().from(a).agreements(List.of(terminated)).build();
    }

    private static Alliance draft(Alliance a) {
        Agreement d = Agreement.builder().id(a.getAgreements().get(0).getId()).title("Udkast").state(AgreementState.IN_DIALOGUE)
                .period(AgreementPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31))).build();
        return Alliance.builder().from(a).agreements(List.of(d)).history(List.of()).build();
    }
}
