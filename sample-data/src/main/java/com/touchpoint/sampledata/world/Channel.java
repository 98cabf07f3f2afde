package com.touchpoint.sampledata.world;

/** Marketing channels as they appear in {@code utm_source}, spend files and {@code paths.csv}. */
public enum Channel {
    SEARCH, FEED, SOCIAL, EMAIL, SMS, PUSH, DIRECT;

    /** Lower-case name used in the files. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Channels whose touches change purchase hazard (all but {@link #DIRECT}). */
    public static final Channel[] TOUCHING = {SEARCH, FEED, SOCIAL, EMAIL, SMS, PUSH};
}
