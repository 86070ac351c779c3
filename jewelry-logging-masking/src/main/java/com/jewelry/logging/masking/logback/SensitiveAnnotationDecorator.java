package com.jewelry.logging.masking.logback;

import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;
import java.util.List;
import net.logstash.logback.decorate.MapperBuilderDecorator;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.JsonGeneratorDelegate;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

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

    /** The Jackson module, for mappers built outside LLE. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("jewelry-sensitive-annotation");
        module.setSerializerModifier(new ValueSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
                    BeanDescription.Supplier beanDesc, List<BeanPropertyWriter> properties) {
                for (BeanPropertyWriter property : properties) {
                    Sensitive sensitive = property.getAnnotation(Sensitive.class);
                    if (sensitive != null) {
                        property.assignSerializer(new SensitiveSerializer(sensitive.kind()));
                    }
                }
                return properties;
            }
        });
        return module;
    }

    private static final class SensitiveSerializer extends ValueSerializer<Object> {
        private final SensitiveKind kind;

        SensitiveSerializer(SensitiveKind kind) {
            this.kind = kind;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext context) {
            MaskingJsonGenerator masking = find(gen);
            if (masking != null) {
                masking.writeSensitive(kind, value, context);
            } else if (value == null) {
                gen.writeNull();
            } else {
                gen.writeString("[masked:" + kind.label() + "]");
            }
        }

        private static MaskingJsonGenerator find(JsonGenerator gen) {
            JsonGenerator current = gen;
            while (current != null) {
                if (current instanceof MaskingJsonGenerator masking) {
                    return masking;
                }
                current = current instanceof JsonGeneratorDelegate delegate ? delegate.delegate() : null;
            }
            return null;
        }
    }
}
