package com.touchpoint.analysis.rfm;

/**
 * RFM values and scores for every customer of an audience, by customer index. Customers without orders in the
 * window have score 0 in all three and no group.
 *
 * @param recencyDays days from the last order in the window to the reference time (NaN when unscored)
 * @param frequency   orders in the window
 * @param monetary    revenue of those orders
 * @param cuts        the cuts used for R, F and M, four each (quintiles or the analyst's thresholds)
 */
public record RfmScores(RfmSettings settings, long referenceMillis, double[] recencyDays, double[] frequency,
                        double[] monetary, byte[] r, byte[] f, byte[] m, double[][] cuts) {

    public int size() {
        return r.length;
    }

    public boolean scored(int customer) {
        return r[customer] > 0;
    }

    /** The customer's group, or null when unscored or in no group. */
    public RfmGroup group(int customer) {
        return scored(customer) ? settings.groupOf(r[customer], f[customer]) : null;
    }

    /** These scores with other group names or regions; scores stay. */
    public RfmScores withSettings(RfmSettings newSettings) {
        return new RfmScores(newSettings, referenceMillis, recencyDays, frequency, monetary, r, f, m, cuts);
    }
}
