package io.parcelclaims.internal;

import io.parcelclaims.value.InvalidValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * {@link ClaimsStyle} with a builder that can start from an existing value ({@code from}), for the one
 * value that is built from another: an assessment context starts from the assessor's inputs, so
 * every input reaches the policy without a hand-written copy of each field.
 *
 * <p>The builder stays single-use; only {@code from} and setting an attribute again are allowed.
 */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // not strict: from(inputs) fills the builder, which strict builders do not generate
    strictBuilder = false,
    jdkOnly = true,
    throwForInvalidImmutableState = InvalidValueException.class,
    redactedMask = "***",
    jdk9Collections = false,
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class})
public @interface ContextStyle {}
