package com.touchpoint.views.imports;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One value in the value-map editor: the value as written in the file, how many preview rows hold it, whether the
 * dictionary maps it, and what it becomes (blank for "no value"). Typing what it becomes ticks it.
 */
public final class ValueEntry {

    private final String value;
    private final int rows;
    private final BooleanProperty mapped = new SimpleBooleanProperty(this, "mapped");
    private final StringProperty becomes = new SimpleStringProperty(this, "becomes", "");

    ValueEntry(String value, int rows, boolean mapped, String becomes) {
        this.value = value;
        this.rows = rows;
        this.mapped.set(mapped);
        this.becomes.set(becomes == null ? "" : becomes);
        this.becomes.addListener((property, old, now) -> this.mapped.set(true));
    }

    /** The value as first written in the preview (or as the dictionary keeps it, for a value not in the preview). */
    public String value() {
        return value;
    }

    /** How many preview rows hold the value; 0 for one only the dictionary knows or the analyst added. */
    public int rows() {
        return rows;
    }

    /** Whether the dictionary maps the value; one not mapped is handled like any value the dictionary lacks. */
    public BooleanProperty mappedProperty() {
        return mapped;
    }

    /** What the value becomes; blank means "no value" (the field is left empty). */
    public StringProperty becomesProperty() {
        return becomes;
    }

    /** What the dictionary stores for the value: the trimmed text, null for "no value". */
    String becomesValue() {
        String text = becomes.get() == null ? "" : becomes.get().strip();
        return text.isEmpty() ? null : text;
    }
}
