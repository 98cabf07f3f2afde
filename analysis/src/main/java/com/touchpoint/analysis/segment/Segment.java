package com.touchpoint.analysis.segment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.touchpoint.analysis.audience.AnalysisException;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * A saved segment: a name, a description, the time zone in which its calendar dates are read, and its condition
 * tree. {@code version} is the format version ({@value #FORMAT}), so later formats can read older files.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"version", "name", "description", "timeZone", "condition"})
public record Segment(Integer version, String name, String description, String timeZone, Condition condition) {

    public static final int FORMAT = 1;

    public Segment {
        version = version == null ? FORMAT : version;
        if (version > FORMAT) {
            throw new AnalysisException("Segment '" + name + "' is in format version " + version + ", newer than this "
                    + "Touchpoint reads (" + FORMAT + "); update Touchpoint.");
        }
        if (name == null || name.isBlank()) {
            throw new AnalysisException("A segment needs a name.");
        }
        description = description == null ? "" : description;
        timeZone = timeZone == null ? "UTC" : timeZone;
        condition = condition == null ? Group.and() : condition;
        zoneOf(timeZone);
    }

    public static Segment of(String name, Condition condition) {
        return new Segment(FORMAT, name, "", "UTC", condition);
    }

    public ZoneId zone() {
        return zoneOf(timeZone);
    }

    public Segment withCondition(Condition newCondition) {
        return new Segment(version, name, description, timeZone, newCondition);
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new AnalysisException("'" + zone + "' is not a time zone; write a region such as Asia/Shanghai or "
                    + "Europe/Berlin, or an offset such as +08:00.");
        }
    }
}
