package dk.welfarealliance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import dk.welfarealliance.storage.tck.generators.AllianceGenerators;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Reading a broken document fails with the typed error, whose every violation names a JSON path, and with no other
 * exception. The documents are valid alliance documents with one {@link Mutation}: wrong types, nulls, missing
 * required or unknown properties, out-of-range dates and instants, bad decimals, ids and constants, control
 * characters, set members twice, duplicated children (broken invariants), truncated text. QuickTheories prints
 * the seed of a failure: replay with {@code -DQT_SEED=<n>}.
 */
class InvalidDocumentPropertyTest {

    @Test
    void a_mutated_document_is_rejected_with_the_typed_error_at_the_mutated_path() {
        qt().withExamples(1500)
                .forAll(AllianceGenerators.alliances(), SourceDSL.integers().between(0, Mutation.KINDS - 1),
                        SourceDSL.integers().between(0, 1_000_000))
                .asWithPrecursor((alliance, kind, choice) -> Mutation.of(AllianceJson.write(alliance), kind, choice))
                .checkAssert((alliance, kind, choice, mutation) -> {
                    ValidationException e = rejected(mutation);
                    for (Violation v : e.getViolations()) {
                        assertThat(v.getType()).as("%s: %s", mutation, v).isEqualTo("json");
                        assertThat(v.getPath()).as("%s: %s", mutation, v).startsWith("$");
                    }
                    mutation.rule().ifPresent(rule -> assertThat(e.getViolations())
                            .as("%s: %s", mutation, e.getViolations())
                            .anyMatch(v -> v.getRule().equals(rule)
                                    && mutation.path().map(p -> p.equals(v.getPath())).orElse(true)));
                });
    }

    private static ValidationException rejected(Mutation mutation) {
        try {
            AllianceJson.read(mutation.document());
        } catch (ValidationException e) {
            return e;
        } catch (RuntimeException | Error e) {
            throw new AssertionError(mutation + " gave " + e + " instead of the typed error", e);
        }
        return fail(mutation + " was read without an error");
    }
}
