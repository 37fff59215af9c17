/**
 * The storage TCK: the contract of {@link dk.welfarealliance.storage.AllianceStore} (docs/storage-contract.md) as tests. A
 * backend extends {@link dk.welfarealliance.storage.tck.AllianceStoreContract} in its own tests and implements
 * its factory and reset hook; {@link dk.welfarealliance.storage.tck.TckSettings} lists the properties that
 * size the random and concurrent cases. See {@code docs/writing-a-storage-backend.md}.
 *
 * @since 0.1.0
 */
@NullMarked
package dk.welfarealliance.storage.tck;

import org.jspecify.annotations.NullMarked;
