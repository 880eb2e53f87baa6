package org.convene.web;

import java.time.temporal.Temporal;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What the API's JSON may hold, checked while it is read so that no controller or service sees
 * anything else: no {@code null} inside an array or map, only finite numbers (a {@code 1e309}
 * would be read as Infinity), and only {@link SensibleDates}. Each refusal is a 400 problem naming
 * the field ({@link ApiProblems}).
 */
@Configuration(proxyBeanMethods = false)
class ApiJsonBoundaries {

    @Bean
    JsonMapperBuilderCustomizer refuseValuesOutsideTheDomain() {
        return builder -> builder
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                .addModule(new SimpleModule("convene-boundaries").setDeserializerModifier(new Checked()));
    }

    /** Wraps the deserializers of numbers and dates in a check of what they read. */
    private static final class Checked extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                ValueDeserializer<?> deserializer) {
            var type = description.getBeanClass();
            if (type == Double.class || type == double.class || type == Float.class || type == float.class
                    || Temporal.class.isAssignableFrom(type)) {
                return new CheckedValue(deserializer);
            }
            return deserializer;
        }
    }

    private static final class CheckedValue extends DelegatingDeserializer {

        CheckedValue(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new CheckedValue(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            var value = super.deserialize(parser, context);
            if (value instanceof Double number && !Double.isFinite(number)
                    || value instanceof Float single && !Float.isFinite(single)) {
                return context.handleWeirdNumberValue(handledType(), (Number) value, "not a finite number");
            }
            if (value instanceof Temporal date && !SensibleDates.accepts(date)) {
                throw context.weirdStringException(parser.getString(), handledType(), "outside the accepted years");
            }
            return value;
        }
    }
}
