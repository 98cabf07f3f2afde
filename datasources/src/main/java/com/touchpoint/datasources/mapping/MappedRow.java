package com.touchpoint.datasources.mapping;

import com.touchpoint.datasources.identity.IdType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** A record mapped to the canonical model. Times are UTC. Identifier values are trimmed but not yet normalised. */
public sealed interface MappedRow {

    long line();

    /** @param properties unmapped columns as a JSON object text, or null when there are none */
    record EventRow(long line, Map<IdType, String> identifiers, String sourceUserId, String channel, String eventType,
                    LocalDateTime timeUtc, String campaign, String item, String orderId, BigDecimal revenue,
                    String properties) implements MappedRow {
    }

    /** @param attributes unmapped columns as a JSON object text, or null */
    record CustomerRow(long line, Map<IdType, String> identifiers, String displayName, String gender,
                       LocalDate birthDate, String city, String memberLevel, LocalDateTime signupUtc,
                       String attributes) implements MappedRow {
    }

    record SpendRow(long line, LocalDate date, String channel, String campaign, BigDecimal cost, Long impressions,
                    Long clicks) implements MappedRow {
    }

    /** @param path channels joined by {@code " > "}, as in the ChannelAttribution layout */
    record PathRow(long line, String path, long conversions, BigDecimal value, long nonConversions)
            implements MappedRow {
    }
}
