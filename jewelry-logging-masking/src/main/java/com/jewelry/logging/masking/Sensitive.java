package com.jewelry.logging.masking;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field, record component or getter of a service's own DTO as personal data of the given kind.
 * When the DTO is written through the log encoder, the value is masked according to the kind, whatever the
 * property is called. The annotation carries no framework types, so DTOs that use it stay plain.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Sensitive {

    /** What the value is; decides how it is rendered. */
    SensitiveKind kind();
}
