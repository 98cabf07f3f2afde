package com.touchpoint.datasources.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The data quality of one import: where every row went, how complete each column was, the time range, channel
 * values the project does not know, why rows were quarantined, and identifiers left out of stitching.
 */
public record QualityReport(String fileName, String kind, String encoding, String delimiter, String mappingName,
                            long rowsRead, long rowsLoaded, long rowsQuarantined, long rowsDuplicate,
                            List<ColumnQuality> columns, LocalDateTime firstTimeUtc, LocalDateTime lastTimeUtc,
                            Map<String, Long> unmappedChannels, Map<String, Long> quarantineReasons,
                            List<SharedIdentifier> sharedIdentifiers, long customersAfter, long customersMerged) {

    /** @param mappedTo the canonical field the column feeds, or null when it only goes into properties */
    public record ColumnQuality(String column, String mappedTo, long missing, long invalid) {
    }

    /** An identifier seen with implausibly many customers (a shared device), not used for linking. */
    public record SharedIdentifier(String type, String value, long linkedIdentifiers) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A quality report could not be written as JSON", e);
        }
    }

    public static QualityReport fromJson(String json) {
        try {
            return JSON.readValue(json, QualityReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored quality report could not be read: " + e.getMessage(), e);
        }
    }

    /** Every row read is accounted for. */
    public boolean balances() {
        return rowsRead == rowsLoaded + rowsQuarantined + rowsDuplicate;
    }
}
