package com.jewelry.logging.masking.jackson;

import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.JsonGeneratorDelegate;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Honours {@link Sensitive} when Jackson serializes a service's objects (DEBUG detail, structured arguments):
 * a Jackson module for any mapper, with no Logback or LLE class, so the Logback encoder, the LLE decorator and the
 * Log4j2 layout share it. Inside a masking generator ({@link SensitivePropertyWriter}) an annotated property is
 * masked by its kind with the policy's style; anywhere else (a tree built first, then written through the masking
 * writer) it fails closed and becomes the kind's marker.
 */
public final class SensitiveAnnotations {

    private SensitiveAnnotations() {
    }

    /** The module to add to an {@code ObjectMapper}. */
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
            SensitivePropertyWriter masking = find(gen);
            if (masking != null) {
                masking.writeSensitive(kind, value, context);
            } else if (value == null) {
                gen.writeNull();
            } else {
                gen.writeString("[masked:" + kind.label() + "]");
            }
        }

        private static SensitivePropertyWriter find(JsonGenerator gen) {
            JsonGenerator current = gen;
            while (current != null) {
                if (current instanceof SensitivePropertyWriter masking) {
                    return masking;
                }
                current = current instanceof JsonGeneratorDelegate delegate ? delegate.delegate() : null;
            }
            return null;
        }
    }
}
