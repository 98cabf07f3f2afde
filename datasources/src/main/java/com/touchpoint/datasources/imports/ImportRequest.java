package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.mapping.FileKind;
import com.touchpoint.datasources.mapping.MappingProfile;
import com.touchpoint.datasources.read.FileFormat;

import java.nio.charset.Charset;
import java.time.ZoneId;

/**
 * How to import a file. Every field but the time zone may be null, meaning "detect it": the kind from the header,
 * the mapping from a saved profile with the same header or from the header names, the encoding and delimiter from
 * the bytes, the format from the first characters. An explicit {@code profile} (edited in the import wizard) wins
 * over a mapping name.
 *
 * @param timeZone the zone of times written without an offset
 * @param format   how the records are laid out, when the analyst chose it; a file that is not in that format is
 *                 refused as unreadable, or its rows are quarantined, like any broken file
 */
public record ImportRequest(FileKind kind, String mappingName, Charset encoding, Character delimiter,
                            ZoneId timeZone, MappingProfile profile, FileFormat format) {

    /** A request that detects the format. */
    public ImportRequest(FileKind kind, String mappingName, Charset encoding, Character delimiter, ZoneId timeZone,
                         MappingProfile profile) {
        this(kind, mappingName, encoding, delimiter, timeZone, profile, null);
    }

    public static ImportRequest detectAll() {
        return new ImportRequest(null, null, null, null, ZoneId.systemDefault(), null);
    }

    public ImportRequest withProfile(MappingProfile edited) {
        return new ImportRequest(kind, mappingName, encoding, delimiter, timeZone, edited, format);
    }

    /** This request reading the file as {@code chosen}; null detects the format. */
    public ImportRequest withFormat(FileFormat chosen) {
        return new ImportRequest(kind, mappingName, encoding, delimiter, timeZone, profile, chosen);
    }
}
