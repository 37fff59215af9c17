package dk.welfarealliance.internal;

import dk.welfarealliance.internal.validation.MissingAttributeException;
import dk.welfarealliance.internal.validation.NullArgumentException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every domain value: JavaBeans getters ({@code getName()}) so that Hibernate
 * Validator sees the constraints, builders with plain names ({@code .name(...)}), a public nested
 * {@code Builder} and {@code with*} copies on the abstract type (the generated class stays hidden), and the
 * library's typed {@code ValidationException} for missing attributes and null arguments.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"get*", "is*"},
        init = "*",
        typeImmutable = "Immutable*",
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(prehash = false),
        throwForInvalidImmutableState = MissingAttributeException.class,
        throwForNullPointer = NullArgumentException.class,
        jdkOnly = true,
        privateNoargConstructor = false)
public @interface DomainStyle {}
