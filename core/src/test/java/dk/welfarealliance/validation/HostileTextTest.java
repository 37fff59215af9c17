package dk.welfarealliance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.AgreementState;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.testing.Fixtures;
import dk.welfarealliance.testing.PropertyRuns;
import dk.welfarealliance.testing.PublicApi;
import dk.welfarealliance.testing.SampleValues;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Hostile text into every public builder setter of a free-text attribute (one whose getter carries
 * {@link ShortText} or {@link LongText}), found by reflection: invisible-only, control characters, unpaired
 * surrogates, over-long text and injection strings. Invalid text must be rejected with exactly the rules it
 * breaks (a reference model written here, independent of the implementation) and nothing else; valid text,
 * injection strings included, must be accepted and returned exactly as given.
 */
class HostileTextTest {
    private static final List<String> INVISIBLE = List.of("\u00A0", "\u200B", "\uFEFF", "\u3164", "\u2800",
            "\u2000", "\u2003", "\u200A", "\u202F", "\u205F", "\u3000", "\u2060", "\u200C", "\u200D", "\u180E",
            "\u115F", "\u1160", "\uFFA0", "\u2028", "\u2029", " ", "\t");

    private static final Gen<String> PIECES = Generate.frequency(List.of(
            Pair.of(4, Generate.pick(INVISIBLE)),
            Pair.of(4, Generate.pick(List.of("a", "Æ", "ø", "1", "FC ", "\uD83D\uDE00"))),
            Pair.of(2, Generate.pick(List.of("'; DROP TABLE x; --", "%_\\", "<script>", "${x}", "\\u0000"))),
            Pair.of(1, Generate.pick(List.of("\u0000", "\n", "\r", "\u007F", "\u0085", "\u001B"))),
            Pair.of(1, Generate.pick(List.of("\uD83D", "\uDE00"))),
            Pair.of(1, Generate.constant("x".repeat(1000)))));

    private static final Gen<String> TEXTS = SourceDSL.lists().of(PIECES).ofSizeBetween(0, 6)
            .map(pieces -> String.join("", pieces));

    /** A free-text builder setter and where to read the value back. */
    private record Target(Class<?> type, Method setter, Method getter, int max, boolean lineFeed) {}

    @Test
    void hostile_text_into_any_free_text_setter_is_rejected_with_its_rules_or_kept_exactly() {
        List<Target> found = targets();
        // An attribute of an agreement that only some states hold (a termination reason, an abandon reason) is
        // reached through a sample in that state; any setter still left out is counted and must stay at none.
        List<Target> targets = found.stream().filter(t -> acceptsPlainText(t)).toList();
        System.out.printf("hostile text: %d free-text setters found, %d reached (%d need another state than "
                + "the sample's)%n", found.size(), targets.size(), found.size() - targets.size());
        assertThat(targets).as("free-text setters found").hasSizeGreaterThan(30);
        assertThat(found.size() - targets.size()).as("free-text setters no sample reaches").isZero();
        PropertyRuns.qt(150).forAll(TEXTS).checkAssert(text -> {
            for (Target t : targets) {
                check(t, text);
            }
        });
    }

    private static boolean acceptsPlainText(Target t) {
        try {
            build(t, "Sample");
            return true;
        } catch (InvocationTargetException e) {
            return false;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object build(Target t, String text) throws ReflectiveOperationException {
        Object builder = SampleValues.newBuilder(t.type());
        SampleValues.accessible(builder.getClass().getMethod("from", t.type())).invoke(builder, sampleFor(t));
        SampleValues.accessible(t.setter()).invoke(builder, text);
        return SampleValues.accessible(builder.getClass().getMethod("build")).invoke(builder);
    }

    /** @return a valid value of the setter's type in which the attribute may be present */
    private static Object sampleFor(Target t) {
        if (t.type() == Agreement.class && t.setter().getName().equals("abandonReason")) {
            return Agreement.builder().id(AgreementId.of(UUID.fromString("123e4567-e89b-12d3-a456-426614174001")))
                    .title("Opgivet").state(AgreementState.ABANDONED).abandonReason("Sample").build();
        }
        if (t.type() == Agreement.class && t.setter().getName().equals("terminationReason")) {
            Agreement signed = Fixtures.signedAgreement(IdGenerator.seeded(3), Fixtures.TERM_2021_2024);
            return Agreement.builder().from(signed).state(AgreementState.TERMINATED)
                    .terminationDate(LocalDate.of(2022, 6, 30)).terminationReason("Sample").build();
        }
        return SampleValues.of(t.type());
    }

    private static void check(Target t, String text) {
        Set<String> expected = referenceRules(text, t.max(), t.lineFeed());
        Object built;
        try {
            built = build(t, text);
        } catch (InvocationTargetException e) {
            assertThat(e.getCause()).as(describe(t, text)).isInstanceOf(ValidationException.class);
            ValidationException v = (ValidationException) e.getCause();
            assertThat(expected).as(describe(t, text) + " was rejected: " + v.getMessage()).isNotEmpty();
            assertThat(new TreeSet<>(v.getRules())).as(describe(t, text)).isEqualTo(expected);
            return;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        assertThat(expected).as(describe(t, text) + " was accepted").isEmpty();
        Object read;
        try {
            read = t.getter().invoke(built);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        assertThat(read instanceof Optional<?> o ? o.orElseThrow() : read).as(describe(t, text)).isEqualTo(text);
    }

    /** The text rules of docs/model.md, written without looking at the implementation. */
    private static Set<String> referenceRules(String s, int max, boolean lineFeed) {
        Set<String> rules = new TreeSet<>();
        if (s.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT || cp == 0x115F || cp == 0x1160 || cp == 0x3164
                || cp == 0xFFA0 || cp == 0x2800)) {
            rules.add("text.blank");
        }
        if (s.length() > max) {
            rules.add("text.too-long");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                rules.add("text.unpaired-surrogate");
            } else if ((c < 0x20 || (c >= 0x7F && c <= 0x9F)) && !(lineFeed && c == '\n')) {
                rules.add("text.control-character");
            }
        }
        return rules;
    }

    private static List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (Class<?> type : PublicApi.types()) {
            Class<?> builder = PublicApi.builderOf(type);
            if (builder == null) {
                continue;
            }
            for (Method setter : PublicApi.builderSetters(builder)) {
                if (setter.getParameterCount() != 1 || setter.getParameterTypes()[0] != String.class) {
                    continue;
                }
                Method getter = getter(type, setter.getName());
                if (getter == null) {
                    continue;
                }
                if (freeText(getter, ShortText.class)) {
                    targets.add(new Target(type, setter, getter, 200, false));
                } else if (freeText(getter, LongText.class)) {
                    targets.add(new Target(type, setter, getter, 4000, true));
                }
            }
        }
        return targets;
    }

    private static Method getter(Class<?> type, String attribute) {
        try {
            return type.getMethod("get" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1));
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static boolean freeText(Method getter, Class<? extends java.lang.annotation.Annotation> kind) {
        if (getter.isAnnotationPresent(kind)) {
            return true;
        }
        AnnotatedType returned = getter.getAnnotatedReturnType();
        return returned instanceof AnnotatedParameterizedType p
                && p.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(kind);
    }

    private static String describe(Target t, String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().limit(80).forEach(c -> escaped.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return t.type().getSimpleName() + "." + t.setter().getName() + "(\"" + escaped + "\")";
    }
}
