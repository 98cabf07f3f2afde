package com.touchpoint.datasources.mapping;

import com.touchpoint.datasources.normalize.InvalidValueException;
import com.touchpoint.datasources.normalize.ValueMap;

/**
 * Where one field's text comes from in a record: a column (trimmed, empty meaning absent, passed through a value
 * map), with a constant used when there is no column or its cell is empty.
 *
 * @param column   index in the record's values, or -1 for a constant-only field
 * @param label    how the field is named in reasons: its column name, or its key for a constant
 * @param constant may be null
 * @param valueMap may be null
 */
record FieldSource(int column, String label, String constant, ValueMap valueMap) {

    /** The field's text, or null when it has none. */
    String text(String[] values) throws RowRejectedException {
        String value = column >= 0 && column < values.length ? values[column] : null;
        if (value != null) {
            value = value.strip();
            if (value.isEmpty()) {
                value = null;
            } else if (valueMap != null) {
                try {
                    value = valueMap.apply(value);
                } catch (InvalidValueException e) {
                    throw invalid(e);
                }
            }
        }
        return value != null ? value : constant;
    }

    /** The reason names the column, so the quality report counts the value as invalid there. */
    RowRejectedException invalid(InvalidValueException e) {
        return new RowRejectedException(column >= 0 ? label : null, label + ": " + e.getMessage());
    }

    RowRejectedException empty() {
        return new RowRejectedException(label + " is empty");
    }
}
