package dk.welfarealliance.storage;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.MunicipalityCode;
import java.util.Optional;

/**
 * The storage SPI: keeps {@link Alliance} aggregates whole (docs/storage-contract.md). Implementations must be
 * thread-safe and pass the {@code welfare-alliance-storage-tck} contract tests.
 *
 * <p><b>Atomicity and isolation.</b> Every write is atomic: all of the aggregate or nothing. A read returns
 * an aggregate as it was committed at one moment, never a mix of two versions. A failed write leaves the
 * stored data as it was.
 *
 * <p><b>Fidelity.</b> What is read equals what was written ({@code equals}, version aside): text exactly as
 * given (any valid Unicode, up to the validation maximum), instants at microsecond precision (values are
 * truncated to microseconds when built), dates from 1900-01-01 to 9999-12-31, the order of every child list,
 * the contents of every set.
 *
 * <p><b>Errors</b> are unchecked and rooted at {@link StorageException}: {@link DuplicateAllianceException},
 * {@link OptimisticLockException}, {@link TransientStorageException} (retry; re-read first if the outcome is
 * unknown), {@link SchemaException}, {@link IntegrityException}, {@link StoredDataInvalidException}. A null
 * argument gives {@link dk.welfarealliance.validation.ValidationException}; a call that breaks the rules
 * of this interface gives {@link IllegalArgumentException}. See {@link StoreContract} for the shared checks.
 *
 * <p><b>Evolution.</b> New methods arrive only as {@code default} methods.
 *
 * @since 0.1.0
 */
public interface AllianceStore {

    /**
     * Stores a new alliance.
     *
     * @param alliance an alliance never stored (version 0)
     * @return the alliance as stored, at version 1
     * @throws DuplicateAllianceException if an alliance with the same id or the same natural key (federation,
     *     municipality) is stored; {@link DuplicateAllianceException#getKey()} says which, {@code ID} when both
     *     collide. When many callers insert the same natural key at once, exactly one succeeds.
     * @throws IllegalArgumentException if the version is not 0
     * @throws StorageException for other failures; nothing is stored
     */
    Alliance insert(Alliance alliance);

    /**
     * Replaces the stored alliance with {@code alliance} if the stored version equals
     * {@code alliance.getVersion()}. All of the aggregate is written, or none of it.
     *
     * @param alliance the alliance as it should be stored, carrying the version it was read at
     * @return the alliance as stored, with its version increased by one
     * @throws OptimisticLockException if the stored version differs or the alliance is not stored (with the
     *     id, the expected version and the stored version if any); nothing is written
     * @throws IllegalArgumentException if the version is 0, the natural key differs from the stored one, or
     *     the stored history is not a prefix of the new one (history is append-only); nothing is written
     * @throws StorageException for other failures; nothing is written
     */
    Alliance update(Alliance alliance);

    /**
     * Deletes the alliance if its stored version is {@code expectedVersion}.
     *
     * @throws OptimisticLockException if the stored version differs or the alliance is not stored
     * @throws IllegalArgumentException if {@code expectedVersion} is below 1
     * @throws StorageException for other failures; nothing is deleted
     */
    void delete(AllianceId id, long expectedVersion);

    /**
     * @return the stored alliance with {@code id}, as committed at one moment
     * @throws StoredDataInvalidException if the stored data is not a valid alliance under today's rules
     */
    Optional<Alliance> findById(AllianceId id);

    /**
     * @return the stored alliance of {@code federation} and {@code municipality}, as committed at one moment
     * @throws StoredDataInvalidException if the stored data is not a valid alliance under today's rules
     */
    Optional<Alliance> findByNaturalKey(FederationCode federation, MunicipalityCode municipality);

    /**
     * Reads one page of the alliances matching {@code criteria} (docs/storage-contract.md), in {@code page}'s sort order
     * with the unsigned id as tie-breaker, using keyset paging (docs/storage-contract.md).
     *
     * <p>Guarantees: concatenated pages equal the full sorted result when nothing changes in between. While
     * alliances change, one whose sort key did not change is never returned twice and never skipped; one
     * whose key changed may appear at its old position, its new one, or both. Each alliance on a page is as
     * committed at one moment.
     *
     * @throws IllegalArgumentException if the page's cursor belongs to other criteria or another sort
     * @throws StoredDataInvalidException if a matching stored alliance is not valid under today's rules
     */
    Page query(AllianceCriteria criteria, PageRequest page);

    /** @return the number of stored alliances matching {@code criteria} */
    long count(AllianceCriteria criteria);
}
