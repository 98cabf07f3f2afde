package com.touchpoint.datasources.identity;

/**
 * Settings of a stitch.
 *
 * @param maxLinksPerType an identifier directly linked to more distinct identifiers than this of one type at least as
 *                        strong as its own is shared (a family tablet, a shop's phone) and links nobody
 */
public record StitchPolicy(int maxLinksPerType) {

    public static final StitchPolicy DEFAULT = new StitchPolicy(5);

    public StitchPolicy {
        if (maxLinksPerType < 1) {
            throw new IllegalArgumentException("maxLinksPerType must be at least 1, was " + maxLinksPerType);
        }
    }
}
