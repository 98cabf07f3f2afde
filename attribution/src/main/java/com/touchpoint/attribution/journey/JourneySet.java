package com.touchpoint.attribution.journey;

import java.util.Collection;
import java.util.List;

/**
 * The journeys every attribution model reads: channel names, de-duplicated journeys with counts, and the
 * conversions that had no touch. Immutable.
 */
public final class JourneySet {
    private final List<String> channels;
    private final List<Journey> journeys;
    private final DirectConversions direct;

    JourneySet(List<String> channels, List<Journey> journeys, DirectConversions direct) {
        this.channels = List.copyOf(channels);
        this.journeys = List.copyOf(journeys);
        this.direct = direct;
    }

    /** Journeys from the rows of an aggregated path report; touches have no ages. */
    public static JourneySet fromPathRows(Collection<PathRow> rows) {
        return PathRowReader.read(rows);
    }

    public List<String> channels() {
        return channels;
    }

    public List<Journey> journeys() {
        return journeys;
    }

    public DirectConversions directConversions() {
        return direct;
    }

    /** Converted journeys, counted with their counts. */
    public double totalConversions() {
        double total = 0;
        for (Journey journey : journeys) {
            if (journey.converted()) {
                total += journey.count();
            }
        }
        return total;
    }

    public double totalValue() {
        double total = 0;
        for (Journey journey : journeys) {
            total += journey.value();
        }
        return total;
    }

    public double totalNonConversions() {
        double total = 0;
        for (Journey journey : journeys) {
            if (!journey.converted()) {
                total += journey.count();
            }
        }
        return total;
    }

    /** The same journeys without touch ages, so journeys that differ only in timing merge into one. */
    public JourneySet withoutAges() {
        JourneyCollector collector = new JourneyCollector();
        channels.forEach(collector::channel);
        for (Journey journey : journeys) {
            collector.addOwned(journey.channelsShared(), null, journey.converted(), journey.count(), journey.value());
        }
        collector.direct(direct);
        return collector.build();
    }

    /** The path of a journey as text, channels joined by " > ". */
    public String pathText(Journey journey) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < journey.length(); k++) {
            if (k > 0) {
                text.append(' ').append(PathRow.SEPARATOR).append(' ');
            }
            text.append(channels.get(journey.channelAt(k)));
        }
        return text.toString();
    }
}
