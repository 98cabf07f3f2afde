package com.touchpoint.views.table;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A row of a {@link PagedRows} list: its index, and its values once its page has arrived (null until then). Cells
 * observe the values, so they fill in when the page loads. Two slots are equal when they stand for the same index.
 */
public final class RowSlot {

    private final int index;
    private final ReadOnlyObjectWrapper<List<Object>> values = new ReadOnlyObjectWrapper<>(this, "values");

    RowSlot(int index) {
        this.index = index;
    }

    public int index() {
        return index;
    }

    public ReadOnlyObjectProperty<List<Object>> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    /** The row's values, or null while its page is loading. */
    public List<Object> values() {
        return values.get();
    }

    void fill(List<Object> row) {
        values.set(row);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowSlot slot && slot.index == index;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(index);
    }

    @Override
    public String toString() {
        return "RowSlot[" + index + (values.get() == null ? ", loading]" : ", " + values.get() + "]");
    }
}
