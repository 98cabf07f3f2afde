package com.touchpoint.analysis.segment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.touchpoint.analysis.audience.AnalysisException;

/**
 * Reads and writes segments as JSON (the format of README.md, section Segments). Unknown keys are refused, so a misspelt key
 * is reported rather than silently ignored; a single value may stand where a list is expected.
 */
public final class SegmentJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    private SegmentJson() {
    }

    /** @throws AnalysisException when the text is not a valid segment; the message says where and why */
    public static Segment read(String json) {
        try {
            return MAPPER.readValue(json, Segment.class);
        } catch (JsonProcessingException e) {
            throw problem(e);
        }
    }

    public static String write(Segment segment) {
        try {
            return MAPPER.writeValueAsString(segment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a segment always serialises", e);
        }
    }

    /** The shared mapper, for other analysis definitions written in the same style. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Turns a Jackson failure into a message for the analyst, keeping ours when a record refused a value. */
    public static AnalysisException problem(JsonProcessingException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof AnalysisException analysis) {
                return new AnalysisException(analysis.getMessage() + where(e.getLocation()), e);
            }
            cause = cause.getCause();
        }
        String message = e.getOriginalMessage();
        if (message.contains("Could not resolve type id")) {
            message += ". A condition's \"type\" is one of: group, not, property, event, aggregate, tag, rfm, "
                    + "cluster, segment";
        }
        return new AnalysisException("The segment JSON is not valid: " + message.split("\n")[0]
                + where(e.getLocation()), e);
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
