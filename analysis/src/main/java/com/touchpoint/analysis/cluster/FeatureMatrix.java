package com.touchpoint.analysis.cluster;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.analysis.tags.TagWeights;
import com.touchpoint.datasources.events.EventColumns;

import java.util.List;

/**
 * The features the analyst picked, one row per customer, raw and standardised (mean 0, standard deviation 1; a
 * feature that does not vary becomes 0). Features: {@code recency}, {@code frequency}, {@code monetary} (from the
 * computed RFM; customers without orders in its window count the whole window as recency and 0 for the others),
 * {@code events} and {@code revenue} (all events up to the reference time), {@code channel:NAME} (the share of the
 * customer's events in that channel: the channel mix) and {@code tag:NAME} (a computed tag weight).
 */
public final class FeatureMatrix {

    private final List<String> names;
    private final double[][] raw;
    private final double[][] standardised;
    private final double[] means;
    private final double[] deviations;

    private FeatureMatrix(List<String> names, double[][] raw) {
        this.names = List.copyOf(names);
        this.raw = raw;
        int d = names.size();
        means = new double[d];
        deviations = new double[d];
        int n = raw.length;
        for (double[] row : raw) {
            for (int j = 0; j < d; j++) {
                means[j] += row[j] / n;
            }
        }
        for (double[] row : raw) {
            for (int j = 0; j < d; j++) {
                deviations[j] += (row[j] - means[j]) * (row[j] - means[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            deviations[j] = Math.sqrt(deviations[j]);
        }
        standardised = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                standardised[i][j] = deviations[j] > 0 ? (raw[i][j] - means[j]) / deviations[j] : 0;
            }
        }
    }

    /** A matrix from given rows, for tests and callers with their own features. */
    public static FeatureMatrix of(List<String> names, double[][] rows) {
        return new FeatureMatrix(names, rows);
    }

    /** @throws AnalysisException for an unknown feature, or one whose results (RFM, tags) are not computed */
    public static FeatureMatrix build(AudienceData data, List<String> features, long referenceMillis) {
        if (features.isEmpty()) {
            throw new AnalysisException("Pick at least one feature to cluster on: recency, frequency, monetary, "
                    + "events, revenue, channel:NAME or tag:NAME.");
        }
        double[][] rows = new double[data.size()][features.size()];
        for (int j = 0; j < features.size(); j++) {
            double[] column = column(data, features.get(j), referenceMillis);
            for (int i = 0; i < rows.length; i++) {
                rows[i][j] = column[i];
            }
        }
        return new FeatureMatrix(features, rows);
    }

    private static double[] column(AudienceData data, String feature, long referenceMillis) {
        switch (feature) {
            case "recency", "frequency", "monetary" -> {
                RfmScores rfm = data.rfm().orElseThrow(() -> new AnalysisException("The feature " + feature
                        + " comes from RFM, which has not been computed for this project yet; compute RFM first."));
                double window = rfm.settings().windowSpan().toMillis() / 86_400_000.0;
                double[] values = switch (feature) {
                    case "recency" -> rfm.recencyDays().clone();
                    case "frequency" -> rfm.frequency().clone();
                    default -> rfm.monetary().clone();
                };
                for (int c = 0; c < values.length; c++) {
                    if (!rfm.scored(c)) {
                        values[c] = feature.equals("recency") ? window : 0;
                    }
                }
                return values;
            }
            case "events", "revenue" -> {
                return totals(data, feature.equals("revenue"), referenceMillis);
            }
            default -> {
                if (feature.startsWith("channel:")) {
                    return channelShare(data, feature.substring("channel:".length()), referenceMillis);
                }
                if (feature.startsWith("tag:")) {
                    String tag = feature.substring("tag:".length());
                    TagWeights tags = data.tags().orElseThrow(() -> new AnalysisException("The feature " + feature
                            + " is a tag weight, and tags have not been computed for this project yet."));
                    return tags.weights(tag).orElseThrow(() -> new AnalysisException("There is no tag '" + tag
                            + "'; the tags are " + tags.weights().keySet() + ".")).clone();
                }
                throw new AnalysisException("'" + feature + "' is not a feature; use recency, frequency, monetary, "
                        + "events, revenue, channel:NAME (e.g. channel:web) or tag:NAME.");
            }
        }
    }

    private static double[] totals(AudienceData data, boolean revenue, long referenceMillis) {
        EventColumns events = data.events();
        double[] values = new double[data.size()];
        for (int c = 0; c < values.length; c++) {
            for (int i = data.firstEvent(c); i < data.endEvent(c) && events.timesMillis()[i] <= referenceMillis;
                 i++) {
                double amount = events.revenue()[i];
                values[c] += revenue ? (Double.isNaN(amount) ? 0 : amount) : 1;
            }
        }
        return values;
    }

    private static double[] channelShare(AudienceData data, String channel, long referenceMillis) {
        EventColumns events = data.events();
        int code = events.channelDictionary().codeOf(channel);
        if (code < 0) {
            throw new AnalysisException("No event has the channel '" + channel + "'; the channels are "
                    + events.channelDictionary().values() + ".");
        }
        double[] values = new double[data.size()];
        for (int c = 0; c < values.length; c++) {
            int in = 0;
            int all = 0;
            for (int i = data.firstEvent(c); i < data.endEvent(c) && events.timesMillis()[i] <= referenceMillis;
                 i++) {
                all++;
                in += events.channels()[i] == code ? 1 : 0;
            }
            values[c] = all == 0 ? 0 : in / (double) all;
        }
        return values;
    }

    public List<String> names() {
        return names;
    }

    public int rows() {
        return raw.length;
    }

    /** Row {@code i} in the features' own units; do not modify. */
    public double[] raw(int i) {
        return raw[i];
    }

    /** Row {@code i} standardised; do not modify. */
    public double[] standardised(int i) {
        return standardised[i];
    }

    /** A standardised point back in the features' own units. */
    public double[] unstandardise(double[] point) {
        double[] original = new double[point.length];
        for (int j = 0; j < point.length; j++) {
            original[j] = means[j] + point[j] * deviations[j];
        }
        return original;
    }
}
