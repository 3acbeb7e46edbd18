package io.parcelclaims.internal;

import io.parcelclaims.value.InvalidValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, placed on each value package's {@code package-info}.
 *
 * <p>SOURCE retention so that consumers without Immutables on their path see no warnings.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    // generated classes stay package-private; callers only see the abstract type and its Builder
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // not strict: a builder can start from an existing value (from) and a later setter replaces an
    // earlier one, so a fixture's default can be overridden; list attributes still accumulate
    strictBuilder = false,
    // no Guava collections even if Guava happens to be on a carrier's path
    jdkOnly = true,
    // missing attributes arrive in our exception, with their names
    throwForInvalidImmutableState = InvalidValueException.class,
    // masked attributes show this in toString(), so a reader sees the field exists
    redactedMask = "***",
    // ordered immutable lists, never hash-ordered JDK 9 sets and maps
    jdk9Collections = false,
    defaults = @Value.Immutable(copy = true),
    // no class-retained @Generated on generated code: consumers compiling against our jars
    // without Immutables would get "Cannot find annotation method" warnings
    allowedClasspathAnnotations = {Override.class})
public @interface ClaimsStyle {}
