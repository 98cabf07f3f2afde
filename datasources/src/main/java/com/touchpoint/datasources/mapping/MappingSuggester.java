package com.touchpoint.datasources.mapping;

import com.touchpoint.datasources.normalize.ValueMap;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A first mapping for a new file: its kind and columns guessed from the header, with default dictionaries. */
public final class MappingSuggester {

    private MappingSuggester() {
    }

    public static MappingProfile suggest(String name, List<String> header, ZoneId sourceZone) {
        return suggest(name, header, KindDetector.detect(header), sourceZone);
    }

    /** A first mapping for a file the analyst said is of {@code kind}. */
    public static MappingProfile suggest(String name, List<String> header, FileKind kind, ZoneId sourceZone) {
        Map<CanonicalField, String> columns = HeaderMatcher.suggest(header, kind);
        Map<CanonicalField, ValueMap> valueMaps = new EnumMap<>(CanonicalField.class);
        for (CanonicalField field : columns.keySet()) {
            defaultValueMap(field).ifPresent(valueMap -> valueMaps.put(field, valueMap));
        }
        return new MappingProfile(name, kind, MappingProfile.signatureOf(header), columns, Map.of(), valueMaps,
                Map.of(), sourceZone);
    }

    /** The dictionary a field gets when its column is found: the built-in one for gender, none for the others. */
    public static Optional<ValueMap> defaultValueMap(CanonicalField field) {
        return field == CanonicalField.GENDER ? Optional.of(ValueMap.gender()) : Optional.empty();
    }
}
