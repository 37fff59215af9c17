package dk.welfarealliance.storage.tck.teeth;

import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.tck.AllianceStoreContract;
import java.util.EnumSet;
import java.util.Set;

/**
 * The contract run against the {@link NaiveAllianceStore}, correct and with each {@link Fault}. Surefire
 * does not run these on their own (they are nested classes of a class not named {@code *Test});
 * {@link TckTeethTest} runs them through JUnit's {@code EngineTestKit}.
 */
final class NaiveStoreFixtures {
    private NaiveStoreFixtures() {}

    /** @return the fixture class of the naive store with {@code fault} */
    static Class<? extends AllianceStoreContract> withFault(Fault fault) {
        return switch (fault) {
            case SIGNED_UUID_ORDER -> SignedUuidOrder.class;
            case CASE_SENSITIVE_SEARCH -> CaseSensitiveSearch.class;
            case LOCALE_SENSITIVE_SEARCH -> LocaleSensitiveSearch.class;
            case PREDICATES_ACROSS_AGREEMENTS -> PredicatesAcrossAgreements.class;
            case IN_FORCE_ON_OFF_BY_ONE -> InForceOnOffByOne.class;
            case ENDS_BETWEEN_OFF_BY_ONE -> EndsBetweenOffByOne.class;
            case MILLISECOND_INSTANTS -> MillisecondInstants.class;
            case NATURAL_KEY_RACE -> NaturalKeyRace.class;
            case CHILD_ORDER_LOST -> ChildOrderLost.class;
            case STALE_INDEX_AFTER_DELETE -> StaleIndexAfterDelete.class;
            case UPDATE_KEEPS_VERSION -> UpdateKeepsVersion.class;
            case TORN_UPDATE -> TornUpdate.class;
            case OFFSET_PAGING -> OffsetPaging.class;
            case DROPS_NOTES -> DropsNotes.class;
            case CACHE_HIDES_DROPPED_NOTES -> CacheHidesDroppedNotes.class;
            case DROPS_OPEN_ENDED -> DropsOpenEnded.class;
            case DROPS_DATE_PRECISION -> DropsDatePrecision.class;
            case POSSIBLY_IN_FORCE_IGNORES_NEXT_TERM -> PossiblyInForceIgnoresNextTerm.class;
        };
    }

    /** The naive store with the faults given. */
    abstract static class Naive extends AllianceStoreContract {
        abstract Set<Fault> faults();

        @Override
        protected AllianceStore createStore() {
            return new NaiveAllianceStore(faults());
        }

        @Override
        protected void resetStore(AllianceStore store) {
            ((NaiveAllianceStore) store).clear();
        }
    }

    static class Correct extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.noneOf(Fault.class);
        }
    }

    static class SignedUuidOrder extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.SIGNED_UUID_ORDER);
        }
    }

    static class CaseSensitiveSearch extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.CASE_SENSITIVE_SEARCH);
        }
    }

    static class LocaleSensitiveSearch extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.LOCALE_SENSITIVE_SEARCH);
        }
    }

    static class PredicatesAcrossAgreements extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.PREDICATES_ACROSS_AGREEMENTS);
        }
    }

    static class InForceOnOffByOne extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.IN_FORCE_ON_OFF_BY_ONE);
        }
    }

    static class EndsBetweenOffByOne extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.ENDS_BETWEEN_OFF_BY_ONE);
        }
    }

    static class MillisecondInstants extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.MILLISECOND_INSTANTS);
        }
    }

    static class NaturalKeyRace extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.NATURAL_KEY_RACE);
        }
    }

    static class ChildOrderLost extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.CHILD_ORDER_LOST);
        }
    }

    static class StaleIndexAfterDelete extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.STALE_INDEX_AFTER_DELETE);
        }
    }

    static class UpdateKeepsVersion extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.UPDATE_KEEPS_VERSION);
        }
    }

    static class TornUpdate extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.TORN_UPDATE);
        }
    }

    static class OffsetPaging extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.OFFSET_PAGING);
        }
    }

    static class DropsNotes extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.DROPS_NOTES);
        }
    }

    /** A store that drops notes, behind what it remembers; its second store reads the storage underneath. */
    static class CacheHidesDroppedNotes extends RememberingDropsNotes {
        @Override
        protected AllianceStore secondStore(AllianceStore store) {
            return ((RememberingStore) store).storage();
        }
    }

    /** The store of {@link CacheHidesDroppedNotes} with no second store: the TCK reads only what it remembers. */
    static class RememberingDropsNotes extends AllianceStoreContract {
        @Override
        protected AllianceStore createStore() {
            return new RememberingStore(new NaiveAllianceStore(EnumSet.of(Fault.DROPS_NOTES)));
        }

        @Override
        protected void resetStore(AllianceStore store) {
            ((RememberingStore) store).clear();
        }
    }

    static class DropsOpenEnded extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.DROPS_OPEN_ENDED);
        }
    }

    static class DropsDatePrecision extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.DROPS_DATE_PRECISION);
        }
    }

    static class PossiblyInForceIgnoresNextTerm extends Naive {
        @Override
        Set<Fault> faults() {
            return EnumSet.of(Fault.POSSIBLY_IN_FORCE_IGNORES_NEXT_TERM);
        }
    }
}
