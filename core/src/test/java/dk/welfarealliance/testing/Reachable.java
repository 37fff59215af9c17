package dk.welfarealliance.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything reachable from a value of the domain through its public no-argument methods (getters, derived
 * values such as {@code openAgreement()}, record accessors), as text: the {@code toString()} of every value
 * met, and every leaf value. For checks such as "nothing of the erased person remains".
 */
public final class Reachable {
    private static final String DOMAIN = "dk.welfarealliance";
    private static final Set<String> SKIPPED = Set.of("hashCode", "toString", "getClass", "builder");

    private Reachable() {}

    /** @return the text of every value reachable from {@code root} */
    public static List<String> texts(Object root) {
        List<String> texts = new ArrayList<>();
        visit(root, texts, Collections.newSetFromMap(new IdentityHashMap<>()));
        return texts;
    }

    private static void visit(Object value, List<String> texts, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        texts.add(String.valueOf(value));
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> visit(v, texts, seen));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> visit(v, texts, seen));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                visit(k, texts, seen);
                visit(v, texts, seen);
            });
        } else if (value.getClass().getName().startsWith(DOMAIN) && !value.getClass().isEnum()) {
            for (Method m : publicNoArgMethods(value.getClass())) {
                try {
                    visit(m.invoke(value), texts, seen);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new AssertionError("cannot call " + m + " on " + value.getClass().getName(), e);
                }
            }
        }
    }

    /** The public no-argument instance methods declared by public domain types the value is an instance of. */
    private static Set<Method> publicNoArgMethods(Class<?> type) {
        Set<Method> methods = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            types.add(c);
            Collections.addAll(types, c.getInterfaces());
        }
        for (Class<?> c : types) {
            if (!Modifier.isPublic(c.getModifiers()) || !c.getName().startsWith(DOMAIN)) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (Modifier.isPublic(mod) && !Modifier.isStatic(mod) && m.getParameterCount() == 0
                        && m.getReturnType() != void.class && !SKIPPED.contains(m.getName()) && names.add(m.getName())) {
                    methods.add(m);
                }
            }
        }
        return methods;
    }
}
