package com.touchpoint.datasources.mapping;

import com.touchpoint.datasources.normalize.ValueMap;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A first mapping for a new file: its kind and columns guessed from the header, with default dictionaries. */
public final class MappingSuggester {

    private MappingSuggester() {
    }

    public static MappingProfile suggest(String name, List<String> header, ZoneId sourceZone) {
        FileKind kind = KindDetector.detect(header);
        Map<CanonicalField, String> columns = HeaderMatcher.suggest(header, kind);
        Map<CanonicalField, ValueMap> valueMaps = columns.containsKey(CanonicalField.GENDER)
                ? Map.of(CanonicalField.GENDER, ValueMap.gender())
                : Map.of();
        return new MappingProfile(name, kind, MappingProfile.signatureOf(header), columns, Map.of(), valueMaps,
                Map.of(), sourceZone);
    }
}
