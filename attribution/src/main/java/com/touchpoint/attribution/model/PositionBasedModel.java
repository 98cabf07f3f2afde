package com.touchpoint.attribution.model;

import com.touchpoint.attribution.journey.JourneySet;
import java.util.Arrays;

/**
 * U-shaped credit: a share to the first touch, a share to the last, the rest split evenly over the touches in
 * between (40/20/40 by default). One touch takes everything; two touches split first : last in proportion to their
 * shares (50/50 by default).
 */
public final class PositionBasedModel extends TouchWeightingModel {
    private final double first;
    private final double middle;
    private final double last;

    /** 40 % first, 20 % middle, 40 % last. */
    public PositionBasedModel() {
        this(0.4, 0.2, 0.4);
    }

    public PositionBasedModel(double first, double middle, double last) {
        if (!(first >= 0 && middle >= 0 && last >= 0) || Math.abs(first + middle + last - 1) > 1e-9
                || first + last == 0) {
            throw new IllegalArgumentException("Position-based shares must be 0 or more and add up to 1, with "
                    + "first + last above 0; got first " + first + ", middle " + middle + ", last " + last);
        }
        this.first = first;
        this.middle = middle;
        this.last = last;
    }

    @Override
    public String name() {
        return "Position-based";
    }

    @Override
    protected Weigher weigherFor(JourneySet journeys) {
        return (journey, weights) -> {
            int length = journey.length();
            switch (length) {
                case 1 -> weights[0] = 1;
                case 2 -> {
                    weights[0] = first / (first + last);
                    weights[1] = last / (first + last);
                }
                default -> {
                    Arrays.fill(weights, 1, length - 1, middle / (length - 2));
                    weights[0] = first;
                    weights[length - 1] = last;
                }
            }
        };
    }
}
