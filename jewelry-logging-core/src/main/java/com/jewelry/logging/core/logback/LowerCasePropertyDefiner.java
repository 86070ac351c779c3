package com.jewelry.logging.core.logback;

import ch.qos.logback.core.PropertyDefinerBase;

import java.util.Locale;

/**
 * Defines a Logback property as the lower-case form of a value, so file names can use {@code mes} where the
 * configuration says {@code MES}: {@code <define name="X" class="...LowerCasePropertyDefiner"><value>${Y}</value></define>}.
 */
public class LowerCasePropertyDefiner extends PropertyDefinerBase {

    private String value = "";

    public void setValue(String value) {
        this.value = value == null ? "" : value;
    }

    @Override
    public String getPropertyValue() {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
