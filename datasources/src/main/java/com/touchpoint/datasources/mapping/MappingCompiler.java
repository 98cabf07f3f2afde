package com.touchpoint.datasources.mapping;

import com.touchpoint.datasources.normalize.TimeFormat;
import com.touchpoint.datasources.normalize.TimeParser;
import com.touchpoint.datasources.normalize.ValueMap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static com.touchpoint.datasources.mapping.CanonicalField.ValueType.DATE;
import static com.touchpoint.datasources.mapping.CanonicalField.ValueType.TEXT;
import static com.touchpoint.datasources.mapping.CanonicalField.ValueType.TIME;

/**
 * Checks a profile against a header and resolves everything per column once: column indices, constants (with the
 * order defaults: event type "purchase", channel "store"), value maps and time parsers (detected from the sample
 * values unless the profile names a format). Collects every problem before failing, so the analyst sees them all.
 */
final class MappingCompiler {
    private static final int SAMPLES_IN_MESSAGE = 3;

    private final MappingProfile profile;
    private final List<String> header;
    private final List<String[]> samples;
    private final Map<CanonicalField, String> constants;
    private final List<String> problems = new ArrayList<>();
    private final FieldSource[] sources = new FieldSource[CanonicalField.values().length];
    private final TimeParser[] parsers = new TimeParser[CanonicalField.values().length];
    private final Map<CanonicalField, TimeFormat> timeFormats = new EnumMap<>(CanonicalField.class);
    private final boolean[] mappedColumns;

    MappingCompiler(MappingProfile profile, List<String> header, List<String[]> samples) throws MappingException {
        this.profile = profile;
        this.header = header;
        this.samples = samples;
        this.constants = withKindDefaults(profile);
        this.mappedColumns = new boolean[header.size()];
        checkFields();
        checkRequirements();
        for (CanonicalField field : CanonicalField.fieldsOf(profile.kind())) {
            bind(field);
        }
        if (!problems.isEmpty()) {
            throw new MappingException(describeProblems());
        }
    }

    CompiledFields fields() {
        return new CompiledFields(sources, parsers);
    }

    PropertiesJson properties() {
        return new PropertiesJson(header, mappedColumns);
    }

    Map<CanonicalField, TimeFormat> timeFormats() {
        return timeFormats;
    }

    private static Map<CanonicalField, String> withKindDefaults(MappingProfile profile) {
        Map<CanonicalField, String> constants = new EnumMap<>(CanonicalField.class);
        if (profile.kind() == FileKind.ORDERS) {
            constants.put(CanonicalField.EVENT_TYPE, "purchase");
            constants.put(CanonicalField.CHANNEL, "store");
        }
        constants.putAll(profile.constants());
        return constants;
    }

    private void checkFields() {
        Set<CanonicalField> used = EnumSet.noneOf(CanonicalField.class);
        used.addAll(profile.columns().keySet());
        used.addAll(profile.constants().keySet());
        used.addAll(profile.valueMaps().keySet());
        used.addAll(profile.timeFormats().keySet());
        String kind = kindName();
        for (CanonicalField field : used) {
            if (!field.belongsTo(profile.kind())) {
                problems.add(field.key() + " is not a field of " + kind + " files");
            }
        }
        profile.constants().keySet().stream().filter(field -> field.valueType() != TEXT)
                .forEach(field -> problems.add(field.key() + " cannot be a constant, only text fields can"));
        profile.valueMaps().keySet().stream().filter(field -> field.valueType() != TEXT)
                .forEach(field -> problems.add(field.key() + " cannot have a value map, only text fields can"));
        profile.timeFormats().keySet().stream().filter(field -> !isTemporal(field))
                .forEach(field -> problems.add(field.key() + " is not a date or time field"));
        profile.columns().forEach((field, column) -> {
            if (!header.contains(column)) {
                problems.add("column '" + column + "' (for " + field.key() + ") is not in the file");
            }
        });
    }

    private void checkRequirements() {
        Set<CanonicalField> provided = EnumSet.noneOf(CanonicalField.class);
        provided.addAll(profile.columns().keySet());
        constants.keySet().stream().filter(field -> field.valueType() == TEXT).forEach(provided::add);
        for (FieldRequirement requirement : FieldRequirement.of(profile.kind())) {
            if (!requirement.satisfiedBy(provided)) {
                problems.add("missing " + requirement.description());
            }
        }
    }

    private void bind(CanonicalField field) {
        String columnName = profile.columns().get(field);
        int column = columnName == null ? -1 : header.indexOf(columnName);
        String constant = field.valueType() == TEXT ? constants.get(field) : null;
        if (column < 0 && constant == null) {
            return;
        }
        if (column >= 0) {
            mappedColumns[column] = true;
        }
        ValueMap valueMap = field.valueType() == TEXT ? profile.valueMaps().get(field) : null;
        sources[field.ordinal()] = new FieldSource(column, column >= 0 ? columnName : field.key(), constant, valueMap);
        if (column >= 0 && isTemporal(field)) {
            timeParser(field, column).ifPresent(parser -> {
                parsers[field.ordinal()] = parser;
                timeFormats.put(field, parser.format());
            });
        }
    }

    private Optional<TimeParser> timeParser(CanonicalField field, int column) {
        TimeFormat chosen = profile.timeFormats().get(field);
        if (chosen != null) {
            return Optional.of(new TimeParser(chosen, profile.sourceZone()));
        }
        List<String> values = samples.stream()
                .map(row -> column < row.length ? row[column] : null)
                .filter(value -> value != null && !value.isBlank())
                .toList();
        if (values.isEmpty()) {
            TimeFormat fallback = field.valueType() == DATE ? TimeFormat.DATE : TimeFormat.DATE_TIME_SECONDS;
            return Optional.of(new TimeParser(fallback, profile.sourceZone()));
        }
        Optional<TimeParser> detected = TimeParser.detect(values, profile.sourceZone());
        if (detected.isEmpty()) {
            String examples = new LinkedHashSet<>(values).stream().limit(SAMPLES_IN_MESSAGE)
                    .map(value -> "'" + value.strip() + "'").collect(Collectors.joining(", "));
            problems.add("values of column '" + header.get(column) + "' (for " + field.key() + ") such as "
                    + examples + " are not a date or time format Touchpoint recognises; choose the format by hand");
        }
        return detected;
    }

    private String describeProblems() {
        String mapped = profile.columns().entrySet().stream()
                .map(entry -> entry.getValue() + " → " + entry.getKey().key())
                .collect(Collectors.joining(", "));
        return "This " + kindName() + " file cannot be mapped: " + String.join("; ", problems) + ". Mapped: "
                + (mapped.isEmpty() ? "nothing" : mapped) + ". Columns in the file: " + String.join(", ", header)
                + ".";
    }

    private String kindName() {
        return profile.kind().name().toLowerCase(Locale.ROOT);
    }

    private static boolean isTemporal(CanonicalField field) {
        return field.valueType() == TIME || field.valueType() == DATE;
    }
}
