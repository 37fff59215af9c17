package dk.welfarealliance.storage.tck;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.Goal;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.Partner;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stamps every child of an alliance with a version ({@code "stamp:7 …"} in its name, title or description),
 * and reads the stamps back, so that a reader can tell whether an aggregate it read mixes two versions.
 */
final class StampedAlliances {
    private static final Pattern STAMP = Pattern.compile("stamp:(\\d+)");

    private StampedAlliances() {}

    /** @return {@code alliance} with every child's text stamped with {@code version} */
    static Alliance stamp(Alliance alliance, long version) {
        String s = "stamp:" + version + " ";
        List<Agreement> agreements = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            List<Initiative> initiatives = new ArrayList<>();
            for (Initiative i : a.getInitiatives()) {
                List<Goal> goals = i.getGoals().stream().map(g -> g.withMetric(s + unstamped(g.getMetric()))).toList();
                initiatives.add(i.withName(s + unstamped(i.getName())).withGoals(goals));
            }
            agreements.add(Agreement.builder().from(a).title(s + unstamped(a.getTitle())).initiatives(initiatives)
                    .payments(a.getPayments().stream()
                            .map(p -> p.withDescription(s + unstamped(p.getDescription().orElse("betaling")))).toList())
                    .build());
        }
        return Alliance.builder().from(alliance).agreements(agreements)
                .clubs(alliance.getClubs().stream().map(c -> c.withName(s + unstamped(c.getName()))).toList())
                .partners(alliance.getPartners().stream().map(p -> p.withName(s + unstamped(p.getName()))).toList())
                .contacts(alliance.getContacts().stream().map(c -> c.withName(s + unstamped(c.getName()))).toList())
                .build();
    }

    /** @return every stamp found in the children of {@code alliance} */
    static TreeSet<Long> stamps(Alliance alliance) {
        TreeSet<Long> stamps = new TreeSet<>();
        for (Agreement a : alliance.getAgreements()) {
            add(stamps, a.getTitle());
            for (Initiative i : a.getInitiatives()) {
                add(stamps, i.getName());
                i.getGoals().forEach(g -> add(stamps, g.getMetric()));
            }
            a.getPayments().forEach(p -> p.getDescription().ifPresent(d -> add(stamps, d)));
        }
        alliance.getClubs().stream().map(Club::getName).forEach(n -> add(stamps, n));
        alliance.getPartners().stream().map(Partner::getName).forEach(n -> add(stamps, n));
        alliance.getContacts().stream().map(ContactPerson::getName).forEach(n -> add(stamps, n));
        return stamps;
    }

    private static void add(TreeSet<Long> stamps, String text) {
        Matcher m = STAMP.matcher(text);
        if (m.find()) {
            stamps.add(Long.parseLong(m.group(1)));
        } else {
            stamps.add(-1L);
        }
    }

    private static String unstamped(String text) {
        return text.replaceFirst("^stamp:\\d+ ", "");
    }
}
