package com.touchpoint.views.imports;

import com.touchpoint.datasources.imports.FilePreview;
import com.touchpoint.datasources.mapping.CanonicalField;
import com.touchpoint.datasources.mapping.FieldRequirement;
import com.touchpoint.datasources.mapping.MappingException;
import com.touchpoint.datasources.mapping.MappingProfile;
import com.touchpoint.datasources.mapping.MappingSuggester;
import com.touchpoint.datasources.mapping.RowMapper;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.imports.FieldMapping.Need;
import com.touchpoint.views.quality.DataLabels;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The mapping step of one file: every canonical field of the file's kind with its column, constant and value map, the
 * name the mapping is saved under, and what still keeps the file from importing. Starts from the mapping the preview
 * proposes (a profile saved for the same header, or one suggested from the column names). Every edit checks the
 * mapping again: first the kind's requirements ({@link FieldRequirement}), then, once those are met, the same
 * compilation an import runs, against the preview rows (so a time column whose format is not recognised shows here,
 * not after the import).
 */
public final class MappingModel {

    private static final int SAMPLE_VALUES = 3;
    /** Width of a saved definition's name in the project store. */
    static final int MAX_NAME_LENGTH = 200;

    private final FilePreview preview;
    private final Messages messages;
    private final ObservableList<FieldMapping> rows = FXCollections.observableArrayList();
    private final ObservableList<FieldMapping> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty profileName = new SimpleStringProperty(this, "profileName");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final BooleanBinding complete = Bindings.isEmpty(problems);

    public MappingModel(FilePreview preview, Messages messages) {
        this.preview = preview;
        this.messages = messages;
        MappingProfile proposed = preview.profile();
        List<FieldRequirement> requirements = FieldRequirement.of(proposed.kind());
        for (CanonicalField field : CanonicalField.fieldsOf(proposed.kind())) {
            FieldMapping row = new FieldMapping(field, need(field, requirements), proposed.columns().get(field),
                    proposed.constants().get(field), proposed.valueMaps().get(field));
            row.columnProperty().addListener((property, old, now) -> {
                row.setSamples(samples(now));
                // A column found by hand gets the dictionary a suggested one would have (gender's).
                if (old == null && now != null && row.valueMapProperty().get() == null && row.acceptsValueMap()) {
                    row.valueMapProperty().set(MappingSuggester.defaultValueMap(field).orElse(null));
                }
                check();
            });
            row.constantProperty().addListener((property, old, now) -> check());
            row.valueMapProperty().addListener((property, old, now) -> check());
            row.setSamples(samples(row.columnProperty().get()));
            rows.add(row);
        }
        profileName.set(proposed.name());
        profileName.addListener((property, old, now) -> check());
        check();
    }

    /** The file's columns, in file order. */
    public List<String> columns() {
        return preview.sniff().header();
    }

    /** One row per field of the kind, identifiers first, in the order {@link CanonicalField} declares them. */
    public ObservableList<FieldMapping> rows() {
        return rowsView;
    }

    /** The name the mapping is saved under when the file is imported; a later file with this header reuses it. */
    public StringProperty profileNameProperty() {
        return profileName;
    }

    /** True when the mapping is one saved in the project for files with this header, not a fresh suggestion. */
    public boolean fromSavedProfile() {
        return preview.savedProfile();
    }

    /** What keeps the file from importing, in the analyst's words; empty when the mapping is complete. */
    public ObservableList<String> problems() {
        return problemsView;
    }

    public BooleanBinding completeProperty() {
        return complete;
    }

    /**
     * An editor for the values of {@code row}'s column (a text field's), starting from its value map; applying it
     * changes the row's value map.
     */
    public ValueMapModel valueMapEditor(FieldMapping row) {
        if (!row.acceptsValueMap()) {
            throw new IllegalArgumentException(row.field().key() + " is not a text field, so it takes no value map");
        }
        String column = row.columnProperty().get();
        return new ValueMapModel(row, column, preview.sniff().previewRows(), columnIndex(column));
    }

    /**
     * The edited mapping: the proposal with this editor's columns, constants, value maps and name, reading times in
     * {@code zone}.
     */
    public MappingProfile profile(ZoneId zone) {
        MappingProfile proposed = preview.profile();
        MappingProfile edited = proposed;
        for (FieldMapping row : rows) {
            String column = row.columnProperty().get();
            if (!Objects.equals(column, proposed.columns().get(row.field()))) {
                // A format chosen for the old column says nothing about the new one: detect it again.
                edited = edited.withColumn(row.field(), column).withTimeFormat(row.field(), null);
            }
            edited = edited.withConstant(row.field(), row.constantValue()).withValueMap(row.field(),
                    row.valueMapValue());
        }
        return new MappingProfile(name(), edited.kind(), edited.headerSignature(), edited.columns(),
                edited.constants(), edited.valueMaps(), edited.timeFormats(), zone);
    }

    private String name() {
        String name = profileName.get();
        return name == null ? "" : name.strip();
    }

    private void check() {
        List<String> found = new ArrayList<>();
        Set<CanonicalField> provided = EnumSet.noneOf(CanonicalField.class);
        for (FieldMapping row : rows) {
            if (row.columnProperty().get() != null || row.constantValue() != null) {
                provided.add(row.field());
            }
        }
        for (FieldRequirement requirement : FieldRequirement.of(preview.profile().kind())) {
            if (!requirement.satisfiedBy(provided)) {
                found.add(describe(requirement));
            }
        }
        if (name().isEmpty()) {
            found.add(messages.get("mapping.problem.noName"));
        } else if (name().length() > MAX_NAME_LENGTH) {
            found.add(messages.get("mapping.problem.longName", MAX_NAME_LENGTH));
        }
        if (found.isEmpty()) {
            try {
                RowMapper.compile(profile(preview.profile().sourceZone()), columns(), preview.sniff().previewRows());
            } catch (MappingException e) {
                found.add(e.getMessage());
            }
        }
        problems.setAll(found);
    }

    private String describe(FieldRequirement requirement) {
        if (requirement.anyOf().size() == 1) {
            CanonicalField field = requirement.anyOf().iterator().next();
            String name = DataLabels.field(messages, field);
            return field.valueType() == CanonicalField.ValueType.TEXT
                    ? messages.get("mapping.problem.requiredOrConstant", name)
                    : messages.get("mapping.problem.required", name);
        }
        String names = rows.stream().map(FieldMapping::field).filter(requirement.anyOf()::contains)
                .map(field -> DataLabels.field(messages, field)).collect(Collectors.joining(", "));
        return messages.get("mapping.problem.oneOf", names);
    }

    private static Need need(CanonicalField field, List<FieldRequirement> requirements) {
        return requirements.stream().filter(requirement -> requirement.anyOf().contains(field))
                .map(requirement -> requirement.anyOf().size() == 1 ? Need.REQUIRED : Need.ONE_OF)
                .findFirst().orElse(Need.OPTIONAL);
    }

    private int columnIndex(String column) {
        return column == null ? -1 : columns().indexOf(column);
    }

    private String samples(String column) {
        int index = columnIndex(column);
        if (index < 0) {
            return "";
        }
        Set<String> values = new LinkedHashSet<>();
        for (String[] row : preview.sniff().previewRows()) {
            if (index < row.length && row[index] != null && !row[index].isBlank()) {
                values.add(row[index].strip());
                if (values.size() == SAMPLE_VALUES) {
                    break;
                }
            }
        }
        return String.join(", ", values);
    }
}
