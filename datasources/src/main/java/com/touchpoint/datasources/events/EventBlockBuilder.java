package com.touchpoint.datasources.events;

import com.touchpoint.datasources.mapping.MappedRow.EventRow;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Collects up to {@value #ROWS} events of one import as they come. Adding only stores references, so the import's
 * writing thread stays free for identity work; de-duplication and {@link EventBlockCodec coding} happen on another
 * thread.
 */
public final class EventBlockBuilder {

    public static final int ROWS = 8192;

    final long[] identifierIds = new long[ROWS];
    final long[] timesMicros = new long[ROWS];
    final String[][] texts = new String[CoreText.values().length][ROWS];
    final BigDecimal[] revenue = new BigDecimal[ROWS];
    final String[] orderIds = new String[ROWS];
    final String[] properties = new String[ROWS];
    final long[] fingerprints = new long[ROWS];
    private final EventRow[] rows = new EventRow[ROWS];
    int size;

    /** Adds an event; returns true when the block is full. */
    public boolean add(EventRow row, long identifierId) {
        rows[size] = row;
        identifierIds[size] = identifierId;
        return ++size == ROWS;
    }

    /**
     * Fingerprints the events, keeps those seen for the first time and takes their columns apart; returns the number
     * of duplicates dropped.
     */
    int keepFirstSeen(EventDeduplication deduplication) {
        int added = size;
        size = 0;
        for (int i = 0; i < added; i++) {
            long fingerprint = deduplication.fingerprint(rows[i], identifierIds[i]);
            if (deduplication.firstSeen(fingerprint)) {
                put(rows[i], identifierIds[i], fingerprint);
            }
            rows[i] = null;
        }
        return added - size;
    }

    /** Adds an event with its fingerprint, taken apart into columns at once. */
    void put(EventRow row, long identifierId, long fingerprint) {
        identifierIds[size] = identifierId;
        timesMicros[size] = micros(row.timeUtc());
        texts[CoreText.CHANNEL.ordinal()][size] = row.channel();
        texts[CoreText.EVENT_TYPE.ordinal()][size] = row.eventType();
        texts[CoreText.CAMPAIGN.ordinal()][size] = row.campaign();
        texts[CoreText.ITEM.ordinal()][size] = row.item();
        revenue[size] = row.revenue();
        orderIds[size] = row.orderId();
        properties[size] = row.properties();
        fingerprints[size] = fingerprint;
        size++;
    }

    public int size() {
        return size;
    }

    static long micros(LocalDateTime utc) {
        return utc.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + utc.getNano() / 1_000;
    }
}
