package dk.welfarealliance.storage.tck.generators;

import dk.welfarealliance.AllianceId;
import java.util.List;
import java.util.UUID;
import org.quicktheories.core.Gen;

/**
 * UUIDs for ids, biased towards the values where signed and unsigned order disagree (docs/model.md): the order
 * of ids is the unsigned order of the 128 bits, as PostgreSQL orders {@code uuid}; {@link UUID#compareTo}
 * is signed and puts {@code 8000…} before {@code 7fff…}.
 *
 * @since 0.1.0
 */
public final class UuidGenerators {
    /** The edges, in ascending unsigned order: sign flips in the high and in the low 64 bits, and both ends. */
    public static final List<UUID> EDGE_UUIDS = List.of(
            UUID.fromString("00000000-0000-0000-0000-000000000000"),
            UUID.fromString("00000000-0000-0000-0000-000000000001"),
            UUID.fromString("00000000-0000-0000-7fff-ffffffffffff"),
            UUID.fromString("00000000-0000-0000-8000-000000000000"),
            UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"),
            UUID.fromString("80000000-0000-0000-0000-000000000000"),
            UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"));

    private UuidGenerators() {}

    /** @return UUIDs: one of {@link #EDGE_UUIDS} now and then, otherwise any 128 bits */
    public static Gen<UUID> uuids() {
        return Draw.gen(UuidGenerators::uuid);
    }

    /** @return alliance ids drawn from {@link #uuids()} */
    public static Gen<AllianceId> allianceIds() {
        return Draw.gen(d -> AllianceId.of(uuid(d)));
    }

    static UUID uuid(Draw d) {
        return d.chance(20) ? d.pick(EDGE_UUIDS) : d.uuid();
    }
}
