package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoundTripTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void an_alliance_with_rows_in_every_child_table_reads_back_equal(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            Alliance alliance = Alliances.full(IdGenerator.seeded(1), "751", 2);

            Alliance stored = store.insert(alliance);

            assertThat(stored).isEqualTo(alliance.withVersion(1));
            assertThat(store.findById(alliance.getId())).contains(stored);
            assertThat(store.findByNaturalKey(alliance.getFederation(), alliance.getMunicipality())).contains(stored);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void an_update_is_read_back_at_the_next_version(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            IdGenerator ids = IdGenerator.seeded(2);
            Alliance stored = store.insert(Alliances.full(ids, "751", 2));
            Alliance changed = Alliance.builder().from(stored)
                    .clubs(stored.getClubs().subList(1, 2))
                    .addClubs(Club.builder().id(ids.newClubId()).name("Ny klub").build())
                    .build();

            Alliance updated = store.update(changed);

            assertThat(updated.getVersion()).isEqualTo(2);
            assertThat(store.findById(stored.getId())).contains(updated);
        }
    }
}
