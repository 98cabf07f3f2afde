package com.touchpoint.attribution.service;

import java.util.Map;

/**
 * Imported cost per channel for the period attributed, and that period in words ("2026-08-03 to 2026-10-31",
 * "every imported day"). With no cost the model tables have no cost, CPA or ROAS columns.
 */
public record Spend(Map<String, Double> costPerChannel, String period) {
    public static final Spend NONE = new Spend(Map.of(), "none");

    public Spend {
        costPerChannel = Map.copyOf(costPerChannel);
    }

    public boolean isEmpty() {
        return costPerChannel.isEmpty();
    }
}
