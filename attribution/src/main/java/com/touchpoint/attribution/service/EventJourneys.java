package com.touchpoint.attribution.service;

import com.touchpoint.attribution.journey.Conversion;
import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.journey.Touch;
import com.touchpoint.datasources.events.Dictionary;
import com.touchpoint.datasources.events.EventColumns;

import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Cuts a project's events into journeys: the events are already sorted by customer and time, so touches and
 * conversions stream straight into {@link com.touchpoint.attribution.journey.JourneyBuilder} in one pass. The data
 * end is the latest event + 1 ms; a conversion's value is its revenue (0 when it has none).
 */
final class EventJourneys {

    /** Events between checks for cancellation and progress reports. */
    private static final int CANCEL_CHECK_EVENTS = 1 << 20;

    private EventJourneys() {
    }

    static JourneyInput build(EventColumns events, AttributionSettings settings, RunMonitor monitor) {
        if (events.size() == 0) {
            throw new IllegalArgumentException("The project has no events; import events first, or attribute an "
                    + "imported path report");
        }
        Dictionary types = events.eventTypeDictionary();
        Dictionary channels = events.channelDictionary();
        int conversionCode = types.codeOf(settings.conversionType());
        if (conversionCode < 0) {
            throw new IllegalArgumentException("No event has the type '" + settings.conversionType() + "', so there "
                    + "is no conversion to attribute; choose the conversion among the event types "
                    + new TreeSet<>(types.values()));
        }
        requireKnown(settings.touches().channels(), channels, "channel");
        requireKnown(settings.touches().eventTypes(), types, "event type");
        boolean[] touchChannel = new boolean[channels.size()];
        for (int code = 1; code < channels.size(); code++) {
            touchChannel[code] = settings.touches().countsChannel(channels.value(code));
        }
        boolean[] touchType = new boolean[types.size()];
        for (int code = 1; code < types.size(); code++) {
            touchType[code] = settings.touches().countsEventType(types.value(code), settings.conversionType());
        }
        long first = Long.MAX_VALUE;
        long latest = Long.MIN_VALUE;
        for (long time : events.timesMillis()) {
            first = Math.min(first, time);
            latest = Math.max(latest, time);
        }
        long[] ids = events.globalIds();
        long[] times = events.timesMillis();
        int[] eventChannels = events.channels();
        int[] eventTypes = events.eventTypes();
        double[] revenue = events.revenue();
        monitor.progress(0, "Building journeys");
        EventStream<Touch> touches = new EventStream<>(events.size(),
                i -> touchType[eventTypes[i]] && touchChannel[eventChannels[i]],
                i -> new Touch(ids[i], channels.value(eventChannels[i]), times[i]), monitor);
        EventStream<Conversion> conversions = new EventStream<>(events.size(),
                i -> eventTypes[i] == conversionCode,
                i -> new Conversion(ids[i], times[i], Double.isNaN(revenue[i]) ? 0 : revenue[i]), monitor);
        JourneySet journeys = settings.journeyBuilder().dataEnd(latest + 1).build(touches, conversions);
        monitor.progress(1, "Building journeys");
        DataRange range = new DataRange(Instant.ofEpochMilli(first), Instant.ofEpochMilli(latest + 1));
        return new JourneyInput(journeys, new JourneySource.Events(range, events.size(), events.customers(),
                touches.taken, conversions.taken));
    }

    private static void requireKnown(Iterable<String> chosen, Dictionary dictionary, String what) {
        for (String value : chosen) {
            if (dictionary.codeOf(value) < 0) {
                throw new IllegalArgumentException("No event has the " + what + " '" + value + "'; the " + what
                        + "s in the project are " + new TreeSet<>(dictionary.values()));
            }
        }
    }

    /** The events that pass a test, in column order, each turned into a record when asked for. */
    private static final class EventStream<T> implements Iterator<T> {
        private final int size;
        private final IntPredicate wanted;
        private final IntFunction<T> make;
        private final RunMonitor monitor;
        private int next = -1;
        private long taken;

        EventStream(int size, IntPredicate wanted, IntFunction<T> make, RunMonitor monitor) {
            this.size = size;
            this.wanted = wanted;
            this.make = make;
            this.monitor = monitor;
            advance();
        }

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public T next() {
            if (next >= size) {
                throw new NoSuchElementException();
            }
            T item = make.apply(next);
            taken++;
            advance();
            return item;
        }

        private void advance() {
            do {
                next++;
                if ((next & (CANCEL_CHECK_EVENTS - 1)) == 0) {
                    monitor.checkCancelled();
                    monitor.progress((double) next / size, "Building journeys");
                }
            } while (next < size && !wanted.test(next));
        }
    }
}
