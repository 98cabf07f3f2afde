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
    private final double totalConversions;
    private final double totalNonConversions;
    private final double totalValue;

    JourneySet(List<String> channels, List<Journey> journeys, DirectConversions direct) {
        this.channels = List.copyOf(channels);
        this.journeys = List.copyOf(journeys);
        this.direct = direct;
        double conversions = 0;
        double nonConversions = 0;
        double value = 0;
        for (Journey journey : journeys) {
            if (journey.converted()) {
                conversions += journey.count();
                value += journey.value();
            } else {
                nonConversions += journey.count();
            }
        }
        this.totalConversions = conversions;
        this.totalNonConversions = nonConversions;
        this.totalValue = value;
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
        return totalConversions;
    }

    public double totalValue() {
        return totalValue;
    }

    public double totalNonConversions() {
        return totalNonConversions;
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
