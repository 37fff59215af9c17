package dk.welfarealliance.report.html;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementPeriod;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.EndKind;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.PartialDate;
import dk.welfarealliance.Phase;
import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The timeline: a row per municipality with an alliance that has an agreement, each agreement a bar over its
 * days from 2014 to a few years past the day shown, the day marked. Signed terms are filled in the colour of their
 * phase on the day; the rest of a term terminated early is an outline; a renewal has a ring at its start; drafts
 * are pale (dashed when on hold) and abandoned drafts grey and struck through. Agreements with no step by the day
 * are left out; each bar's tooltip names the agreement, its period, state and phase.
 */
final class TimelineSection {
    /** The first year the timeline shows. */
    static final int FIRST_YEAR = 2014;

    private static final double WIDTH = 1000;
    private static final double LABELS = 170;
    private static final double RIGHT = 990;
    private static final double AXIS = 26;
    private static final double ROW = 20;
    private static final double BAR = 12;

    /** One row: a municipality's name and its alliance. */
    record Row(String name, Alliance alliance) {}

    private final LocalDate day;
    private final LocalDate today;
    private final PageText text;
    private final LocalDate from;
    private final LocalDate to;

    /**
     * @param day the day shown and marked
     * @param today today, to tell a past day (whose agreements not yet begun are left out)
     * @param lastYear the last year the axis needs to show
     */
    TimelineSection(LocalDate day, LocalDate today, int lastYear, PageText text) {
        this.day = day;
        this.today = today;
        this.text = text;
        this.from = LocalDate.of(FIRST_YEAR, 1, 1);
        this.to = LocalDate.of(Math.min(Math.max(lastYear, day.getYear() + 2), day.getYear() + 11) + 1, 1, 1);
    }

    /** @return the last year any of {@code alliances}' agreements names, or the day's year if later */
    static int lastYearOf(List<Alliance> alliances, LocalDate day) {
        int last = day.getYear();
        for (Alliance a : alliances) {
            for (Agreement agreement : a.getAgreements()) {
                Optional<AgreementPeriod> period = agreement.getPeriod();
                if (period.isPresent()) {
                    last = Math.max(last, period.get().getEnd().orElse(period.get().getStart()).getYear());
                }
            }
        }
        return last;
    }

    /** Writes the heading, the key and the timeline of {@code rows}, sorted by name in the page's language. */
    void write(Html html, List<Row> rows, Locale locale) {
        html.element("h2", text.get("timeline.heading"));
        writeKey(html);
        List<Row> sorted = new ArrayList<>(rows);
        Collator collator = Collator.getInstance(locale);
        sorted.sort(Comparator.comparing(Row::name, collator));
        sorted.removeIf(r -> agreementsShown(r.alliance()).isEmpty());
        if (sorted.isEmpty()) {
            html.element("p", text.get("timeline.empty"), "class", "empty");
            return;
        }
        double height = AXIS + ROW * sorted.size() + 4;
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "timeline", "viewBox",
                "0 0 " + number(WIDTH) + " " + number(height), "width", number(WIDTH), "height", number(height),
                "role", "img", "aria-label", text.get("timeline.label", text.date(day)));
        html.newline();
        writeAxis(html, height);
        for (int i = 0; i < sorted.size(); i++) {
            writeRow(html, sorted.get(i), AXIS + ROW * i);
        }
        double x = x(day);
        html.empty("line", "class", "day", "x1", number(x), "x2", number(x), "y1", number(AXIS - 6), "y2",
                number(height), "stroke", Palette.DAY, "stroke-width", "2");
        html.element("text", text.date(day), "x", number(x), "y", "9", "text-anchor", "middle", "class", "day-label",
                "fill", Palette.DAY);
        html.close("svg").newline();
    }

    private List<Agreement> agreementsShown(Alliance alliance) {
        List<Agreement> shown = new ArrayList<>();
        for (Agreement a : alliance.getAgreements()) {
            boolean pastDay = day.isBefore(today);
            boolean datedHistory = firstStep(alliance, a).isPresent();
            if (pastDay && datedHistory && alliance.stateOn(a.getId(), day).isEmpty()) {
                continue; // no step of it had happened by the day
            }
            if (range(alliance, a).isPresent()) {
                shown.add(a);
            }
        }
        return shown;
    }

    private void writeAxis(Html html, double height) {
        for (int year = FIRST_YEAR; year <= to.getYear(); year++) {
            double x = x(LocalDate.of(year, 1, 1));
            html.empty("line", "x1", number(x), "x2", number(x), "y1", number(AXIS - 4), "y2", number(height),
                    "stroke", "#d0d0d0", "stroke-width", "1");
            if (year < to.getYear()) {
                html.element("text", Integer.toString(year), "x", number(x + 2), "y", number(AXIS - 6),
                        "class", "year");
            }
        }
        html.newline();
    }

    private void writeRow(Html html, Row row, double top) {
        html.open("g", "class", "row", "data-code", row.alliance().getMunicipality().value());
        html.element("text", row.name(), "x", number(LABELS - 6), "y", number(top + ROW / 2 + 4), "text-anchor",
                "end", "class", "name");
        for (Agreement a : agreementsShown(row.alliance())) {
            writeBar(html, row.alliance(), a, top + (ROW - BAR) / 2);
        }
        html.close("g").newline();
    }

    private void writeBar(Html html, Alliance alliance, Agreement a, double y) {
        LocalDate[] range = range(alliance, a).orElseThrow();
        double x1 = x(range[0]);
        double x2 = Math.max(x(range[1].plusDays(1)), x1 + 2);
        Phase phase = alliance.phaseOn(a.getId(), day);
        AgreementState state = a.getState();
        html.open("g", "class", "bar", "data-state", state.name(), "data-phase", phase.name());
        html.element("title", tooltip(alliance, a, phase));
        if (state.isSigned()) {
            html.empty("rect", "x", number(x1), "y", number(y), "width", number(x2 - x1), "height", number(BAR),
                    "fill", Palette.of(phase), "stroke", "#333", "stroke-width", "0.5");
            if (a.effectivePeriod().map(p -> p.endKind() != EndKind.DATE).orElse(false)) {
                html.empty("path", "d", "M" + number(x2) + " " + number(y) + "l6 " + number(BAR / 2) + "l-6 "
                        + number(BAR / 2) + "z", "fill", Palette.of(phase), "stroke", "#333", "stroke-width", "0.5");
            }
            writeTerminatedRest(html, a, y);
            if (a.getRenews().isPresent() || a.getRenewsUnrecorded().isPresent()) {
                html.empty("circle", "class", "renewal", "cx", number(x1), "cy", number(y + BAR / 2), "r", "3.5",
                        "fill", "#ffffff", "stroke", "#000000", "stroke-width", "1.5");
            }
        } else if (state == AgreementState.ABANDONED) {
            html.empty("rect", "x", number(x1), "y", number(y), "width", number(x2 - x1), "height", number(BAR),
                    "fill", "none", "stroke", Palette.of(Phase.ABANDONED), "stroke-width", "1",
                    "stroke-dasharray", "2 2");
            html.empty("line", "x1", number(x1), "x2", number(x2), "y1", number(y + BAR / 2), "y2",
                    number(y + BAR / 2), "stroke", Palette.of(Phase.ABANDONED), "stroke-width", "1");
        } else {
            boolean onHold = state == AgreementState.ON_HOLD;
            html.empty("rect", "x", number(x1), "y", number(y), "width", number(x2 - x1), "height", number(BAR),
                    "fill", Palette.of(Phase.DRAFT), "fill-opacity", onHold ? "0.15" : "0.4", "stroke",
                    Palette.of(Phase.DRAFT), "stroke-width", "1.5", "stroke-dasharray", onHold ? "4 2" : "none");
        }
        html.close("g");
    }

    private void writeTerminatedRest(Html html, Agreement a, double y) {
        if (a.getState() != AgreementState.TERMINATED) {
            return;
        }
        Optional<LocalDate> planned = a.getPeriod().flatMap(AgreementPeriod::getEnd);
        LocalDate last = a.getTerminationDate().orElseThrow();
        LocalDate restFrom = a.effectivePeriod().isPresent() ? last.plusDays(1) : a.getPeriod().orElseThrow().getStart();
        if (planned.isEmpty() || planned.get().isBefore(restFrom)) {
            return;
        }
        double x1 = x(restFrom);
        double x2 = Math.max(x(planned.get().plusDays(1)), x1 + 1);
        html.empty("rect", "class", "terminated-rest", "x", number(x1), "y", number(y + 1), "width",
                number(x2 - x1), "height", number(BAR - 2), "fill", "none", "stroke", "#555555", "stroke-width", "1",
                "stroke-dasharray", "3 2");
    }

    /** @return the first and last day a bar covers; empty when the agreement has no day to place it on */
    private Optional<LocalDate[]> range(Alliance alliance, Agreement a) {
        LocalDate[] range;
        Optional<AgreementPeriod> period = a.getState().isSigned() && a.effectivePeriod().isPresent()
                ? a.effectivePeriod() : a.getPeriod();
        if (period.isPresent()) {
            AgreementPeriod p = period.get();
            LocalDate end = p.getEnd().or(() -> a.getState().isSigned()
                    ? alliance.endAtLatest(a.getId()) : Optional.empty()).orElse(to.minusDays(1));
            range = new LocalDate[] {p.getStart(), end};
        } else {
            Optional<LocalDate> first = firstStep(alliance, a);
            if (first.isEmpty()) {
                return Optional.empty();
            }
            LocalDate last = a.getState() == AgreementState.ABANDONED
                    ? step(alliance, a, HistoryEvent.ABANDONED).orElse(first.get()) : day;
            range = new LocalDate[] {first.get(), last.isBefore(first.get()) ? first.get() : last};
        }
        if (range[1].isBefore(from) || !range[0].isBefore(to)) {
            return Optional.empty();
        }
        range[0] = range[0].isBefore(from) ? from : range[0];
        range[1] = range[1].isBefore(to) ? range[1] : to.minusDays(1);
        return Optional.of(range);
    }

    private static Optional<LocalDate> firstStep(Alliance alliance, Agreement a) {
        return stepsOf(alliance, a).map(PartialDate::getFirstDay).min(Comparator.naturalOrder());
    }

    private static Optional<LocalDate> step(Alliance alliance, Agreement a, HistoryEvent event) {
        return alliance.getHistory().stream()
                .filter(h -> h.getEvent() == event && h.getAgreement().equals(Optional.of(a.getId())))
                .map(HistoryEntry::getOn).flatMap(Optional::stream).map(PartialDate::lastDay)
                .max(Comparator.naturalOrder());
    }

    private static Stream<PartialDate> stepsOf(Alliance alliance, Agreement a) {
        return alliance.getHistory().stream().filter(h -> h.getAgreement().equals(Optional.of(a.getId())))
                .map(HistoryEntry::getOn).flatMap(Optional::stream);
    }

    private String tooltip(Alliance alliance, Agreement a, Phase phase) {
        StringBuilder tip = new StringBuilder(a.getTitle());
        a.getPeriod().ifPresent(p -> tip.append('\n').append(text.period(p)));
        a.getTerminationDate().ifPresent(t -> tip.append('\n').append(text.of("state", AgreementState.TERMINATED))
                .append(": ").append(text.shortDate(t)));
        tip.append('\n').append(text.get("col.phase")).append(": ").append(text.of("phase", phase)).append(" (")
                .append(text.of("state", a.getState())).append(')');
        a.getRenews().flatMap(alliance::agreement).map(Agreement::getTitle)
                .ifPresent(t -> tip.append('\n').append(text.get("timeline.renews", t)));
        return tip.toString();
    }

    private void writeKey(Html html) {
        html.open("ul", "class", "key");
        key(html, "timeline.key.inForce", s -> swatch(s, Palette.of(Phase.IN_FORCE), "none", "0.4"));
        key(html, "timeline.key.ended", s -> swatch(s, Palette.of(Phase.ENDED), "none", "0.4"));
        key(html, "timeline.key.upcoming", s -> swatch(s, Palette.of(Phase.UPCOMING), "none", "0.4"));
        key(html, "timeline.key.possibly", s -> swatch(s, Palette.of(Phase.POSSIBLY_IN_FORCE), "none", "0.4"));
        key(html, "timeline.key.terminated", s -> s.empty("rect", "x", "1", "y", "3", "width", "22", "height", "8",
                "fill", "none", "stroke", "#555555", "stroke-dasharray", "3 2"));
        key(html, "timeline.key.renewal", s -> swatch(s, Palette.of(Phase.IN_FORCE), "none", "0.4")
                .empty("circle", "cx", "5", "cy", "7", "r", "3.5", "fill", "#ffffff", "stroke", "#000000",
                        "stroke-width", "1.5"));
        key(html, "timeline.key.draft", s -> s.empty("rect", "x", "1", "y", "1", "width", "22", "height", "12",
                "fill", Palette.of(Phase.DRAFT), "fill-opacity", "0.4", "stroke", Palette.of(Phase.DRAFT),
                "stroke-width", "1.5"));
        key(html, "timeline.key.onHold", s -> s.empty("rect", "x", "1", "y", "1", "width", "22", "height", "12",
                "fill", Palette.of(Phase.DRAFT), "fill-opacity", "0.15", "stroke", Palette.of(Phase.DRAFT),
                "stroke-width", "1.5", "stroke-dasharray", "4 2"));
        key(html, "timeline.key.abandoned", s -> s.empty("rect", "x", "1", "y", "1", "width", "22", "height", "12",
                "fill", "none", "stroke", Palette.of(Phase.ABANDONED), "stroke-dasharray", "2 2")
                .empty("line", "x1", "1", "x2", "23", "y1", "7", "y2", "7", "stroke", Palette.of(Phase.ABANDONED)));
        html.open("li").open("svg", "width", "24", "height", "14", "aria-hidden", "true")
                .empty("line", "x1", "12", "x2", "12", "y1", "0", "y2", "14", "stroke", Palette.DAY, "stroke-width", "2")
                .close("svg").text(" " + text.get("timeline.day")).close("li");
        html.close("ul").newline();
    }

    private void key(Html html, String label, Function<Html, Html> drawing) {
        html.open("li").open("svg", "width", "24", "height", "14", "aria-hidden", "true");
        drawing.apply(html);
        html.close("svg").text(" " + text.get(label)).close("li");
    }

    private static Html swatch(Html html, String fill, String dash, String stroke) {
        return html.empty("rect", "x", "1", "y", "1", "width", "22", "height", "12", "fill", fill, "stroke", "#333",
                "stroke-width", stroke, "stroke-dasharray", dash);
    }

    private double x(LocalDate date) {
        double days = ChronoUnit.DAYS.between(from, to);
        double at = ChronoUnit.DAYS.between(from, date);
        return LABELS + (RIGHT - LABELS) * Math.max(0, Math.min(days, at)) / days;
    }

    private static String number(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
