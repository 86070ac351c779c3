package com.jewelry.logging.masking.logback;

import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.jackson.SensitiveAnnotations;
import net.logstash.logback.decorate.MapperBuilderDecorator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.module.SimpleModule;

/**
 * Honours {@link Sensitive} on a service's DTOs when LLE serializes them (structured arguments, markers).
 * Register it next to {@link JewelryMaskingDecorator}:
 * <pre>{@code <decorator class="com.jewelry.logging.masking.logback.SensitiveAnnotationDecorator"/>}</pre>
 * An annotated property is masked by its declared kind through the masking generator, so the style and
 * pseudonymisation settings of the decorator apply. Without the masking generator in the chain it fails closed
 * and writes the kind's marker.
 */
public final class SensitiveAnnotationDecorator<M extends ObjectMapper, B extends MapperBuilder<M, B>>
        implements MapperBuilderDecorator<M, B> {

    @Override
    public B decorate(B builder) {
        return builder.addModule(module());
    }

    /** The Jackson module, for mappers built outside LLE: {@link SensitiveAnnotations#module()}. */
    public static SimpleModule module() {
        return SensitiveAnnotations.module();
    }
}
