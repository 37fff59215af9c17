package dk.welfarealliance.storage;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.internal.validation.Violations;
import java.util.List;

/**
 * The argument checks of {@link AllianceStore} that do not depend on stored data, and the checks of an
 * update against the stored alliance, written once so that every backend rejects the same calls the same
 * way. Backends call them; embedders need not.
 *
 * @since 0.1.0
 */
public final class StoreContract {
    private StoreContract() {}

    /**
     * @throws dk.welfarealliance.validation.ValidationException if {@code alliance} is null
     * @throws IllegalArgumentException if it has a version other than 0 (it was stored before)
     */
    public static void checkInsert(Alliance alliance) {
        Violations.requireNonNull(alliance, "AllianceStore", "alliance");
        if (alliance.getVersion() != 0) {
            throw new IllegalArgumentException("insert takes an alliance never stored (version 0); alliance "
                    + alliance.getId() + " has version " + alliance.getVersion() + ": use update");
        }
    }

    /**
     * @throws dk.welfarealliance.validation.ValidationException if {@code alliance} is null
     * @throws IllegalArgumentException if it has version 0 (it was never stored)
     */
    public static void checkUpdate(Alliance alliance) {
        Violations.requireNonNull(alliance, "AllianceStore", "alliance");
        if (alliance.getVersion() < 1) {
            throw new IllegalArgumentException("update takes a stored alliance (version 1 or more); alliance "
                    + alliance.getId() + " has version 0: use insert");
        }
    }

    /**
     * @throws dk.welfarealliance.validation.ValidationException if {@code id} is null
     * @throws IllegalArgumentException if {@code expectedVersion} is below 1
     */
    public static void checkDelete(AllianceId id, long expectedVersion) {
        Violations.requireNonNull(id, "AllianceStore", "id");
        if (expectedVersion < 1) {
            throw new IllegalArgumentException("delete expects a stored version (1 or more), was " + expectedVersion);
        }
    }

    /** @throws dk.welfarealliance.validation.ValidationException naming {@code name} if {@code value} is null */
    public static <T> T requireArgument(T value, String name) {
        Violations.requireNonNull(name, "AllianceStore", "name");
        return Violations.requireNonNull(value, "AllianceStore", name);
    }

    /**
     * Checks an update against the stored alliance, once the versions are known to match: the natural key
     * never changes, and the stored history is a prefix of the new one (history is append-only).
     *
     * @throws IllegalArgumentException if either rule is broken
     */
    public static void checkUpdateAgainst(Alliance stored, Alliance updated) {
        Violations.requireNonNull(stored, "AllianceStore", "stored");
        Violations.requireNonNull(updated, "AllianceStore", "updated");
        if (!stored.getFederation().equals(updated.getFederation())
                || !stored.getMunicipality().equals(updated.getMunicipality())) {
            throw new IllegalArgumentException("alliance " + updated.getId() + ": the natural key (federation, "
                    + "municipality) never changes after insert");
        }
        checkHistoryExtends(stored.getId(), stored.getHistory(), updated.getHistory());
    }

    /**
     * @throws IllegalArgumentException if {@code stored} is not a prefix of {@code updated}
     */
    public static void checkHistoryExtends(AllianceId id, List<HistoryEntry> stored, List<HistoryEntry> updated) {
        Violations.requireNonNull(id, "AllianceStore", "id");
        Violations.requireNonNull(stored, "AllianceStore", "stored");
        Violations.requireNonNull(updated, "AllianceStore", "updated");
        if (updated.size() < stored.size() || !updated.subList(0, stored.size()).equals(stored)) {
            throw new IllegalArgumentException("alliance " + id + ": the stored history must be a prefix of the "
                    + "new one (history is append-only); stored " + stored.size() + " entries, new "
                    + updated.size());
        }
    }
}
