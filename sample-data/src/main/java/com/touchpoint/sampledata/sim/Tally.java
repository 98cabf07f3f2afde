package com.touchpoint.sampledata.sim;

import com.touchpoint.sampledata.world.Channel;

/** Running counts of what really happened in the simulation (the truth, before any row is broken). */
public final class Tally {

    long webPurchases;
    long appPurchases;
    long storePurchases;
    long revenueCents;
    /** Touches by channel ordinal: ad clicks, e-mail clicks, SMS sends, push opens, organic visits (direct). */
    final long[] touches = new long[Channel.values().length];

    void purchase(Where where, long cents) {
        switch (where) {
            case WEB -> webPurchases++;
            case APP -> appPurchases++;
            case STORE -> storePurchases++;
        }
        revenueCents += cents;
    }

    /** Where a purchase happened. */
    enum Where { WEB, APP, STORE }

    public long webPurchases() {
        return webPurchases;
    }

    public long appPurchases() {
        return appPurchases;
    }

    public long storePurchases() {
        return storePurchases;
    }

    public long revenueCents() {
        return revenueCents;
    }

    public long touches(Channel channel) {
        return touches[channel.ordinal()];
    }
}
