package com.touchpoint.attribution.service;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which events count as marketing touches: an event is a touch when its channel is listed (or, with no channels
 * listed, any channel), its channel is not excluded, and its type is listed (or, with no types listed, any type but
 * the conversion). Events without a channel are never touches. The default excludes the {@code direct} channel:
 * organic visits are not marketing, and a conversion preceded by nothing else is counted on {@code (direct)}.
 */
public record TouchDefinition(Set<String> channels, Set<String> excludedChannels, Set<String> eventTypes) {

    public TouchDefinition {
        channels = Set.copyOf(Objects.requireNonNull(channels, "touch channels"));
        excludedChannels = Set.copyOf(Objects.requireNonNull(excludedChannels, "excluded channels"));
        eventTypes = Set.copyOf(Objects.requireNonNull(eventTypes, "touch event types"));
        for (String channel : channels) {
            if (excludedChannels.contains(channel)) {
                throw new IllegalArgumentException("Channel '" + channel + "' is both chosen as a touch and excluded; "
                        + "leave it out of one of the two");
            }
        }
    }

    /** Every channel but {@code direct}, every event type but the conversion. */
    public static TouchDefinition defaults() {
        return new TouchDefinition(Set.of(), Set.of(ModelSettings.DEFAULT_DIRECT_CHANNEL), Set.of());
    }

    public boolean countsChannel(String channel) {
        return channel != null && (channels.isEmpty() || channels.contains(channel))
                && !excludedChannels.contains(channel);
    }

    public boolean countsEventType(String eventType, String conversionType) {
        return eventType != null && !eventType.equals(conversionType)
                && (eventTypes.isEmpty() || eventTypes.contains(eventType));
    }

    /** "every channel except direct" or "email, search". */
    String describeChannels() {
        String chosen = channels.isEmpty() ? "every channel" : TextFormat.list(new TreeSet<>(channels));
        return excludedChannels.isEmpty() || !channels.isEmpty() ? chosen
                : chosen + " except " + TextFormat.list(new TreeSet<>(excludedChannels));
    }

    /** "every type except purchase" or "ad_click, click". */
    String describeEventTypes(String conversionType) {
        return eventTypes.isEmpty() ? "every type except " + conversionType
                : TextFormat.list(new TreeSet<>(eventTypes));
    }
}
