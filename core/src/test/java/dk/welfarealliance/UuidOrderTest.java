package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dk.welfarealliance.testing.PropertyRuns;
import java.math.BigInteger;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Ids are ordered by the unsigned value of their 128 bits, as PostgreSQL orders uuid (docs/model.md). */
class UuidOrderTest {
    private static final Gen<UUID> UUIDS = longs().all().zip(longs().all(), UUID::new);

    /** The reference: the UUID's 16 bytes, big-endian, as an unsigned number. */
    private static BigInteger unsigned(UUID u) {
        byte[] bytes = new byte[16];
        long hi = u.getMostSignificantBits();
        long lo = u.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (hi >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return new BigInteger(1, bytes);
    }

    @Test
    void the_order_of_two_ids_is_the_order_of_their_unsigned_128_bit_values() {
        PropertyRuns.qt(1000).forAll(UUIDS, UUIDS).checkAssert((a, b) -> {
            int expected = unsigned(a).compareTo(unsigned(b));
            assertThat(Integer.signum(UuidOrder.compare(a, b))).as(a + " vs " + b).isEqualTo(expected);
            assertThat(Integer.signum(AgreementId.of(a).compareTo(AgreementId.of(b)))).isEqualTo(expected);
        });
    }

    @Test
    void an_id_with_the_high_bit_set_sorts_after_one_without_unlike_uuid_compare_to() {
        UUID high = UUID.fromString("80000000-0000-4000-8000-000000000000");
        UUID low = UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff");

        assertThat(UuidOrder.compare(low, high)).isNegative();
        assertThat(low.compareTo(high)).isPositive();
    }
}
