package com.touchpoint.attribution.journey;

/** One conversion of a customer (a purchase, a sign-up) and its value; value may be 0 or, for refunds, negative. */
public record Conversion(long customer, long epochMillis, double value) {
    public Conversion {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Conversion of customer " + customer + " at " + epochMillis
                    + " has value " + value + "; give a finite value (0 when unknown)");
        }
    }
}
