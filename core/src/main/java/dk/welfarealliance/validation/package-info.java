/**
 * Validation of bad input: the one typed {@link dk.welfarealliance.validation.ValidationException}, its
 * {@link dk.welfarealliance.validation.Violation}s with stable rule codes and English/Danish messages, and
 * the constraint annotations the domain types use.
 */
@NullMarked
package dk.welfarealliance.validation;

import org.jspecify.annotations.NullMarked;
