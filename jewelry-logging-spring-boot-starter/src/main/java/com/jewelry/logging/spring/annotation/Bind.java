package com.jewelry.logging.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One component of a {@link LogEvent}'s record and the expression that gives its value. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Bind {

    /** The record component's name, e.g. {@code orderNumber}. */
    String name();

    /** An expression over the arguments ({@code #order.number}, {@code #p0}) and the result ({@code #result}). */
    String value();
}
