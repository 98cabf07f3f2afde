package com.touchpoint.datasources.events;

import java.util.Map;

/**
 * One block as stored: its parts (see the {@code event_block} table) and its events per channel (null key: events
 * without a channel).
 */
record EncodedBlock(int rows, byte[] core, byte[] details, byte[] fingerprints, Map<String, Long> channelCounts) {
}
