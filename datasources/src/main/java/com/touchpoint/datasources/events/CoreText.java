package com.touchpoint.datasources.events;

/** The text columns of an event kept in a block's core, each coded through a dictionary. */
enum CoreText {
    CHANNEL, EVENT_TYPE, CAMPAIGN, ITEM
}
