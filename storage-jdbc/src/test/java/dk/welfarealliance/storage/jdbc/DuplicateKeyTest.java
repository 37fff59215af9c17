package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.DuplicateAllianceException;
import dk.welfarealliance.storage.IntegrityException;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 23505 on insert names the key that collided, found without reading the message: from the constraint name
 * PostgreSQL reports, from a lookup on H2, whose transaction survives the error. Any other unique constraint
 * is an integrity error.
 */
class DuplicateKeyTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_taken_id_a_taken_natural_key_and_both_are_told_apart(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            IdGenerator ids = IdGenerator.seeded(101);
            Alliance stored = store.insert(Alliances.full(ids, "751"));
            Alliance sameId = Alliance.builder().from(Alliances.empty(ids, "101")).id(stored.getId()).build();
            Alliance sameNaturalKey = Alliances.empty(ids, "751");
            Alliance sameBoth = Alliances.withId(Alliances.empty(ids, "751"), stored.getId());

            assertThatThrownBy(() -> store.insert(sameId)).isInstanceOfSatisfying(DuplicateAllianceException.class,
                    e -> assertThat(e.getKey()).isEqualTo(DuplicateAllianceException.Key.ID))
                    .hasCauseInstanceOf(SQLException.class);
            assertThatThrownBy(() -> store.insert(sameNaturalKey)).isInstanceOfSatisfying(DuplicateAllianceException.class,
                    e -> assertThat(e.getKey()).isEqualTo(DuplicateAllianceException.Key.NATURAL_KEY));
            assertThatThrownBy(() -> store.insert(sameBoth)).isInstanceOf(DuplicateAllianceException.class);
            assertThat(store.count(AllianceCriteria.all())).isEqualTo(1);
            assertThat(store.findById(stored.getId())).contains(stored);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_unique_constraint_the_store_does_not_know_is_an_integrity_error(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            db.execute("CREATE UNIQUE INDEX wa_test_one_per_moment ON " + db.qualified("wa_alliance") + " (last_modified)");
            IdGenerator ids = IdGenerator.seeded(102);
            store.insert(Alliances.empty(ids, "751"));
            Alliance sameMoment = Alliance.builder().from(Alliances.empty(ids, "101"))
                    .federation(FederationCode.of("DAI")).build();

            assertThatThrownBy(() -> store.insert(sameMoment)).isInstanceOf(IntegrityException.class)
                    .hasMessageContaining("23505")
                    .hasCauseInstanceOf(SQLException.class);
        }
    }
}
