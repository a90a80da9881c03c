package org.huiying.intake.cases.query;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.Optional;

/** The name an enum constant of the contracts has on the wire and in the API, e.g. {@code service-request}. */
public final class WireName {

    private WireName() {
    }

    public static String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        try {
            JsonProperty name = value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class);
            return name == null ? value.name().toLowerCase() : name.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String wireName) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> of(value).equals(wireName)).findFirst();
    }
}
