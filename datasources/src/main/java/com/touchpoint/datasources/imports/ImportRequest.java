package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.mapping.FileKind;
import com.touchpoint.datasources.mapping.MappingProfile;

import java.nio.charset.Charset;
import java.time.ZoneId;

/**
 * How to import a file. Every field but the time zone may be null, meaning "detect it": the kind from the header,
 * the mapping from a saved profile with the same header or from the header names, the encoding and delimiter from
 * the bytes. An explicit {@code profile} (edited in the import wizard) wins over a mapping name.
 *
 * @param timeZone the zone of times written without an offset
 */
public record ImportRequest(FileKind kind, String mappingName, Charset encoding, Character delimiter,
                            ZoneId timeZone, MappingProfile profile) {

    public static ImportRequest detectAll() {
        return new ImportRequest(null, null, null, null, ZoneId.systemDefault(), null);
    }

    public ImportRequest withProfile(MappingProfile edited) {
        return new ImportRequest(kind, mappingName, encoding, delimiter, timeZone, edited);
    }

}
