package com.touchpoint.views.imports;

import com.touchpoint.datasources.mapping.CanonicalField;
import com.touchpoint.datasources.normalize.ValueMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One canonical field in the mapping editor: the file column it is read from (null for none) and, for text fields, a
 * constant used when there is no column or its cell is empty (a whole file of channel "sms") and a value map that
 * recodes the column's values (gender 男 → M).
 */
public final class FieldMapping {

    /** How much the kind of file needs the field. */
    public enum Need {
        /** The file cannot be imported without it. */
        REQUIRED,
        /** One of a group (the identifiers) is required. */
        ONE_OF,
        OPTIONAL
    }

    private final CanonicalField field;
    private final Need need;
    private final ObjectProperty<String> column = new SimpleObjectProperty<>(this, "column");
    private final StringProperty constant = new SimpleStringProperty(this, "constant", "");
    private final ObjectProperty<ValueMap> valueMap = new SimpleObjectProperty<>(this, "valueMap");
    private final ReadOnlyStringWrapper samples = new ReadOnlyStringWrapper(this, "samples", "");

    FieldMapping(CanonicalField field, Need need, String column, String constant, ValueMap valueMap) {
        this.field = field;
        this.need = need;
        this.column.set(column);
        this.constant.set(constant == null ? "" : constant);
        this.valueMap.set(valueMap);
    }

    public CanonicalField field() {
        return field;
    }

    public Need need() {
        return need;
    }

    /** Only text fields can have a constant. */
    public boolean acceptsConstant() {
        return field.valueType() == CanonicalField.ValueType.TEXT;
    }

    /** Like constants, value maps are for text fields only. */
    public boolean acceptsValueMap() {
        return acceptsConstant();
    }

    /** The column the field is read from; null when it is not mapped to a column. */
    public ObjectProperty<String> columnProperty() {
        return column;
    }

    /** The constant, blank for none; ignored for fields that {@link #acceptsConstant() take none}. */
    public StringProperty constantProperty() {
        return constant;
    }

    /**
     * The dictionary the column's values go through, null for none; ignored for fields that
     * {@link #acceptsValueMap() take none}. Set through {@link MappingModel#valueMapEditor}.
     */
    public ObjectProperty<ValueMap> valueMapProperty() {
        return valueMap;
    }

    /** The first few values of the chosen column in the preview, so the analyst sees what the field would get. */
    public ReadOnlyStringProperty samplesProperty() {
        return samples.getReadOnlyProperty();
    }

    void setSamples(String text) {
        samples.set(text);
    }

    /** The constant as the profile stores it: trimmed, null when blank or not allowed. */
    String constantValue() {
        String value = constant.get() == null ? "" : constant.get().strip();
        return acceptsConstant() && !value.isEmpty() ? value : null;
    }

    /** The value map as the profile stores it: null when there is none or the field takes none. */
    ValueMap valueMapValue() {
        return acceptsValueMap() ? valueMap.get() : null;
    }
}
