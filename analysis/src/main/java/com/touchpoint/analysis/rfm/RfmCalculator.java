package com.touchpoint.analysis.rfm;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;

import java.util.Arrays;
import java.util.List;

/**
 * Scores recency, frequency and monetary value 1–5 for every customer with orders (events with revenue) in the
 * window {@code (reference − window, reference]}. Recency is days from the last such order to the reference time.
 * Cuts are the analyst's thresholds or, by default, quintiles of the scored customers: with their values sorted,
 * cut k (k = 1..4) is the value at rank ⌈k·n/5⌉; a value above j cuts scores j + 1 for F and M, and 5 − j for R
 * (fewer days since the last order is better). Tied values always share a score.
 */
public final class RfmCalculator {

    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private RfmCalculator() {
    }

    /** @throws java.util.concurrent.CancellationException when the token is cancelled meanwhile */
    public static RfmScores compute(AudienceData data, RfmSettings settings, long referenceMillis,
                                    CancellationToken token) {
        int n = data.size();
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        long start = referenceMillis - settings.windowSpan().toMillis();
        long[] times = data.events().timesMillis();
        double[] revenue = data.events().revenue();
        int scored = 0;
        for (int c = 0; c < n; c++) {
            if ((c & 0x3FFF) == 0) {
                token.throwIfCancelled();
            }
            long last = Long.MIN_VALUE;
            for (int i = data.firstEvent(c); i < data.endEvent(c) && times[i] <= referenceMillis; i++) {
                if (times[i] > start && !Double.isNaN(revenue[i])) {
                    frequency[c]++;
                    monetary[c] += revenue[i];
                    last = times[i];
                }
            }
            recency[c] = frequency[c] > 0 ? (referenceMillis - last) / MILLIS_PER_DAY : Double.NaN;
            if (frequency[c] > 0) {
                scored++;
            }
        }
        RfmThresholds given = settings.thresholds();
        double[][] cuts = {
            given != null ? toArray(given.recency()) : quintileCuts(recency, frequency, scored),
            given != null ? toArray(given.frequency()) : quintileCuts(frequency, frequency, scored),
            given != null ? toArray(given.monetary()) : quintileCuts(monetary, frequency, scored)};
        byte[] r = new byte[n];
        byte[] f = new byte[n];
        byte[] m = new byte[n];
        for (int c = 0; c < n; c++) {
            if (frequency[c] > 0) {
                r[c] = (byte) (5 - above(recency[c], cuts[0]));
                f[c] = (byte) (1 + above(frequency[c], cuts[1]));
                m[c] = (byte) (1 + above(monetary[c], cuts[2]));
            }
        }
        return new RfmScores(settings, referenceMillis, recency, frequency, monetary, r, f, m, cuts);
    }

    /** Quintile cuts over the customers with orders; all zero when no one has any. */
    static double[] quintileCuts(double[] values, double[] frequency, int scored) {
        double[] present = new double[scored];
        int k = 0;
        for (int c = 0; c < values.length; c++) {
            if (frequency[c] > 0) {
                present[k++] = values[c];
            }
        }
        Arrays.sort(present);
        double[] cuts = new double[4];
        for (int j = 1; j <= 4 && scored > 0; j++) {
            cuts[j - 1] = present[(int) Math.ceil(j * scored / 5.0) - 1];
        }
        return cuts;
    }

    private static int above(double value, double[] cuts) {
        int count = 0;
        for (double cut : cuts) {
            if (value > cut) {
                count++;
            }
        }
        return count;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
