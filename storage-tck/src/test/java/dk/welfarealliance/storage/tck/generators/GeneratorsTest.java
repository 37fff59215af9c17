package dk.welfarealliance.storage.tck.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.DatePrecision;
import dk.welfarealliance.EliteEventKind;
import dk.welfarealliance.EndKind;
import dk.welfarealliance.Goal;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Payment;
import dk.welfarealliance.Signatory;
import dk.welfarealliance.storage.AgreementFilter;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.tck.reference.ReferenceQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The generators make valid values (building them runs the domain's own validation) and cover what the
 * contract needs: every agreement state and child kind, every partial fact (end kinds, date precisions, party
 * links, targets, notes, …), maximum lengths, the date range, distinct ids.
 */
class GeneratorsTest {
    @Test
    void alliances_cover_every_agreement_state_and_every_kind_of_child() {
        Set<AgreementState> states = EnumSet.noneOf(AgreementState.class);
        Set<String> kinds = new TreeSet<>();
        qt().withFixedSeed(1).withExamples(300).forAll(AllianceGenerators.alliances()).checkAssert(a -> {
            a.getAgreements().stream().map(Agreement::getState).forEach(states::add);
            kinds.addAll(childKinds(a));
        });

        assertThat(states).containsExactlyInAnyOrder(AgreementState.values());
        assertThat(kinds).containsExactlyInAnyOrder("club", "partner", "contact", "erased contact", "history", "initiative",
                "goal", "measurement", "commitment", "event", "payment", "evaluation", "signatory with contact", "renewal",
                "focus area", "cvr");
    }

    @Test
    void alliances_use_every_new_field_in_its_valid_range() {
        Set<String> facts = new TreeSet<>();
        qt().withFixedSeed(8).withExamples(400).forAll(AllianceGenerators.alliances()).checkAssert(a -> facts.addAll(partialFacts(a)));

        assertThat(facts).contains("term DATE", "term OPEN_ENDED", "term NOT_RECORDED",
                "terminated NOT_RECORDED", "NOT_RECORDED followed by a later term", "signing DAY", "signing MONTH",
                "signing YEAR", "history on", "history without on", "signatories not recorded", "renews unrecorded",
                "renews unrecorded with period", "extension option", "alliance note", "agreement note", "note MONTH",
                "note YEAR", "signatory club", "signatory partner", "initiative club", "initiative partner", "payer",
                "payee", "payer club", "commitment without minimum", "commitment deadline", "HOME_BASE commitment",
                "event end date", "event venue", "event commitment", "event shared reference", "goal without target",
                "target LEVEL", "target CHANGE", "target PERCENT_CHANGE");
    }

    @Test
    void an_open_ended_term_is_the_last_one_to_start_and_at_most_one_is_open_ended() {
        qt().withFixedSeed(9).withExamples(400).forAll(AllianceGenerators.alliances()).checkAssert(a -> {
            List<AgreementPeriod> terms = a.getAgreements().stream().filter(g -> g.getState() == AgreementState.SIGNED)
                    .map(g -> g.getPeriod().orElseThrow()).sorted((x, y) -> x.getStart().compareTo(y.getStart())).toList();
            for (int i = 0; i < terms.size() - 1; i++) {
                assertThat(terms.get(i).endKind()).as("term %d of %s", i, terms).isNotEqualTo(EndKind.OPEN_ENDED);
            }
        });
    }

    @Test
    void random_data_sets_and_criteria_often_find_terms_possibly_in_force() {
        int[] matched = {0};
        qt().withFixedSeed(10).withExamples(200).forAll(AllianceGenerators.dataSets(24), CriteriaGenerators.agreementFilters())
                .checkAssert((set, filter) -> {
                    if (filter.getPossiblyInForceOn().isPresent()) {
                        AllianceCriteria only = AllianceCriteria.builder().agreement(AgreementFilter.builder()
                                .possiblyInForceOn(filter.getPossiblyInForceOn().get()).build()).build();
                        matched[0] += ReferenceQuery.select(set, only, AllianceSort.MUNICIPALITY)
                                .size();
                    }
                });
        assertThat(matched[0]).as("alliances possibly in force on the days drawn").isGreaterThan(20);
    }

    @Test
    void names_and_long_texts_are_valid_text_within_their_limits_and_reach_them() {
        List<Integer> nameLengths = new ArrayList<>();
        qt().withFixedSeed(2).withExamples(500).forAll(TextGenerators.names()).checkAssert(name -> {
            assertValidText(name, TextGenerators.NAME_MAX, false);
            nameLengths.add(name.length());
        });
        List<Integer> longLengths = new ArrayList<>();
        qt().withFixedSeed(3).withExamples(300).forAll(TextGenerators.longTexts()).checkAssert(text -> {
            assertValidText(text, TextGenerators.LONG_TEXT_MAX, true);
            longLengths.add(text.length());
        });
        TextGenerators.TRICKY_NAMES.forEach(t -> assertValidText(t, TextGenerators.NAME_MAX, false));

        assertThat(nameLengths).contains(TextGenerators.NAME_MAX);
        assertThat(longLengths).contains(TextGenerators.LONG_TEXT_MAX);
    }

    @Test
    void cvr_numbers_pass_the_modulus_11_check() {
        int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
        qt().withFixedSeed(4).withExamples(1000).forAll(CodeGenerators.cvrNumbers()).checkAssert(cvr -> {
            assertThat(cvr).matches("[1-9][0-9]{7}");
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (cvr.charAt(i) - '0') * weights[i];
            }
            assertThat(sum % 11).as(cvr).isZero();
        });
    }

    @Test
    void instants_have_microsecond_precision_within_the_supported_range_and_reach_its_ends() {
        Set<Instant> seen = new HashSet<>();
        qt().withFixedSeed(5).withExamples(500).forAll(TimeGenerators.instants()).checkAssert(at -> {
            assertThat(at.truncatedTo(ChronoUnit.MICROS)).isEqualTo(at);
            assertThat(at).isBetween(TimeGenerators.MIN_INSTANT, TimeGenerators.MAX_INSTANT);
            seen.add(at);
        });
        assertThat(seen).contains(TimeGenerators.MIN_INSTANT, TimeGenerators.MAX_INSTANT);
        assertThat(seen).anyMatch(at -> at.getNano() % 1_000_000 != 0);
    }

    @Test
    void data_sets_have_distinct_ids_and_natural_keys_and_no_child_id_twice() {
        qt().withFixedSeed(6).withExamples(200).forAll(AllianceGenerators.dataSets(24)).checkAssert(set -> {
            assertThat(set.stream().map(Alliance::getId)).doesNotHaveDuplicates();
            assertThat(set.stream().map(a -> a.getFederation() + "/" + a.getMunicipality())).doesNotHaveDuplicates();
            List<UUID> childIds = new ArrayList<>();
            set.forEach(a -> a.getAgreements().forEach(g -> childIds.add(g.getId().value())));
            set.forEach(a -> a.getClubs().forEach(c -> childIds.add(c.getId().value())));
            assertThat(childIds).doesNotHaveDuplicates();
        });
    }

    @Test
    void criteria_use_every_criterion() {
        Set<String> used = new TreeSet<>();
        qt().withFixedSeed(7).withExamples(300).forAll(CriteriaGenerators.criteria()).checkAssert(c -> used.addAll(criteriaUsed(c)));

        assertThat(used).containsExactlyInAnyOrder("federation", "municipalities", "states", "inForceOn",
                "possiblyInForceOn", "endsBetween", "focusArea", "track", "title");
    }

    private static void assertValidText(String text, int max, boolean lineFeeds) {
        assertThat(text).isNotBlank();
        assertThat(text.length()).isLessThanOrEqualTo(max);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))).as("paired at %d", i).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).as("unpaired low surrogate at %d", i).isFalse();
                assertThat(Character.getType(c) == Character.CONTROL && !(lineFeeds && c == '\n')).as("control at %d", i).isFalse();
            }
        }
    }

    private static Set<String> childKinds(Alliance a) {
        Set<String> kinds = new TreeSet<>();
        if (!a.getClubs().isEmpty()) {
            kinds.add("club");
        }
        if (!a.getPartners().isEmpty()) {
            kinds.add("partner");
        }
        a.getContacts().forEach(c -> kinds.add(c.isErased() ? "erased contact" : "contact"));
        if (a.getClubs().stream().anyMatch(c -> c.getCvr().isPresent())) {
            kinds.add("cvr");
        }
        if (!a.getHistory().isEmpty()) {
            kinds.add("history");
        }
        for (Agreement g : a.getAgreements()) {
            if (!g.getInitiatives().isEmpty()) {
                kinds.add("initiative");
            }
            if (g.getInitiatives().stream().anyMatch(i -> !i.getGoals().isEmpty())) {
                kinds.add("goal");
            }
            addIf(kinds, "measurement", !g.getMeasurements().isEmpty());
            addIf(kinds, "commitment", !g.getEliteCommitments().isEmpty());
            addIf(kinds, "event", !g.getEliteEvents().isEmpty());
            addIf(kinds, "payment", !g.getPayments().isEmpty());
            addIf(kinds, "evaluation", !g.getEvaluations().isEmpty());
            addIf(kinds, "signatory with contact", g.getSignatories().stream().anyMatch(s -> s.getContact().isPresent()));
            addIf(kinds, "renewal", g.getRenews().isPresent());
            addIf(kinds, "focus area", !g.getFocusAreas().isEmpty());
        }
        return kinds;
    }

    private static Set<String> partialFacts(Alliance a) {
        Set<String> facts = new TreeSet<>();
        addIf(facts, "alliance note", !a.getNotes().isEmpty());
        a.getHistory().forEach(e -> facts.add(e.getOn().isPresent() ? "history on" : "history without on"));
        List<Agreement> signed = a.getAgreements().stream().filter(g -> g.getState().isSigned())
                .sorted((x, y) -> x.getPeriod().orElseThrow().getStart().compareTo(y.getPeriod().orElseThrow().getStart()))
                .toList();
        for (int i = 0; i < signed.size(); i++) {
            Agreement g = signed.get(i);
            EndKind end = g.getPeriod().orElseThrow().endKind();
            facts.add(g.getState() == AgreementState.SIGNED ? "term " + end : "terminated " + end);
            addIf(facts, "NOT_RECORDED followed by a later term", end == EndKind.NOT_RECORDED && i + 1 < signed.size());
            facts.add("signing " + g.getSigningDate().orElseThrow().getPrecision());
            addIf(facts, "signatories not recorded", g.isSignatoriesNotRecorded());
        }
        for (Agreement g : a.getAgreements()) {
            g.getRenewsUnrecorded().ifPresent(r -> facts.add(r.getPeriod().isPresent() ? "renews unrecorded with period"
                    : "renews unrecorded"));
            addIf(facts, "extension option", g.getExtensionOption().isPresent());
            addIf(facts, "agreement note", !g.getNotes().isEmpty());
            g.getNotes().stream().map(n -> n.getDate().getPrecision()).filter(p -> p != DatePrecision.DAY)
                    .forEach(p -> facts.add("note " + p));
            for (Signatory s : g.getSignatories()) {
                addIf(facts, "signatory club", s.getClub().isPresent());
                addIf(facts, "signatory partner", s.getPartner().isPresent());
            }
            for (Initiative i : g.getInitiatives()) {
                addIf(facts, "initiative club", !i.getClubs().isEmpty());
                addIf(facts, "initiative partner", !i.getPartners().isEmpty());
                for (Goal goal : i.getGoals()) {
                    facts.add(goal.getTarget().map(t -> "target " + t.getKind()).orElse("goal without target"));
                }
            }
            for (Payment p : g.getPayments()) {
                addIf(facts, "payer", p.getPayer().isPresent());
                addIf(facts, "payee", p.getPayee().isPresent());
                addIf(facts, "payer club", p.getPayer().flatMap(x -> x.getClub()).isPresent());
            }
            g.getEliteCommitments().forEach(c -> {
                addIf(facts, "commitment without minimum", c.getMinimumCount().isEmpty());
                addIf(facts, "commitment deadline", c.getDeadline().isPresent());
                addIf(facts, "HOME_BASE commitment", c.getKind() == EliteEventKind.HOME_BASE);
            });
            g.getEliteEvents().forEach(e -> {
                addIf(facts, "event end date", e.getEndDate().isPresent());
                addIf(facts, "event venue", e.getVenue().isPresent());
                addIf(facts, "event commitment", e.getCommitment().isPresent());
                addIf(facts, "event shared reference", e.getSharedReference().isPresent());
            });
        }
        return facts;
    }

    private static Set<String> criteriaUsed(AllianceCriteria c) {
        Set<String> used = new TreeSet<>();
        addIf(used, "federation", c.getFederation().isPresent());
        addIf(used, "municipalities", c.getMunicipalities().isPresent());
        c.getAgreement().ifPresent(f -> {
            addIf(used, "states", !f.getStates().isEmpty());
            addIf(used, "inForceOn", f.getInForceOn().isPresent());
            addIf(used, "possiblyInForceOn", f.getPossiblyInForceOn().isPresent());
            addIf(used, "endsBetween", f.getEndsBetween().isPresent());
            addIf(used, "focusArea", f.getFocusArea().isPresent());
            addIf(used, "track", f.getTrack().isPresent());
            addIf(used, "title", f.getTitleContains().isPresent());
        });
        return used;
    }

    private static void addIf(Set<String> set, String item, boolean condition) {
        if (condition) {
            set.add(item);
        }
    }
}
