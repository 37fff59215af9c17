package dk.welfarealliance.testing;

import dk.welfarealliance.Alliance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The public API of core as compiled: every public type of the public packages (not {@code ..internal..}),
 * found by walking core's class files, and the entry points of those types that a caller can pass arguments
 * to. Used by tests that feed hostile arguments to all of them.
 */
public final class PublicApi {
    private PublicApi() {}

    /** @return every public top-level or nested type of core's public packages, by name */
    public static List<Class<?>> types() {
        Path root = classesRoot();
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.contains(".internal.") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, PublicApi.class.getClassLoader());
                if (isPublic(type) && !type.isAnonymousClass() && !type.isSynthetic()) {
                    types.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    /** @return the public methods of {@code builder} a caller sets attributes with, inherited ones included */
    public static List<Method> builderSetters(Class<?> builder) {
        return Stream.of(builder.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class)
                .filter(m -> m.getParameterCount() > 0)
                .sorted(Comparator.comparing(Method::toGenericString))
                .toList();
    }

    /** @return the public {@code with*} copy methods of a value type */
    public static List<Method> withMethods(Class<?> type) {
        return Stream.of(type.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getName().startsWith("with"))
                .filter(m -> m.getParameterCount() > 0)
                .sorted(Comparator.comparing(Method::toGenericString))
                .toList();
    }

    /**
     * @return the public static methods and public constructors of {@code type} that take arguments; the
     *     compiler-made {@code valueOf(String)} of enums is not the library's and is left out
     */
    public static List<Executable> factories(Class<?> type) {
        List<Executable> found = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() > 0
                    && !(type.isEnum() && m.getName().equals("valueOf"))) {
                found.add(m);
            }
        }
        if (!Modifier.isAbstract(type.getModifiers())) {
            for (Constructor<?> c : type.getConstructors()) {
                if (c.getParameterCount() > 0) {
                    found.add(c);
                }
            }
        }
        found.sort(Comparator.comparing(Executable::toGenericString));
        return found;
    }

    /** @return the public nested {@code Builder} of {@code type}, if it has one */
    public static Class<?> builderOf(Class<?> type) {
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (nested.getSimpleName().equals("Builder") && isPublic(nested)) {
                return nested;
            }
        }
        return null;
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static Path classesRoot() {
        try {
            return Path.of(Alliance.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
