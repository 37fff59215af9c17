package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Violations;
import java.util.Comparator;
import java.util.UUID;

/**
 * The one order of ids in the library: the <em>unsigned</em> order of a UUID's 128 bits, the order in
 * which PostgreSQL sorts {@code uuid} values. {@link UUID#compareTo(UUID)} compares signed halves and puts
 * {@code 8000…} before {@code 7fff…}; never use it for anything a backend sorts or pages on.
 */
public final class UuidOrder {
    /** Compares the most significant 64 bits unsigned, then the least significant 64 bits unsigned. */
    public static final Comparator<UUID> UNSIGNED = UuidOrder::compare;

    private UuidOrder() {}

    /** @return a negative number, zero or a positive number as {@code a} sorts before, with or after {@code b} */
    public static int compare(UUID a, UUID b) {
        Violations.requireNonNull(a, "UuidOrder", "a");
        Violations.requireNonNull(b, "UuidOrder", "b");
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
