package com.touchpoint.attribution.service;

import com.touchpoint.attribution.model.PositionBasedModel;

/** The position-based model's shares of the first, the middle and the last touches (40/20/40 by default). */
public record PositionShares(double first, double middle, double last) {
    public static final PositionShares DEFAULT = new PositionShares(0.4, 0.2, 0.4);

    public PositionShares {
        new PositionBasedModel(first, middle, last); // checks the shares with the model's own rule and message
    }

    /** Shares from "0.4,0.2,0.4" (fractions) or "40,20,40" (percent when they add up to 100). */
    public static PositionShares parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Give the position shares as first,middle,last, such as 0.4,0.2,0.4; "
                    + "got '" + text + "'");
        }
        double[] shares = new double[3];
        for (int k = 0; k < 3; k++) {
            try {
                shares[k] = Double.parseDouble(parts[k].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Position share '" + parts[k].strip() + "' is not a number; "
                        + "give first,middle,last, such as 0.4,0.2,0.4", e);
            }
        }
        double scale = Math.abs(shares[0] + shares[1] + shares[2] - 100) < 1e-6 ? 100 : 1;
        return new PositionShares(shares[0] / scale, shares[1] / scale, shares[2] / scale);
    }

    PositionBasedModel model() {
        return new PositionBasedModel(first, middle, last);
    }

    @Override
    public String toString() {
        return percent(first) + " / " + percent(middle) + " / " + percent(last);
    }

    private static String percent(double share) {
        return TextFormat.number(share * 100) + "%";
    }
}
