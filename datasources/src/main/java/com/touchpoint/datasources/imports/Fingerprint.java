package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.mapping.MappedRow.EventRow;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A 64-bit fingerprint of an event's content: who (the row's primary identifier), what, when, where and how much.
 * Two rows with the same fingerprint are the same event seen twice (re-imported file, overlapping exports).
 * With 10M events the chance that two different events collide is about 3 in a million.
 */
final class Fingerprint {

    private static final long SEED = 0x9E3779B97F4A7C15L;

    private Fingerprint() {
    }

    static long of(long primaryIdentifier, EventRow row) {
        long h = SEED ^ primaryIdentifier * 0xC2B2AE3D27D4EB4FL;
        h = mix(h, row.channel());
        h = mix(h, row.eventType());
        h = mix(h, time(row.timeUtc()));
        h = mix(h, row.campaign());
        h = mix(h, row.item());
        h = mix(h, row.orderId());
        h = mix(h, revenue(row.revenue()));
        return finish(h);
    }

    private static long time(LocalDateTime time) {
        return time.toLocalDate().toEpochDay() * 86_400_000_000_000L + time.toLocalTime().toNanoOfDay();
    }

    private static long revenue(BigDecimal revenue) {
        return revenue == null ? Long.MIN_VALUE : revenue.stripTrailingZeros().hashCode();
    }

    private static long mix(long h, String text) {
        if (text == null) {
            return mix(h, Long.MIN_VALUE + 1);
        }
        long x = h;
        for (int i = 0; i < text.length(); i++) {
            x = (x ^ text.charAt(i)) * 0x100000001B3L;
        }
        return mix(x, text.length());
    }

    private static long mix(long h, long value) {
        return Long.rotateLeft(h ^ finish(value), 27) * 0x9FB21C651E98DF25L;
    }

    private static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
