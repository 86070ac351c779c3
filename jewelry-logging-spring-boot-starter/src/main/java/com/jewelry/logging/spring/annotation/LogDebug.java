package com.jewelry.logging.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Logs the method's arguments and result (or the exception's type) at DEBUG, under {@code detail.*}, masked like
 * every line. Costs one level check when DEBUG is off for the class's logger. On a class: every public method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface LogDebug {

    /** Whether the return value is written too (switch off for large results). */
    boolean result() default true;
}
