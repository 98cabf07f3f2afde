package com.touchpoint.datasources.mapping;

import com.touchpoint.datasources.identity.IdType;
import com.touchpoint.datasources.normalize.InvalidValueException;
import com.touchpoint.datasources.normalize.Numbers;
import com.touchpoint.datasources.normalize.TimeParser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Typed access to the canonical fields of a record, everything looked up by field ordinal: sources and time parsers
 * were resolved once when the mapping was compiled. A required field without a value is a rejection naming its
 * column.
 */
final class CompiledFields {
    private final FieldSource[] sources;
    private final TimeParser[] parsers;
    private final FieldSource[] identifierSources;
    private final IdType[] identifierTypes;

    /**
     * @param sources by field ordinal, null for fields with neither column nor constant
     * @param parsers by field ordinal, set for mapped time and date fields
     */
    CompiledFields(FieldSource[] sources, TimeParser[] parsers) {
        this.sources = sources.clone();
        this.parsers = parsers.clone();
        List<CanonicalField> identifiers = CanonicalField.identifiers().stream()
                .filter(field -> sources[field.ordinal()] != null).toList();
        this.identifierSources = identifiers.stream().map(field -> sources[field.ordinal()])
                .toArray(FieldSource[]::new);
        this.identifierTypes = identifiers.stream().map(CanonicalField::idType).toArray(IdType[]::new);
    }

    /** How the field is named in reasons: its column, or its key when it has none. */
    String label(CanonicalField field) {
        FieldSource source = sources[field.ordinal()];
        return source == null ? field.key() : source.label();
    }

    String text(CanonicalField field, String[] values) throws RowRejectedException {
        return value(field, values, false);
    }

    String requiredText(CanonicalField field, String[] values) throws RowRejectedException {
        return value(field, values, true);
    }

    LocalDateTime time(CanonicalField field, String[] values, boolean required) throws RowRejectedException {
        String text = value(field, values, required);
        try {
            return text == null ? null : parsers[field.ordinal()].parseUtc(text);
        } catch (InvalidValueException e) {
            throw sources[field.ordinal()].invalid(e);
        }
    }

    LocalDate date(CanonicalField field, String[] values, boolean required) throws RowRejectedException {
        String text = value(field, values, required);
        try {
            return text == null ? null : parsers[field.ordinal()].parseDate(text);
        } catch (InvalidValueException e) {
            throw sources[field.ordinal()].invalid(e);
        }
    }

    BigDecimal decimal(CanonicalField field, String[] values, boolean required) throws RowRejectedException {
        String text = value(field, values, required);
        try {
            return text == null ? null : Numbers.parseAmount(text);
        } catch (InvalidValueException e) {
            throw sources[field.ordinal()].invalid(e);
        }
    }

    Long whole(CanonicalField field, String[] values, boolean required) throws RowRejectedException {
        String text = value(field, values, required);
        try {
            return text == null ? null : Numbers.parseLong(text);
        } catch (InvalidValueException e) {
            throw sources[field.ordinal()].invalid(e);
        }
    }

    /** The identifiers present, strongest first; empty when none is. */
    Map<IdType, String> identifiers(String[] values) throws RowRejectedException {
        Map<IdType, String> found = null;
        for (int i = 0; i < identifierSources.length; i++) {
            String id = identifierSources[i].text(values);
            if (id != null) {
                if (found == null) {
                    found = new EnumMap<>(IdType.class);
                }
                found.put(identifierTypes[i], id);
            }
        }
        return found == null ? Map.of() : found;
    }

    /** Why a record has no identifier (or order id): "no identifier: user_id, phone are all empty". */
    RowRejectedException noIdentifier(boolean orOrderId) {
        List<FieldSource> checked = new ArrayList<>(List.of(identifierSources));
        FieldSource orderId = sources[CanonicalField.ORDER_ID.ordinal()];
        if (orOrderId && orderId != null) {
            checked.add(orderId);
        }
        String labels = checked.stream().map(FieldSource::label).collect(Collectors.joining(", "));
        return new RowRejectedException((orOrderId ? "no identifier or order id: " : "no identifier: ") + labels
                + (checked.size() == 1 ? " is empty" : " are all empty"));
    }

    private String value(CanonicalField field, String[] values, boolean required) throws RowRejectedException {
        FieldSource source = sources[field.ordinal()];
        String text = source == null ? null : source.text(values);
        if (text == null && required) {
            throw source == null ? new RowRejectedException(field.key() + " is empty") : source.empty();
        }
        return text;
    }
}
