package com.touchpoint.datasources.mapping;

import com.touchpoint.datasources.normalize.TimeFormat;
import com.touchpoint.datasources.normalize.ValueMap;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How the columns of one kind of export map to the canonical model. Saved in the project as a named definition and
 * re-used when a file with the same {@link #headerSignature} comes again.
 *
 * @param headerSignature the header it was made for, normalised by {@link #signatureOf}
 * @param columns         the column each field is read from
 * @param constants       a value for a text field, used when it has no column or its cell is empty (e.g. the whole
 *                        file is channel {@code sms})
 * @param valueMaps       code dictionaries applied to text fields (e.g. gender)
 * @param timeFormats     formats chosen by the analyst; time fields not listed are detected from sample values
 * @param sourceZone      the zone of times written without an offset
 */
public record MappingProfile(String name, FileKind kind, List<String> headerSignature,
                             Map<CanonicalField, String> columns, Map<CanonicalField, String> constants,
                             Map<CanonicalField, ValueMap> valueMaps, Map<CanonicalField, TimeFormat> timeFormats,
                             ZoneId sourceZone) {

    public MappingProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceZone, "sourceZone");
        headerSignature = List.copyOf(headerSignature);
        columns = frozen(columns);
        constants = frozen(constants);
        valueMaps = frozen(valueMaps);
        timeFormats = frozen(timeFormats);
    }

    /** A header in comparable form: names trimmed and lower-cased, in file order. */
    public static List<String> signatureOf(List<String> header) {
        return header.stream().map(column -> column.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether this profile was made for files with this header. */
    public boolean fits(List<String> header) {
        return headerSignature.equals(signatureOf(header));
    }

    /** This profile with the field read from another column, or from none when column is null. */
    public MappingProfile withColumn(CanonicalField field, String column) {
        return new MappingProfile(name, kind, headerSignature, with(columns, field, column), constants, valueMaps,
                timeFormats, sourceZone);
    }

    /** This profile with a constant for the field, or without one when value is null. */
    public MappingProfile withConstant(CanonicalField field, String value) {
        return new MappingProfile(name, kind, headerSignature, columns, with(constants, field, value), valueMaps,
                timeFormats, sourceZone);
    }

    public MappingProfile withValueMap(CanonicalField field, ValueMap valueMap) {
        return new MappingProfile(name, kind, headerSignature, columns, constants, with(valueMaps, field, valueMap),
                timeFormats, sourceZone);
    }

    public MappingProfile withTimeFormat(CanonicalField field, TimeFormat format) {
        return new MappingProfile(name, kind, headerSignature, columns, constants, valueMaps,
                with(timeFormats, field, format), sourceZone);
    }

    /** Stable, indented JSON for storing the profile in the project. */
    public String toJson() {
        return ProfileJson.write(this);
    }

    public static MappingProfile fromJson(String json) throws MappingException {
        return ProfileJson.read(json);
    }

    private static <V> Map<CanonicalField, V> frozen(Map<CanonicalField, V> map) {
        EnumMap<CanonicalField, V> copy = new EnumMap<>(CanonicalField.class);
        if (map != null) {
            map.forEach((field, value) -> copy.put(Objects.requireNonNull(field), Objects.requireNonNull(value)));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static <V> Map<CanonicalField, V> with(Map<CanonicalField, V> map, CanonicalField field, V value) {
        EnumMap<CanonicalField, V> copy = new EnumMap<>(CanonicalField.class);
        copy.putAll(map);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }
}
