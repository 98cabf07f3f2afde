package com.touchpoint.attribution.model;

import com.touchpoint.attribution.journey.JourneyBuilder;
import com.touchpoint.attribution.journey.JourneySet;
import java.util.Arrays;

/**
 * All credit to the last touch that is not on the direct channel; a journey of direct touches only credits its
 * last (direct) touch.
 */
public final class LastNonDirectModel extends TouchWeightingModel {
    private final String directChannel;

    /** Treats {@link JourneyBuilder#DIRECT} as the direct channel. */
    public LastNonDirectModel() {
        this(JourneyBuilder.DIRECT);
    }

    /** @param directChannel the channel name that stands for direct visits in the data, such as "Direct" */
    public LastNonDirectModel(String directChannel) {
        if (directChannel == null || directChannel.isBlank()) {
            throw new IllegalArgumentException("Name the direct channel, for example \"" + JourneyBuilder.DIRECT
                    + "\" or \"Direct\"");
        }
        this.directChannel = directChannel;
    }

    @Override
    public String name() {
        return "Last non-direct";
    }

    @Override
    protected Weigher weigherFor(JourneySet journeys) {
        int direct = journeys.channels().indexOf(directChannel);
        return (journey, weights) -> {
            Arrays.fill(weights, 0, journey.length(), 0);
            int chosen = journey.length() - 1;
            while (chosen > 0 && journey.channelAt(chosen) == direct) {
                chosen--;
            }
            weights[journey.channelAt(chosen) == direct ? journey.length() - 1 : chosen] = 1;
        };
    }
}
