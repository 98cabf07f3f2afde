package com.touchpoint.analysis.audience;

import com.touchpoint.datasources.store.ProjectSettings;
import com.touchpoint.datasources.store.ProjectStore;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The time relative windows ("last 30 days") end at: the analyst's choice, saved in the project, or else the latest
 * event in the project, so results on an old export stay the same when evaluated later.
 */
public final class ReferenceTime {

    static final String SETTING = "analysis.reference_time";

    private ReferenceTime() {
    }

    /** The saved reference time, or the latest event of {@code data}, or now when the project has no events. */
    public static long of(ProjectStore store, AudienceData data) {
        String saved = new ProjectSettings(store).get(SETTING);
        if (saved != null && !saved.isBlank()) {
            return Instant.parse(saved).toEpochMilli();
        }
        return data.latestEventMillis() == Long.MIN_VALUE ? System.currentTimeMillis() : data.latestEventMillis();
    }

    /** Saves the analyst's reference time; null goes back to the latest event. */
    public static void save(ProjectStore store, Instant time) {
        new ProjectSettings(store).put(SETTING, time == null ? "" : time.toString());
    }

    /**
     * Reads a time the analyst typed: {@code 2026-08-31T18:00:00+08:00}, {@code 2026-08-31T10:00:00Z}, or without an
     * offset ({@code 2026-08-31 18:00}, {@code 2026-08-31}: the end of that day) in {@code zone}.
     */
    public static Instant parse(String text, ZoneId zone) {
        String iso = text.strip().replace(' ', 'T');
        try {
            if (iso.length() == 10) {
                return LocalDate.parse(iso).plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
            }
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(iso).toInstant();
            }
            return LocalDateTime.parse(iso).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new AnalysisException("'" + text + "' is not a time; write 2026-08-31, 2026-08-31 18:00 or "
                    + "2026-08-31T18:00:00+08:00.");
        }
    }
}
