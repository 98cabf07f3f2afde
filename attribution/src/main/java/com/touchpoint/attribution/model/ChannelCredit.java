package com.touchpoint.attribution.model;

/** What one model credits to one channel: conversions, value, and the share of all conversions. */
public record ChannelCredit(String channel, double conversions, double value, double share) {
}
