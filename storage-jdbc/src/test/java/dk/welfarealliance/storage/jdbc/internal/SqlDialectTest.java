package dk.welfarealliance.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.storage.jdbc.Dialect;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each dialect claims about its database holds on that database. */
class SqlDialectTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_dialect_says_a_transaction_goes_on_after_a_failed_statement_exactly_when_its_database_lets_it(
            Dialect dialect) throws SQLException {
        try (TestDatabase db = TestDatabase.open(dialect); Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("SELECT * FROM wa_no_such_table")).isInstanceOf(SQLException.class);

                assertThat(SqlDialect.of(dialect).continuesAfterError()).isEqualTo(runs(s, "SELECT 1"));
            } finally {
                c.rollback();
            }
        }
    }

    private static boolean runs(Statement s, String sql) {
        try {
            s.execute(sql);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
