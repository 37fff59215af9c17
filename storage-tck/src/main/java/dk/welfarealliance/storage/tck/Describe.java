package dk.welfarealliance.storage.tck;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Short descriptions of generated values for failure messages: a whole aggregate's {@code toString()} runs to
 * thousands of characters, while the seed in the message replays the exact value anyway.
 */
final class Describe {
    private Describe() {}

    /** @return e.g. {@code [3f2a…@DBU/751 (2 agreements: SIGNED 2021-01-01…2024-12-31 "Aarhus", IN_DIALOGUE "…")]} */
    static String dataSet(List<Alliance> alliances) {
        return alliances.stream().map(Describe::alliance).collect(Collectors.joining(",\n ", "[", "]"));
    }

    /** @return the id, natural key, version and agreements (state, period, title) of {@code alliance} */
    static String alliance(Alliance alliance) {
        return alliance.getId() + "@" + alliance.getFederation() + "/" + alliance.getMunicipality() + " v"
                + alliance.getVersion() + " (" + alliance.getAgreements().size() + " agreements"
                + alliance.getAgreements().stream().map(Describe::agreement).collect(Collectors.joining("; ", ": ", ""))
                + ")";
    }

    private static String agreement(Agreement a) {
        return a.getState() + a.getPeriod().map(p -> " " + p).orElse("")
                + a.getTerminationDate().map(d -> " terminated " + d).orElse("") + " focus " + a.getFocusAreas()
                + " initiatives " + a.getInitiatives().size() + " commitments " + a.getEliteCommitments().size()
                + " events " + a.getEliteEvents().size() + " title \"" + abbreviate(a.getTitle()) + "\"";
    }

    private static String abbreviate(String text) {
        return text.codePointCount(0, text.length()) <= 40 ? text : text.substring(0, text.offsetByCodePoints(0, 40)) + "…";
    }
}
