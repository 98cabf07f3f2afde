package com.touchpoint.attribution.journey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Cuts customers' touches and conversions into journeys.
 * <ul>
 *   <li>A conversion at time c gets its customer's touches in [c − lookback, c). With
 *       {@link TouchReuse#FIRST_CONVERSION_ONLY} (the default) only touches at or after the customer's previous
 *       conversion count, so a touch credits only the first conversion after it.</li>
 *   <li>A conversion with no touch in its window is a direct conversion: counted in
 *       {@link JourneySet#directConversions()} and, by default, kept as a one-touch journey on {@link #DIRECT}.</li>
 *   <li>A customer's touches after their last conversion (all touches when they never converted) that fall in
 *       [dataEnd − lookback, dataEnd) form one non-converting journey.</li>
 * </ul>
 * Touch ages are whole seconds before the conversion, or before the data end for non-converting journeys.
 */
public final class JourneyBuilder {
    public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(30);
    /** The channel name of conversions that had no touch in their window. */
    public static final String DIRECT = "(direct)";

    /** Which conversions a touch may be credited to. */
    public enum TouchReuse {
        /** A touch belongs only to the first conversion after it (the usual choice). */
        FIRST_CONVERSION_ONLY,
        /** A touch belongs to every conversion whose window holds it. */
        EVERY_CONVERSION_IN_WINDOW
    }

    /** What happens to conversions with no touch in their window (they are counted either way). */
    public enum DirectHandling {
        /** A one-touch journey on the {@link #DIRECT} channel, credited like any channel. */
        KEEP_AS_CHANNEL,
        /** Counted and reported only; no journey. */
        COUNT_ONLY
    }

    private long lookbackMillis = DEFAULT_LOOKBACK.toMillis();
    private TouchReuse touchReuse = TouchReuse.FIRST_CONVERSION_ONLY;
    private DirectHandling directHandling = DirectHandling.KEEP_AS_CHANNEL;
    private Long dataEnd;

    public JourneyBuilder lookback(Duration lookback) {
        if (lookback.isNegative() || lookback.isZero() || lookback.toSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The lookback window must be positive and below 68 years; got "
                    + lookback);
        }
        this.lookbackMillis = lookback.toMillis();
        return this;
    }

    public JourneyBuilder touchReuse(TouchReuse touchReuse) {
        this.touchReuse = touchReuse;
        return this;
    }

    public JourneyBuilder directHandling(DirectHandling directHandling) {
        this.directHandling = directHandling;
        return this;
    }

    /** The exclusive end of the data period; every touch and conversion must be before it. */
    public JourneyBuilder dataEnd(long epochMillisExclusive) {
        this.dataEnd = epochMillisExclusive;
        return this;
    }

    /**
     * Builds journeys from events in any order. Without an explicit {@link #dataEnd}, the data end is the latest
     * touch or conversion plus one millisecond.
     */
    public JourneySet build(Collection<Touch> touches, Collection<Conversion> conversions) {
        List<Touch> sortedTouches = new ArrayList<>(touches);
        sortedTouches.sort(Comparator.comparingLong(Touch::customer).thenComparingLong(Touch::epochMillis));
        List<Conversion> sortedConversions = new ArrayList<>(conversions);
        sortedConversions.sort(Comparator.comparingLong(Conversion::customer)
                .thenComparingLong(Conversion::epochMillis));
        long end = dataEnd != null ? dataEnd : latestEvent(touches, conversions) + 1;
        return new JourneyCutter(lookbackMillis, touchReuse, directHandling, end)
                .cut(sortedTouches.iterator(), sortedConversions.iterator());
    }

    /**
     * Builds journeys in one pass from two streams each sorted by customer, then time (for a database:
     * {@code ORDER BY customer, time}). Needs {@link #dataEnd} to be set.
     */
    public JourneySet build(Iterator<Touch> touches, Iterator<Conversion> conversions) {
        if (dataEnd == null) {
            throw new IllegalStateException("Building journeys from streams needs the data end: call dataEnd(…) with "
                    + "the exclusive end of the exported period, for example the latest event time + 1 ms");
        }
        return new JourneyCutter(lookbackMillis, touchReuse, directHandling, dataEnd).cut(touches, conversions);
    }

    private static long latestEvent(Collection<Touch> touches, Collection<Conversion> conversions) {
        long latest = Long.MIN_VALUE + 1;
        for (Touch touch : touches) {
            latest = Math.max(latest, touch.epochMillis());
        }
        for (Conversion conversion : conversions) {
            latest = Math.max(latest, conversion.epochMillis());
        }
        return latest;
    }
}
