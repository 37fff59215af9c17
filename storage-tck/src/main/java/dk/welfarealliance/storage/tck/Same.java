package dk.welfarealliance.storage.tck;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import java.util.List;
import java.util.Optional;

/**
 * Comparisons of whole aggregates that fail with the first differing field in one line, which alliance it is (id
 * and natural key) and the values expected and found there, instead of two complete {@code toString()}s.
 */
final class Same {
    private Same() {}

    /** Fails unless {@code found} equals {@code expected}; {@code what} (a format with {@code args}) names the check. */
    static void alliance(Alliance expected, Alliance found, String what, Object... args) {
        FirstDifference.between(expected, found).ifPresent(d -> {
            throw new ContractFailure(String.format(what, args) + ": alliance " + key(expected) + " differs at " + d,
                    "expected: " + Describe.alliance(expected) + "\nfound:    " + Describe.alliance(found));
        });
    }

    /** Fails unless {@code found} holds an alliance equal to {@code expected}. */
    static void found(Optional<Alliance> found, Alliance expected, String what, Object... args) {
        if (found.isEmpty()) {
            throw new ContractFailure(String.format(what, args) + ": alliance " + key(expected)
                    + " expected but nothing found", "expected: " + Describe.alliance(expected));
        }
        alliance(expected, found.get(), what, args);
    }

    /** Fails unless {@code found} equals {@code expected}, element by element. */
    static void alliances(List<Alliance> expected, List<Alliance> found, String what, Object... args) {
        for (int i = 0; i < Math.min(expected.size(), found.size()); i++) {
            alliance(expected.get(i), found.get(i), "%s, alliance [%d]", String.format(what, args), i);
        }
        if (expected.size() != found.size()) {
            throw new ContractFailure(String.format(what, args) + ": expected " + expected.size() + " alliances but found "
                    + found.size() + (expected.size() > found.size() ? ", first missing " + key(expected.get(found.size()))
                            : ", first unexpected " + key(found.get(expected.size()))),
                    "expected: " + Describe.dataSet(expected) + "\nfound:    " + Describe.dataSet(found));
        }
    }

    /**
     * Fails unless {@code found} holds the alliances of {@code expected}, by id, in the same order: names the first
     * alliance missing, the first unexpected, or the first out of place, by id and natural key.
     */
    static void ids(List<Alliance> expected, List<Alliance> found, String what, Object... args) {
        List<AllianceId> e = expected.stream().map(Alliance::getId).toList();
        List<AllianceId> f = found.stream().map(Alliance::getId).toList();
        if (e.equals(f)) {
            return;
        }
        Optional<Alliance> missing = expected.stream().filter(a -> !f.contains(a.getId())).findFirst();
        Optional<Alliance> unexpected = found.stream().filter(a -> !e.contains(a.getId())).findFirst();
        String problem;
        if (missing.isPresent()) {
            problem = "missing alliance " + key(missing.get());
        } else if (unexpected.isPresent()) {
            problem = "unexpected alliance " + key(unexpected.get());
        } else if (e.size() != f.size()) {
            problem = "an alliance returned twice";
        } else {
            int i = 0;
            while (e.get(i).equals(f.get(i))) {
                i++;
            }
            problem = "out of order at [" + i + "]: expected " + key(expected.get(i)) + " but found " + key(found.get(i));
        }
        throw new ContractFailure(String.format(what, args) + ": expected " + e.size() + " alliances, found " + f.size() + ", "
                + problem, "expected: " + Describe.dataSet(expected) + "\nfound:    " + Describe.dataSet(found));
    }

    /** @return the id and natural key of {@code alliance}: {@code 3f2a…(DBU/751)} */
    static String key(Alliance alliance) {
        return alliance.getId() + " (" + alliance.getFederation() + "/" + alliance.getMunicipality() + ")";
    }
}
