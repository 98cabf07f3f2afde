package com.touchpoint.views.quality;

import com.touchpoint.datasources.identity.IdType;
import com.touchpoint.datasources.mapping.CanonicalField;
import com.touchpoint.datasources.mapping.FileKind;
import com.touchpoint.views.i18n.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The analyst's names for the data model's terms: canonical fields ("Event time"), kinds of file ("Orders") and
 * identifier types ("Phone"), in the interface language. Shared by the import wizard, quality reports and the
 * customer view. Reports store these terms as lower-case names; a name that is not known is shown as it is.
 */
public final class DataLabels {

    private DataLabels() {
    }

    public static String field(Messages messages, CanonicalField field) {
        return messages.get("field." + field.key());
    }

    public static String kind(Messages messages, FileKind kind) {
        return messages.get("kind." + lower(kind));
    }

    public static String idType(Messages messages, IdType type) {
        return messages.get("idType." + lower(type));
    }

    /** A field by its stored name ({@code event_time}). */
    public static String fieldNamed(Messages messages, String name) {
        return named(CanonicalField.class, name, field -> field(messages, field));
    }

    /** A kind of file by its stored name ({@code events}). */
    public static String kindNamed(Messages messages, String name) {
        return named(FileKind.class, name, kind -> kind(messages, kind));
    }

    /** An identifier type by its stored name ({@code device}). */
    public static String idTypeNamed(Messages messages, String name) {
        return named(IdType.class, name, type -> idType(messages, type));
    }

    private static <E extends Enum<E>> String named(Class<E> type, String name, Function<E, String> label) {
        Optional<E> known = Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(name)).findFirst();
        return known.map(label).orElse(name);
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
