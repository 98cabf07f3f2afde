package com.touchpoint.datasources.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Codes event blocks. Core: identifier ids and times as zig-zag deltas, each text column as a dictionary of the
 * block's distinct values and one small code per event, revenue in ten-thousandths (the precision of a
 * {@code DECIMAL(19, 4)}); deflated. Details: order id and properties texts; deflated. Fingerprints: 8 bytes each, as
 * they are (random bits do not compress).
 */
final class EventBlockCodec {

    static final long NO_REVENUE = Long.MIN_VALUE;
    static final int REVENUE_SCALE = 4;
    private static final int VERSION = 1;

    private EventBlockCodec() {
    }

    static EncodedBlock encode(EventBlockBuilder block) {
        int rows = block.size;
        BlockOutput core = new BlockOutput(rows * 16);
        core.unsigned(VERSION);
        deltas(core, block.identifierIds, rows);
        deltas(core, block.timesMicros, rows);
        Map<String, Long> channelCounts = new HashMap<>();
        for (CoreText column : CoreText.values()) {
            texts(core, block.texts[column.ordinal()], rows, column == CoreText.CHANNEL ? channelCounts : null);
        }
        for (int i = 0; i < rows; i++) {
            long units = revenueUnits(block.revenue[i]);
            core.unsigned(units == NO_REVENUE ? 0 : BlockOutput.zigzag(units) + 1);
        }
        BlockOutput details = new BlockOutput(rows * 32);
        for (int i = 0; i < rows; i++) {
            details.text(block.orderIds[i]);
            details.text(block.properties[i]);
        }
        BlockOutput fingerprints = new BlockOutput(rows * 8);
        for (int i = 0; i < rows; i++) {
            fingerprints.fixed(block.fingerprints[i]);
        }
        return new EncodedBlock(rows, core.deflated(), details.deflated(), fingerprints.raw(), channelCounts);
    }

    static CoreBlock decodeCore(byte[] bytes, int rows) {
        BlockInput in = BlockInput.inflated(bytes);
        long version = in.unsigned();
        if (version != VERSION) {
            throw new IllegalStateException("event block version " + version + " is newer than this Touchpoint; "
                    + "update Touchpoint to open this project");
        }
        long[] identifierIds = deltas(in, rows);
        long[] times = deltas(in, rows);
        int columns = CoreText.values().length;
        String[][] dictionaries = new String[columns][];
        int[][] codes = new int[columns][rows];
        for (int c = 0; c < columns; c++) {
            dictionaries[c] = new String[(int) in.unsigned()];
            for (int k = 0; k < dictionaries[c].length; k++) {
                dictionaries[c][k] = in.text();
            }
            for (int i = 0; i < rows; i++) {
                codes[c][i] = (int) in.unsigned();
            }
        }
        long[] revenue = new long[rows];
        for (int i = 0; i < rows; i++) {
            long v = in.unsigned();
            revenue[i] = v == 0 ? NO_REVENUE : BlockInput.unzigzag(v - 1);
        }
        return new CoreBlock(rows, identifierIds, times, dictionaries, codes, revenue);
    }

    /** Order ids and properties of a block's events: {@code [0]} order ids, {@code [1]} properties. */
    static String[][] decodeDetails(byte[] bytes, int rows) {
        BlockInput in = BlockInput.inflated(bytes);
        String[][] details = new String[2][rows];
        for (int i = 0; i < rows; i++) {
            details[0][i] = in.text();
            details[1][i] = in.text();
        }
        return details;
    }

    static void forEachFingerprint(byte[] bytes, LongConsumer sink) {
        BlockInput in = BlockInput.raw(bytes);
        for (int i = 0; i < bytes.length / 8; i++) {
            sink.accept(in.fixed());
        }
    }

    static long revenueUnits(BigDecimal revenue) {
        if (revenue == null) {
            return NO_REVENUE;
        }
        try {
            long units = revenue.setScale(REVENUE_SCALE, RoundingMode.HALF_UP).unscaledValue().longValueExact();
            if (units == NO_REVENUE) {
                throw new ArithmeticException();
            }
            return units;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("revenue " + revenue.toPlainString() + " is too large to store", e);
        }
    }

    /** Revenue as a double, NaN where none. */
    static double revenueValue(long units) {
        return units == NO_REVENUE ? Double.NaN : units / 10_000d;
    }

    static BigDecimal revenue(long units) {
        return units == NO_REVENUE ? null : BigDecimal.valueOf(units, REVENUE_SCALE);
    }

    private static void deltas(BlockOutput out, long[] values, int rows) {
        long previous = 0;
        for (int i = 0; i < rows; i++) {
            out.signed(values[i] - previous);
            previous = values[i];
        }
    }

    private static long[] deltas(BlockInput in, int rows) {
        long[] values = new long[rows];
        long previous = 0;
        for (int i = 0; i < rows; i++) {
            previous += in.signed();
            values[i] = previous;
        }
        return values;
    }

    private static void texts(BlockOutput out, String[] values, int rows, Map<String, Long> counts) {
        Map<String, Integer> codes = new HashMap<>();
        int[] coded = new int[rows];
        for (int i = 0; i < rows; i++) {
            String value = values[i];
            if (value != null) {
                Integer code = codes.putIfAbsent(value, codes.size() + 1);
                coded[i] = code == null ? codes.size() : code;
            }
            if (counts != null) {
                counts.merge(value, 1L, Long::sum);
            }
        }
        String[] dictionary = new String[codes.size()];
        codes.forEach((value, code) -> dictionary[code - 1] = value);
        out.unsigned(dictionary.length);
        for (String value : dictionary) {
            out.text(value);
        }
        for (int i = 0; i < rows; i++) {
            out.unsigned(coded[i]);
        }
    }
}
