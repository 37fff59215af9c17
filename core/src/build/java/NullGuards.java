import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step (run by core's pom between Immutables' code generation and compilation, with the JDK's
 * single-file source launcher): makes every public method and constructor of the generated sources reject a
 * null argument with the library's typed error.
 *
 * <p>Why: Immutables checks single-value arguments through the style's {@code throwForNullPointer}, but its
 * container, varargs and {@code Optional} initialisers ({@code clubs(Iterable)}, {@code addClubs(Club...)},
 * {@code description(Optional)}, {@code withClubs(...)}, {@code putAllCoverage(Map)}) dereference the argument
 * directly, so a null gave a bare {@code NullPointerException}. No style attribute changes that in Immutables
 * 2.12.2, and an encoding cannot keep the {@code with*} overloads of the generated {@code With*} interfaces.
 *
 * <p>Rule: a reference parameter of a public generated method or constructor gets {@code if (p == null) throw
 * new <exception>("<attribute>");} as the first statement, unless the body already passes it to
 * {@code requireNonNull}, it is annotated {@code @Nullable}, or it is the argument of {@code equals}. The
 * attribute is the method name without the style's {@code with}, {@code addAll}, {@code add}, {@code putAll},
 * {@code put} prefix. Idempotent: a guarded method is left alone.
 *
 * <p>Usage: {@code java NullGuards.java <generated-sources-dir> <exception-class>}. Exits non-zero if no
 * generated file was found (a misconfigured build must not pass silently).
 */
public final class NullGuards {
    private static final String MARK = "// null-guard";
    private static final Pattern METHOD = Pattern.compile(
            "^(\\s*)public (?:static )?(?:final )?(?:<[^>]+> )?(?:[\\w.$]+(?:<.*>)?(?:\\[])* )?(\\w+)\\((.+)\\) \\{$");
    private static final Pattern PARAMETER = Pattern.compile("^((?:@[\\w.]+ )*)(.+?) (\\w+)$");
    private static final Pattern PREFIX = Pattern.compile("^(?:with|addAll|add|putAll|put)(?=[A-Z])");
    private static final Set<String> PRIMITIVES =
            Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double");

    private NullGuards() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        String exception = args[1];
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.getFileName().toString().startsWith("Immutable"))
                    .filter(p -> p.toString().endsWith(".java"))
                    .toList();
        }
        if (sources.isEmpty()) {
            System.err.println("NullGuards: no generated Immutable*.java under " + root);
            System.exit(1);
        }
        for (Path source : sources) {
            guard(source, exception); // silent: the build's own output stays the example's (tests prove the guards)
        }
    }

    private static int guard(Path source, String exception) {
        try {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>(lines.size() + 64);
            int added = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                out.add(line);
                Matcher m = METHOD.matcher(line);
                if (!m.matches() || m.group(2).equals("equals")) {
                    continue;
                }
                if (i + 1 < lines.size() && lines.get(i + 1).contains(MARK)) {
                    continue;
                }
                String body = bodyAfter(lines, i);
                if (body.stripLeading().startsWith("this(") || body.stripLeading().startsWith("super(")) {
                    continue; // nothing may precede an explicit constructor call (Java 17)
                }
                String attribute = PREFIX.matcher(m.group(2)).replaceFirst("");
                attribute = Character.toLowerCase(attribute.charAt(0)) + attribute.substring(1);
                for (String parameter : split(m.group(3))) {
                    Matcher p = PARAMETER.matcher(parameter.trim());
                    if (!p.matches() || PRIMITIVES.contains(p.group(2)) || p.group(1).contains("Nullable")) {
                        continue;
                    }
                    String name = p.group(3);
                    if (body.contains("requireNonNull(" + name + ",")) {
                        continue;
                    }
                    String what = name.equals(m.group(2)) || isGenericName(name) ? attribute : name;
                    out.add(m.group(1) + "  if (" + name + " == null) throw new " + exception + "(\"" + what + "\"); "
                            + MARK);
                    added++;
                }
            }
            if (added > 0) {
                Files.write(source, out, StandardCharsets.UTF_8);
            }
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The names Immutables gives container and optional parameters; they say nothing about the attribute.
    private static boolean isGenericName(String name) {
        return Set.of("elements", "element", "optional", "entries", "entry", "value", "key").contains(name);
    }

    // The method body up to its closing brace at the header's indentation (enough to see existing checks).
    private static String bodyAfter(List<String> lines, int header) {
        String indent = lines.get(header).substring(0, lines.get(header).indexOf("public"));
        StringBuilder body = new StringBuilder();
        for (int j = header + 1; j < lines.size(); j++) {
            String l = lines.get(j);
            if (l.equals(indent + "}")) {
                break;
            }
            body.append(l).append('\n');
        }
        return body.toString();
    }

    // Splits a parameter list at commas outside type arguments.
    private static List<String> split(String parameters) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < parameters.length(); i++) {
            char c = parameters.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(parameters.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(parameters.substring(start));
        return parts;
    }
}
