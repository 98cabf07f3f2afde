package com.touchpoint.datasources.mapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.touchpoint.datasources.mapping.CanonicalField.CHANNEL;
import static com.touchpoint.datasources.mapping.CanonicalField.CONVERSIONS;
import static com.touchpoint.datasources.mapping.CanonicalField.COST;
import static com.touchpoint.datasources.mapping.CanonicalField.EVENT_TIME;
import static com.touchpoint.datasources.mapping.CanonicalField.EVENT_TYPE;
import static com.touchpoint.datasources.mapping.CanonicalField.NON_CONVERSIONS;
import static com.touchpoint.datasources.mapping.CanonicalField.ORDER_ID;
import static com.touchpoint.datasources.mapping.CanonicalField.PATH;
import static com.touchpoint.datasources.mapping.CanonicalField.REVENUE;
import static com.touchpoint.datasources.mapping.CanonicalField.SPEND_DATE;

/**
 * One thing a kind of file must provide: any one of a set of fields, mapped to a column or (for text fields) given
 * as a constant.
 *
 * @param description how the requirement reads in a message, e.g. "an identifier (member_id, …)"
 */
public record FieldRequirement(String description, Set<CanonicalField> anyOf) {

    public FieldRequirement {
        anyOf = Set.copyOf(anyOf);
    }

    /** What a file of the kind needs before its rows can be mapped. */
    public static List<FieldRequirement> of(FileKind kind) {
        return switch (kind) {
            case EVENTS -> List.of(single(EVENT_TIME, "a time"),
                    single(EVENT_TYPE, "an event type", "a column or a constant such as 'click'"), identifier(false));
            case ORDERS -> List.of(single(EVENT_TIME, "an order time"), single(REVENUE, "a revenue"),
                    identifier(true));
            case CUSTOMERS -> List.of(identifier(false));
            case SPEND -> List.of(single(SPEND_DATE, "a date"),
                    single(CHANNEL, "a channel", "a column or a constant such as 'baidu'"), single(COST, "a cost"));
            case PATHS -> List.of(single(PATH, "a path"), single(CONVERSIONS, "a conversion count"),
                    single(NON_CONVERSIONS, "a non-conversion count"));
        };
    }

    public boolean satisfiedBy(Set<CanonicalField> provided) {
        return anyOf.stream().anyMatch(provided::contains);
    }

    private static FieldRequirement single(CanonicalField field, String what) {
        return single(field, what, null);
    }

    private static FieldRequirement single(CanonicalField field, String what, String hint) {
        return new FieldRequirement(what + " (" + field.key() + (hint == null ? "" : ", " + hint) + ")",
                EnumSet.of(field));
    }

    private static FieldRequirement identifier(boolean orOrderId) {
        List<CanonicalField> fields = new ArrayList<>(CanonicalField.identifiers());
        if (orOrderId) {
            fields.add(ORDER_ID);
        }
        String names = fields.stream().map(CanonicalField::key).collect(Collectors.joining(", "));
        return new FieldRequirement((orOrderId ? "an identifier or an order id" : "an identifier") + " (" + names
                + ")", EnumSet.copyOf(fields));
    }
}
