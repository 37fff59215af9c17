/**
 * The domain of welfare alliances (velfærdsalliancer): the {@link dk.welfarealliance.Alliance} aggregate of
 * one municipality and one federation, its {@link dk.welfarealliance.Agreement}s (terms) with their content,
 * and the values they are made of.
 *
 * <p>Every type is immutable and validated when built: an invalid value cannot exist, whoever builds it.
 * Bad input gives a {@link dk.welfarealliance.validation.ValidationException} naming the property and the
 * rule. No nulls: optional values are {@link java.util.Optional}, absent collections are empty.
 */
@NullMarked
@DomainStyle
package dk.welfarealliance;

import dk.welfarealliance.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
