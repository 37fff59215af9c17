package dk.welfarealliance.storage.tck;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Initiative;
import dk.welfarealliance.storage.tck.reference.ReferenceQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reorders and describes the child lists of an alliance. Entity children are lists whose order every backend
 * preserves (docs/model.md); a backend that returns them in id order, or in any order of its own, loses it.
 */
final class ChildOrder {
    private ChildOrder() {}

    /** @return {@code alliance} with every child list in descending unsigned id order (history aside) */
    static Alliance descendingIds(Alliance alliance) {
        return reorder(alliance, ChildOrder::descending);
    }

    /** @return {@code alliance} with every child list rotated by one: the first child moved to the end (history aside) */
    static Alliance rotated(Alliance alliance) {
        return reorder(alliance, ChildOrder::rotate);
    }

    /** @return the ids of every child list, in order, one line per list */
    static String describe(Alliance a) {
        StringBuilder s = new StringBuilder();
        line(s, "agreements", a.getAgreements(), Agreement::getId);
        for (Agreement g : a.getAgreements()) {
            String at = "agreement " + g.getId();
            line(s, at + " signatories", g.getSignatories(), x -> x.getId());
            line(s, at + " initiatives", g.getInitiatives(), Initiative::getId);
            for (Initiative i : g.getInitiatives()) {
                line(s, at + " initiative " + i.getId() + " goals", i.getGoals(), x -> x.getId());
            }
            line(s, at + " eliteCommitments", g.getEliteCommitments(), x -> x.getId());
            line(s, at + " eliteEvents", g.getEliteEvents(), x -> x.getId());
            line(s, at + " payments", g.getPayments(), x -> x.getId());
            line(s, at + " evaluations", g.getEvaluations(), x -> x.getId());
            line(s, at + " measurements", g.getMeasurements(), x -> x.getId());
            line(s, at + " notes", g.getNotes(), x -> x.getId());
        }
        line(s, "clubs", a.getClubs(), x -> x.getId());
        line(s, "partners", a.getPartners(), x -> x.getId());
        line(s, "contacts", a.getContacts(), x -> x.getId());
        line(s, "notes", a.getNotes(), x -> x.getId());
        return s.toString();
    }

    /** A reordering of one list, given the UUID of each element. */
    private interface Reorder {
        <T> List<T> apply(List<T> items, Function<T, UUID> id);
    }

    private static Alliance reorder(Alliance a, Reorder order) {
        List<Agreement> agreements = new ArrayList<>();
        for (Agreement g : a.getAgreements()) {
            List<Initiative> initiatives = new ArrayList<>();
            for (Initiative i : g.getInitiatives()) {
                initiatives.add(i.withGoals(order.apply(i.getGoals(), x -> x.getId().value())));
            }
            agreements.add(Agreement.builder().from(g)
                    .signatories(order.apply(g.getSignatories(), x -> x.getId().value()))
                    .initiatives(order.apply(initiatives, x -> x.getId().value()))
                    .eliteCommitments(order.apply(g.getEliteCommitments(), x -> x.getId().value()))
                    .eliteEvents(order.apply(g.getEliteEvents(), x -> x.getId().value()))
                    .payments(order.apply(g.getPayments(), x -> x.getId().value()))
                    .evaluations(order.apply(g.getEvaluations(), x -> x.getId().value()))
                    .measurements(order.apply(g.getMeasurements(), x -> x.getId().value()))
                    .notes(order.apply(g.getNotes(), x -> x.getId().value()))
                    .build());
        }
        return Alliance.builder().from(a)
                .agreements(order.apply(agreements, x -> x.getId().value()))
                .clubs(order.apply(a.getClubs(), x -> x.getId().value()))
                .partners(order.apply(a.getPartners(), x -> x.getId().value()))
                .contacts(order.apply(a.getContacts(), x -> x.getId().value()))
                .notes(order.apply(a.getNotes(), x -> x.getId().value()))
                .build();
    }

    private static <T> List<T> descending(List<T> items, Function<T, UUID> id) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(id, ReferenceQuery::compareUnsigned).reversed());
        return sorted;
    }

    private static <T> List<T> rotate(List<T> items, Function<T, UUID> id) {
        if (items.size() < 2) {
            return items;
        }
        List<T> rotated = new ArrayList<>(items.subList(1, items.size()));
        rotated.add(items.get(0));
        return rotated;
    }

    private static <T> void line(StringBuilder s, String what, List<T> items, Function<T, Object> id) {
        s.append(what).append(": ").append(items.stream().map(id).map(Object::toString).collect(Collectors.joining(", ")))
                .append('\n');
    }
}
