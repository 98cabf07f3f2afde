package com.touchpoint.datasources.events;

/**
 * The core of a decoded block. Text column {@code t} of event {@code i} is {@code dictionaries[t][codes[t][i] - 1]},
 * or null where the code is 0.
 *
 * @param revenueUnits revenue in ten-thousandths, {@link EventBlockCodec#NO_REVENUE} where none
 */
record CoreBlock(int rows, long[] identifierIds, long[] timesMicros, String[][] dictionaries, int[][] codes,
                 long[] revenueUnits) {
}
