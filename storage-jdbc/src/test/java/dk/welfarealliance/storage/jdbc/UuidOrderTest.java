package dk.welfarealliance.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.Page;
import dk.welfarealliance.storage.PageRequest;
import dk.welfarealliance.storage.jdbc.testing.Alliances;
import dk.welfarealliance.storage.jdbc.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ids sort in the unsigned order of their 128 bits on both databases (docs/model.md): {@code 7fff…} before
 * {@code 8000…} before {@code ffff…}, where {@link UUID#compareTo} would put {@code 8000…} and {@code ffff…}
 * first. The tie-breaker of every sort and the keyset of every page depend on it.
 */
class UuidOrderTest {
    private static final List<String> UNSIGNED_ORDER = List.of(
            "00000000-0000-0000-7fff-ffffffffffff",
            "00000000-0000-0000-8000-000000000000",
            "7fffffff-ffff-ffff-ffff-ffffffffffff",
            "80000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff");

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void alliances_with_the_same_sort_key_come_in_unsigned_id_order_whole_and_page_by_page(Dialect dialect) {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            JdbcAllianceStore store = JdbcAllianceStore.create(db.dataSource(), db.config().build());
            IdGenerator ids = IdGenerator.seeded(61);
            List<String> shuffled = List.of(UNSIGNED_ORDER.get(4), UNSIGNED_ORDER.get(1), UNSIGNED_ORDER.get(3),
                    UNSIGNED_ORDER.get(0), UNSIGNED_ORDER.get(2));
            for (int i = 0; i < shuffled.size(); i++) {
                Alliance a = Alliances.withId(Alliances.empty(ids, "751"), AllianceId.parse(shuffled.get(i)));
                store.insert(Alliance.builder().from(a).federation(FederationCode.of("FED" + i)).build());
            }

            for (AllianceSort sort : AllianceSort.values()) {
                Page whole = store.query(AllianceCriteria.all(), PageRequest.first(10, sort));
                assertThat(ids(whole.getItems())).as("%s, one page", sort).isEqualTo(UNSIGNED_ORDER);
                assertThat(ids(pageByPage(store, sort))).as("%s, pages of one", sort).isEqualTo(UNSIGNED_ORDER);
            }
        }
    }

    private static List<Alliance> pageByPage(JdbcAllianceStore store, AllianceSort sort) {
        List<Alliance> all = new ArrayList<>();
        Page page = store.query(AllianceCriteria.all(), PageRequest.first(1, sort));
        all.addAll(page.getItems());
        while (page.getNext().isPresent()) {
            page = store.query(AllianceCriteria.all(), PageRequest.after(page.getNext().get(), 1));
            all.addAll(page.getItems());
        }
        return all;
    }

    private static List<String> ids(List<Alliance> alliances) {
        return alliances.stream().map(a -> a.getId().toString()).toList();
    }
}
