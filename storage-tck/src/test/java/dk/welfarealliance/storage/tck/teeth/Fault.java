package dk.welfarealliance.storage.tck.teeth;

/**
 * A deliberate fault of the {@link NaiveAllianceStore}, and the contract case that must catch it: its group
 * (the {@code @Nested} class of the contract) and its method.
 */
enum Fault {
    /** Ids compared with {@link java.util.UUID#compareTo}, which is signed. */
    SIGNED_UUID_ORDER("Sorting", "ids_7fff_8000_and_ffff_are_ordered_unsigned"),
    /** Titles matched without lower-casing. */
    CASE_SENSITIVE_SEARCH("Searching", "title_search_ignores_case_including_danish_letters"),
    /** Titles lower-cased with the JVM's default locale instead of the root locale. */
    LOCALE_SENSITIVE_SEARCH("Searching", "title_search_does_not_depend_on_the_default_locale"),
    /** Each agreement predicate satisfied by any agreement of the alliance, not all by the same one. */
    PREDICATES_ACROSS_AGREEMENTS("CombiningCriteria", "agreement_predicates_must_hold_for_one_and_the_same_agreement"),
    /** {@code inForceOn} treats the effective end as exclusive. */
    IN_FORCE_ON_OFF_BY_ONE("Querying", "in_force_on_includes_the_start_and_the_effective_end_and_excludes_the_days_outside"),
    /** {@code endsBetween} treats the last day of the range as exclusive. */
    ENDS_BETWEEN_OFF_BY_ONE("Querying", "ends_between_includes_both_ends_and_counts_only_signed_agreements"),
    /** Instants stored to the millisecond. */
    MILLISECOND_INSTANTS("Fidelity", "instants_keep_microsecond_precision"),
    /** The natural key checked, then the row put in a second step: two inserts can both pass the check. */
    NATURAL_KEY_RACE("Concurrency", "many_threads_inserting_the_same_natural_key_with_different_ids_let_exactly_one_succeed"),
    /** Child lists returned in id order, as rows read without {@code ORDER BY position}. */
    CHILD_ORDER_LOST("Fidelity", "child_lists_keep_their_order_and_sets_their_contents"),
    /** Delete leaves the natural-key index pointing at the deleted alliance. */
    STALE_INDEX_AFTER_DELETE("Deleting", "delete_removes_the_alliance_from_every_finder_query_and_count_and_frees_its_natural_key"),
    /** Update stores the new content but keeps the version. */
    UPDATE_KEEPS_VERSION("Updating", "update_stores_the_new_content_and_bumps_the_version_by_one"),
    /** Update writes the clubs first and the rest a moment later, as separate transactions per table would. */
    TORN_UPDATE("Isolation", "a_read_concurrent_with_writes_never_returns_a_mix_of_two_versions"),
    /** Pages continue at an offset instead of after a key, so rows inserted or deleted meanwhile shift them. */
    OFFSET_PAGING("Isolation", "paging_while_other_threads_insert_delete_and_update_never_repeats_or_skips_an_unchanged_alliance"),
    /** Agreement notes lost on write, as a backend that has no table for them would. */
    DROPS_NOTES("Fidelity", "notes_on_the_alliance_and_its_agreements_round_trip_in_order"),
    /**
     * Agreement notes lost on write, behind a cache that answers every read of what it wrote: found only by
     * reading through the contract's second store.
     */
    CACHE_HIDES_DROPPED_NOTES("Fidelity", "notes_on_the_alliance_and_its_agreements_round_trip_in_order"),
    /** An open-ended period read back as one whose end is not recorded, as a nullable end column alone gives. */
    DROPS_OPEN_ENDED("Fidelity", "open_ended_and_unrecorded_ends_round_trip_and_are_queried_apart"),
    /** Partial dates read back as the day they start on, as a plain date column gives. */
    DROPS_DATE_PRECISION("Fidelity", "partial_dates_keep_their_precision"),
    /** {@code possiblyInForceOn} computed from the agreement alone: the start of the alliance's next term ignored. */
    POSSIBLY_IN_FORCE_IGNORES_NEXT_TERM("Querying",
            "possibly_in_force_on_runs_from_the_start_to_the_day_before_the_next_term_and_never_matches_open_ended_or_terminated_terms");

    private final String group;
    private final String method;

    Fault(String group, String method) {
        this.group = group;
        this.method = method;
    }

    /** @return the group ({@code @Nested} class of the contract) of the case that catches this fault */
    String group() {
        return group;
    }

    /** @return the method of the case that catches this fault: the rule, as a sentence */
    String method() {
        return method;
    }

    /** @return {@code Group.method} of the case that catches this fault */
    String caughtBy() {
        return group + "." + method;
    }
}
