package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a seeded id generator promises tests: the same seed gives the same sequence, never the same UUID twice,
 * every UUID shaped as version 4 of the RFC 4122 variant, and ids that do not sort by creation order (so that no
 * test can come to depend on that order by accident).
 */
class IdGeneratorTest {
    private static List<UUID> first(int n, IdGenerator ids) {
        List<UUID> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            result.add(ids.nextUuid());
        }
        return result;
    }

    @Test
    void the_same_seed_gives_the_same_sequence_and_another_seed_another() {
        assertThat(first(50, IdGenerator.seeded(7))).isEqualTo(first(50, IdGenerator.seeded(7)));
        assertThat(first(50, IdGenerator.seeded(7))).doesNotContainAnyElementsOf(first(50, IdGenerator.seeded(8)));
    }

    @Test
    void a_seeded_generator_never_returns_the_same_uuid_twice() {
        assertThat(new HashSet<>(first(10_000, IdGenerator.seeded(3)))).hasSize(10_000);
    }

    @Test
    void a_seeded_uuid_is_a_version_4_uuid_of_the_rfc_4122_variant() {
        assertThat(first(100, IdGenerator.seeded(5))).allSatisfy(u -> {
            assertThat(u.version()).as("version of %s", u).isEqualTo(4);
            assertThat(u.variant()).as("variant of %s", u).isEqualTo(2);
        });
    }

    @Test
    void seeded_ids_do_not_sort_by_creation_order_their_high_bits_differ_from_id_to_id() {
        List<UUID> ids = first(1_000, IdGenerator.seeded(5));
        Set<Long> highBits = new HashSet<>();
        ids.forEach(u -> highBits.add(u.getMostSignificantBits()));

        assertThat(highBits).as("distinct high halves").hasSizeGreaterThan(990);
        assertThat(ids).isNotEqualTo(ids.stream().sorted(UuidOrder::compare).toList());
    }

    @Test
    void the_random_generator_gives_version_4_uuids() {
        assertThat(first(20, IdGenerator.random())).allSatisfy(u -> assertThat(u.version()).isEqualTo(4))
                .doesNotHaveDuplicates();
    }
}
