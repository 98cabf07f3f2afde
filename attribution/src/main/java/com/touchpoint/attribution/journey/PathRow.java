package com.touchpoint.attribution.journey;

/**
 * One row of an aggregated path report: the channel path as text ("A > B > C"), how many journeys with that
 * path converted, their total value, and how many did not convert.
 */
public record PathRow(String path, double conversions, double value, double nonConversions) {
    /** The separator between channels in {@link #path()}; blanks around it are ignored. */
    public static final String SEPARATOR = ">";
}
