package com.touchpoint.views.imports;

import com.touchpoint.datasources.normalize.ValueMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The value-map editor of one text field: the distinct values of its column in the preview, most frequent first, then
 * the other values its dictionary knows; each ticked when the dictionary maps it, with what it becomes; and what
 * happens to values the dictionary does not map. Values that differ only in case or surrounding spaces are one value,
 * as in {@link ValueMap}. {@link #apply()} puts the dictionary into the field, so it is saved with the mapping.
 * Created by {@link MappingModel#valueMapEditor}; works on the preview rows in memory.
 */
public final class ValueMapModel {

    private final FieldMapping field;
    private final String column;
    private final ObservableList<ValueEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<ValueEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ObjectProperty<ValueMap.Unknown> unknown = new SimpleObjectProperty<>(this, "unknown");

    /** @param index the column's index in the preview rows, -1 when the field has no column */
    ValueMapModel(FieldMapping field, String column, List<String[]> previewRows, int index) {
        this.field = field;
        this.column = column;
        ValueMap start = field.valueMapProperty().get();
        Map<String, String> dictionary = start == null ? Map.of() : start.entries();
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (String[] row : previewRows) {
            if (index >= 0 && index < row.length && row[index] != null && !row[index].isBlank()) {
                String value = row[index].strip();
                String key = ValueMap.keyOf(value);
                firstSpelling.putIfAbsent(key, value);
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<String> seen = new ArrayList<>(firstSpelling.keySet());
        // A stable sort: values as frequent as each other stay in the order the preview first shows them.
        seen.sort(Comparator.comparing(counts::get, Comparator.reverseOrder()));
        for (String key : seen) {
            entries.add(new ValueEntry(firstSpelling.get(key), counts.get(key), dictionary.containsKey(key),
                    dictionary.get(key)));
        }
        dictionary.forEach((key, becomes) -> {
            if (!firstSpelling.containsKey(key)) {
                entries.add(new ValueEntry(key, 0, true, becomes));
            }
        });
        unknown.set(start == null ? ValueMap.Unknown.KEEP : start.unknown());
    }

    public FieldMapping field() {
        return field;
    }

    /** The column whose values are listed; null when the field has none (then only the dictionary's are listed). */
    public String column() {
        return column;
    }

    /** The values, those in the preview first (most rows first), then the dictionary's others and added ones. */
    public ObservableList<ValueEntry> entries() {
        return entriesView;
    }

    /** What a value the dictionary does not map becomes: kept as written, left empty, or its row quarantined. */
    public ObjectProperty<ValueMap.Unknown> unknownProperty() {
        return unknown;
    }

    /**
     * Lists a value the preview did not show (it may occur further down the file), ticked; a value already listed is
     * ticked instead.
     *
     * @return the value's entry; null when {@code typed} is blank
     */
    public ValueEntry addValue(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.strip();
        String key = ValueMap.keyOf(value);
        ValueEntry entry = entries.stream().filter(listed -> ValueMap.keyOf(listed.value()).equals(key))
                .findFirst().orElseGet(() -> {
                    ValueEntry added = new ValueEntry(value, 0, true, null);
                    entries.add(added);
                    return added;
                });
        entry.mappedProperty().set(true);
        return entry;
    }

    /** The dictionary as edited: the ticked values; null when none is ticked (the field gets no value map). */
    public ValueMap valueMap() {
        Map<String, String> codes = new HashMap<>();
        for (ValueEntry entry : entries) {
            if (entry.mappedProperty().get()) {
                codes.put(entry.value(), entry.becomesValue());
            }
        }
        return codes.isEmpty() ? null : new ValueMap(codes, unknown.get());
    }

    /** Gives the field the dictionary as edited. */
    public void apply() {
        field.valueMapProperty().set(valueMap());
    }
}
