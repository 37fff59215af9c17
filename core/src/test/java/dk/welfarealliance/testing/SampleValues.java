package dk.welfarealliance.testing;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.LocalUnionCode;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.RegionCode;
import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.reference.ReferenceCatalogue;
import dk.welfarealliance.service.ApproveAgreement;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.storage.AllianceCriteria;
import dk.welfarealliance.storage.AllianceSort;
import dk.welfarealliance.storage.AllianceStore;
import dk.welfarealliance.storage.Cursor;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One valid sample value per type, for tests that call public methods by reflection. Known types come from a
 * small registry (codes, whose text has a form; interfaces); the rest are built the way a caller would: enums
 * by their first constant, records through their canonical constructor, value types through their builder with
 * every attribute the builder reports missing, containers empty. {@link #of} fails for a type it cannot build,
 * so that a new public type cannot slip past the reflective tests unexercised.
 */
public final class SampleValues {
    private static final Map<Class<?>, Supplier<Object>> KNOWN = new HashMap<>();

    static {
        KNOWN.put(String.class, () -> "Sample");
        KNOWN.put(UUID.class, () -> UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        KNOWN.put(LocalDate.class, () -> LocalDate.of(2024, 1, 1));
        KNOWN.put(Instant.class, () -> Fixtures.NOW_IN_MICROS);
        KNOWN.put(BigDecimal.class, () -> BigDecimal.ONE);
        KNOWN.put(Clock.class, Fixtures::clock);
        KNOWN.put(ZoneId.class, () -> ZoneId.of("Europe/Copenhagen"));
        KNOWN.put(Locale.class, () -> Locale.ENGLISH);
        KNOWN.put(Object.class, () -> "Sample");
        KNOWN.put(MunicipalityCode.class, () -> Fixtures.AARHUS);
        KNOWN.put(RegionCode.class, () -> RegionCode.of("1082"));
        KNOWN.put(FederationCode.class, () -> FederationCode.DBU);
        KNOWN.put(LocalUnionCode.class, () -> LocalUnionCode.of("DBU_JYLLAND"));
        KNOWN.put(FocusAreaCode.class, () -> FocusAreaCode.of("SUNDHED"));
        KNOWN.put(TargetGroup.class, () -> TargetGroup.GIRLS);
        KNOWN.put(ActorRef.class, () -> Fixtures.ACTOR);
        KNOWN.put(IdGenerator.class, () -> IdGenerator.seeded(1));
        KNOWN.put(ReferenceCatalogue.class, ReferenceCatalogue::bundled);
        KNOWN.put(Command.class, () -> ApproveAgreement.of(AgreementId.of(UUID.randomUUID())));
        KNOWN.put(AllianceStore.class, () -> Proxy.newProxyInstance(AllianceStore.class.getClassLoader(),
                new Class<?>[] {AllianceStore.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException("a sample store stores nothing");
                }));
        KNOWN.put(Alliance.class, () -> Fixtures.lifecycle(1).createAlliance(FederationCode.DBU, Fixtures.AARHUS,
                Fixtures.ACTOR));
        KNOWN.put(Cursor.class, () -> Cursor.after((Alliance) of(Alliance.class), AllianceCriteria.all(),
                AllianceSort.values()[0]));
        KNOWN.put(Throwable.class, () -> new IllegalStateException("sample cause"));
        KNOWN.put(dk.welfarealliance.Money.class, () -> dk.welfarealliance.Money.dkk(100));
        KNOWN.put(java.util.OptionalLong.class, java.util.OptionalLong::empty);
        KNOWN.put(dk.welfarealliance.service.Lifecycle.class, () -> Fixtures.lifecycle(1));
        KNOWN.put(dk.welfarealliance.service.RetryPolicy.class, dk.welfarealliance.service.RetryPolicy::noRetry);
        KNOWN.put(java.time.Duration.class, () -> java.time.Duration.ofMillis(10));
        KNOWN.put(java.util.function.DoubleSupplier.class, () -> (java.util.function.DoubleSupplier) () -> 0.5);
        KNOWN.put(dk.welfarealliance.service.RetryPolicy.Sleeper.class,
                () -> (dk.welfarealliance.service.RetryPolicy.Sleeper) pause -> { });
        KNOWN.put(ValidationException.class, () -> new ValidationException(List.of((Violation) of(Violation.class))));
        KNOWN.put(Violation.class, () -> Violation.of("Sample", "path", "value.null", Map.of()));
        KNOWN.put(dk.welfarealliance.ExtensionOption.class, () -> dk.welfarealliance.ExtensionOption.byYears(2));
        KNOWN.put(dk.welfarealliance.service.AllianceListener.class, () -> (dk.welfarealliance.service.AllianceListener) change -> {});
        KNOWN.put(dk.welfarealliance.service.CommitHook.class, dk.welfarealliance.service.CommitHook::immediately);
        KNOWN.put(dk.welfarealliance.PartialDate.class, () -> dk.welfarealliance.PartialDate.year(2024));
    }

    private SampleValues() {}

    /** @return a valid value of {@code type} */
    public static Object of(Class<?> type) {
        Supplier<Object> known = KNOWN.get(type);
        if (known != null) {
            return known.get();
        }
        if (type.isPrimitive()) {
            return primitive(type);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isArray()) {
            return Array.newInstance(type.getComponentType(), 0);
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == Iterable.class || type == Collection.class || type == List.class) {
            return List.of();
        }
        if (type == Set.class || type == SortedSet.class) {
            return new TreeSet<>();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Map.Entry.class) {
            return Map.entry(Fixtures.AARHUS, LocalUnionCode.of("DBU_JYLLAND"));
        }
        if (type.isRecord()) {
            return record(type);
        }
        return built(type);
    }

    private static Object primitive(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == int.class) {
            return 1;
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = of(types[i]);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no sample for " + type, e);
        }
    }

    // Builds through builder(): sets every attribute that build() reports as missing, from its one-value setter.
    private static Object built(Class<?> type) {
        Method of = factoryOf(type);
        if (of != null) {
            return invoke(of);
        }
        try {
            Object builder = newBuilder(type);
            Method build = accessible(builder.getClass().getMethod("build"));
            for (int attempt = 0; attempt < 20; attempt++) {
                try {
                    return build.invoke(builder);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    if (!(e.getCause() instanceof ValidationException missing)) {
                        throw e;
                    }
                    List<Violation> required = missing.getViolations().stream()
                            .filter(v -> v.getRule().equals("value.required"))
                            .toList();
                    if (required.isEmpty()) {
                        throw new IllegalArgumentException("no valid sample for " + type + ": " + missing.getMessage());
                    }
                    for (Violation v : required) {
                        Method setter = singleValueSetter(builder.getClass(), v.getPath());
                        setter.invoke(builder, of(setter.getParameterTypes()[0]));
                    }
                }
            }
            throw new IllegalArgumentException("no sample for " + type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no sample for " + type, e);
        }
    }

    /** @return a fresh builder of value type {@code type}: its {@code builder()}, or {@code new Builder()} */
    public static Object newBuilder(Class<?> type) throws ReflectiveOperationException {
        try {
            return type.getMethod("builder").invoke(null);
        } catch (NoSuchMethodException e) {
            for (Class<?> nested : type.getDeclaredClasses()) {
                if (nested.getSimpleName().equals("Builder")) {
                    return nested.getConstructor().newInstance();
                }
            }
            throw new IllegalArgumentException("no sample for " + type + ": add it to SampleValues", e);
        }
    }

    // A public static of(...) returning the type, if the type has one and no builder().
    private static Method factoryOf(Class<?> type) {
        try {
            type.getMethod("builder");
            return null;
        } catch (NoSuchMethodException e) {
            for (Method m : type.getMethods()) {
                if (m.getName().equals("of") && Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type) {
                    return m;
                }
            }
            return null;
        }
    }

    private static Object invoke(Method factory) {
        Object[] args = new Object[factory.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
            args[i] = of(factory.getParameterTypes()[i]);
        }
        try {
            return factory.invoke(null, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no sample from " + factory, e);
        }
    }

    private static Method singleValueSetter(Class<?> builder, String attribute) {
        for (Method m : builder.getMethods()) {
            if (m.getName().equals(attribute) && m.getParameterCount() == 1
                    && m.getParameterTypes()[0] != Optional.class && !Modifier.isStatic(m.getModifiers())) {
                return accessible(m);
            }
        }
        throw new IllegalArgumentException("no setter " + attribute + " on " + builder);
    }

    /** @return {@code m}, callable even when it is declared in a package-private generated class */
    public static Method accessible(Method m) {
        m.setAccessible(true);
        return m;
    }
}
