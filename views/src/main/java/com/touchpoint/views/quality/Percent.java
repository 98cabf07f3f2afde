package com.touchpoint.views.quality;

import com.touchpoint.views.i18n.Messages;

/**
 * A share as a percentage with one decimal, where a share that is not 0 or 1 never reads as 0.0% or 100.0%: 201
 * duplicates in 600,000 rows are "<0.1%", not nothing.
 */
final class Percent {

    /** The smallest share one decimal of a percentage shows. */
    private static final double SMALLEST_SHOWN = 0.001;

    private Percent() {
    }

    static String of(Messages messages, double share) {
        if (share > 0 && share < SMALLEST_SHOWN) {
            return messages.get("format.percent.below", SMALLEST_SHOWN);
        }
        if (share < 1 && share > 1 - SMALLEST_SHOWN) {
            return messages.get("format.percent.above", 1 - SMALLEST_SHOWN);
        }
        return messages.get("format.percent", share);
    }
}
