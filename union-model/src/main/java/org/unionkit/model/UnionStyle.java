package org.unionkit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated {@code Immutable*} classes stay package-private
 * behind the abstract types, builders are strict (each attribute set once), only JDK collections are
 * used, accessors have no {@code get} prefix, and a builder missing required attributes throws
 * {@link ValidationException} naming them.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    throwForInvalidImmutableState = ValidationException.class,
    // No @Generated in the classes: modules compiling against them then need no Immutables jar.
    allowedClasspathAnnotations = {Override.class, CanIgnoreReturnValue.class},
    redactedMask = "***",
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = true))
@interface UnionStyle {}
