package com.touchpoint.datasources.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.touchpoint.datasources.normalize.TimeFormat;
import com.touchpoint.datasources.normalize.ValueMap;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The stored JSON form of a {@link MappingProfile}: indented, map keys sorted, the zone as its id, and a version
 * number so later versions can read old profiles.
 */
final class ProfileJson {
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** The stored shape; field order here is the order in the file. */
    record Stored(int version, String name, FileKind kind, String sourceZone, List<String> headerSignature,
                  Map<CanonicalField, String> columns, Map<CanonicalField, String> constants,
                  Map<CanonicalField, TimeFormat> timeFormats, Map<CanonicalField, ValueMap> valueMaps) {
    }

    private ProfileJson() {
    }

    static String write(MappingProfile profile) {
        Stored stored = new Stored(VERSION, profile.name(), profile.kind(), profile.sourceZone().getId(),
                profile.headerSignature(), profile.columns(), profile.constants(), profile.timeFormats(),
                profile.valueMaps());
        try {
            return MAPPER.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mapping profile could not be written as JSON", e);
        }
    }

    static MappingProfile read(String json) throws MappingException {
        Stored stored;
        try {
            stored = MAPPER.readValue(json, Stored.class);
        } catch (JsonProcessingException e) {
            throw new MappingException("The saved mapping is not valid: " + e.getOriginalMessage(), e);
        }
        if (stored.version() != VERSION) {
            throw new MappingException("The saved mapping has format version " + stored.version()
                    + "; this Touchpoint reads version " + VERSION + ". Map the file again.");
        }
        if (stored.name() == null || stored.kind() == null || stored.sourceZone() == null) {
            throw new MappingException("The saved mapping lacks its name, kind or source zone; map the file again.");
        }
        try {
            return new MappingProfile(stored.name(), stored.kind(),
                    stored.headerSignature() == null ? List.of() : stored.headerSignature(), stored.columns(),
                    stored.constants(), stored.valueMaps(), stored.timeFormats(), ZoneId.of(stored.sourceZone()));
        } catch (DateTimeException e) {
            throw new MappingException("The saved mapping names an unknown time zone '" + stored.sourceZone()
                    + "'; choose the zone again.", e);
        }
    }
}
