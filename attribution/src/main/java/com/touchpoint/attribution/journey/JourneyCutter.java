package com.touchpoint.attribution.journey;

import com.touchpoint.attribution.journey.JourneyBuilder.DirectHandling;
import com.touchpoint.attribution.journey.JourneyBuilder.TouchReuse;
import java.util.Arrays;
import java.util.Iterator;

/** One pass of {@link JourneyBuilder} over two customer-sorted streams, one customer at a time. */
final class JourneyCutter {
    private final long lookbackMillis;
    private final TouchReuse touchReuse;
    private final DirectHandling directHandling;
    private final long dataEnd;
    private final JourneyCollector collector = new JourneyCollector();

    private int[] touchChannels = new int[64];
    private long[] touchTimes = new long[64];
    private int touchCount;
    private long[] conversionTimes = new long[8];
    private double[] conversionValues = new double[8];
    private int conversionCount;
    private double directCount;
    private double directValue;

    JourneyCutter(long lookbackMillis, TouchReuse touchReuse, DirectHandling directHandling, long dataEnd) {
        this.lookbackMillis = lookbackMillis;
        this.touchReuse = touchReuse;
        this.directHandling = directHandling;
        this.dataEnd = dataEnd;
    }

    JourneySet cut(Iterator<Touch> touches, Iterator<Conversion> conversions) {
        Touch touch = touches.hasNext() ? touches.next() : null;
        Conversion conversion = conversions.hasNext() ? conversions.next() : null;
        long previousCustomer = Long.MIN_VALUE;
        boolean first = true;
        while (touch != null || conversion != null) {
            long customer = touch == null ? conversion.customer()
                    : conversion == null ? touch.customer() : Math.min(touch.customer(), conversion.customer());
            if (!first && customer <= previousCustomer) {
                throw unsorted("customer " + customer + " comes after customer " + previousCustomer);
            }
            first = false;
            touchCount = 0;
            conversionCount = 0;
            while (touch != null && touch.customer() == customer) {
                addTouch(touch);
                touch = touches.hasNext() ? touches.next() : null;
            }
            while (conversion != null && conversion.customer() == customer) {
                addConversion(conversion);
                conversion = conversions.hasNext() ? conversions.next() : null;
            }
            cutCustomer();
            previousCustomer = customer;
        }
        collector.direct(new DirectConversions(directCount, directValue,
                directHandling == DirectHandling.KEEP_AS_CHANNEL));
        return collector.build();
    }

    private void addTouch(Touch touch) {
        checkTime(touch.epochMillis(), touchCount == 0 ? Long.MIN_VALUE : touchTimes[touchCount - 1],
                "touch", touch.customer());
        if (touchCount == touchTimes.length) {
            touchTimes = Arrays.copyOf(touchTimes, touchCount * 2);
            touchChannels = Arrays.copyOf(touchChannels, touchCount * 2);
        }
        touchTimes[touchCount] = touch.epochMillis();
        touchChannels[touchCount] = collector.channel(touch.channel());
        touchCount++;
    }

    private void addConversion(Conversion conversion) {
        checkTime(conversion.epochMillis(), conversionCount == 0 ? Long.MIN_VALUE
                : conversionTimes[conversionCount - 1], "conversion", conversion.customer());
        if (conversionCount == conversionTimes.length) {
            conversionTimes = Arrays.copyOf(conversionTimes, conversionCount * 2);
            conversionValues = Arrays.copyOf(conversionValues, conversionCount * 2);
        }
        conversionTimes[conversionCount] = conversion.epochMillis();
        conversionValues[conversionCount] = conversion.value();
        conversionCount++;
    }

    private void checkTime(long time, long previous, String what, long customer) {
        if (time < previous) {
            throw unsorted("a " + what + " of customer " + customer + " at " + time + " comes after one at "
                    + previous);
        }
        if (time >= dataEnd) {
            throw new IllegalArgumentException("A " + what + " of customer " + customer + " at " + time
                    + " is not before the data end " + dataEnd
                    + "; set the data end after the last event or leave later events out");
        }
    }

    private static IllegalArgumentException unsorted(String detail) {
        return new IllegalArgumentException("Events must be sorted by customer, then time (" + detail
                + "); sort them (ORDER BY customer, time) or use the build method that takes collections");
    }

    private void cutCustomer() {
        long previousConversion = Long.MIN_VALUE;
        for (int c = 0; c < conversionCount; c++) {
            long at = conversionTimes[c];
            long from = at - lookbackMillis;
            if (touchReuse == TouchReuse.FIRST_CONVERSION_ONLY) {
                from = Math.max(from, previousConversion);
            }
            int start = firstTouchAtOrAfter(from);
            int end = firstTouchAtOrAfter(at);
            if (end > start) {
                emit(start, end, at, true, conversionValues[c]);
            } else {
                direct(conversionValues[c]);
            }
            previousConversion = at;
        }
        int start = firstTouchAtOrAfter(Math.max(previousConversion, dataEnd - lookbackMillis));
        if (touchCount > start) {
            emit(start, touchCount, dataEnd, false, 0);
        }
    }

    private void direct(double value) {
        directCount++;
        directValue += value;
        if (directHandling == DirectHandling.KEEP_AS_CHANNEL) {
            collector.addOwned(new int[] {collector.channel(JourneyBuilder.DIRECT)}, new int[] {0}, true, 1, value);
        }
    }

    private void emit(int start, int end, long journeyEnd, boolean converted, double value) {
        int[] channels = Arrays.copyOfRange(touchChannels, start, end);
        int[] ages = new int[end - start];
        for (int k = start; k < end; k++) {
            ages[k - start] = (int) ((journeyEnd - touchTimes[k]) / 1000);
        }
        collector.addOwned(channels, ages, converted, 1, value);
    }

    private int firstTouchAtOrAfter(long time) {
        int low = 0;
        int high = touchCount;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (touchTimes[middle] < time) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
