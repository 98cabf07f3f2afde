package com.touchpoint.views.quality;

import javafx.scene.layout.Region;

/**
 * A horizontal bar split into segments whose widths are proportional to their counts (loaded / quarantined /
 * duplicate rows). Segments are plain regions styled by the caller; a zero count gets no width.
 */
final class ShareBar extends Region {

    private final Region[] segments;
    private long[] counts;

    ShareBar(String... segmentStyles) {
        getStyleClass().add("share-bar");
        segments = new Region[segmentStyles.length];
        counts = new long[segmentStyles.length];
        for (int i = 0; i < segmentStyles.length; i++) {
            segments[i] = new Region();
            segments[i].getStyleClass().addAll("share-bar-segment", segmentStyles[i]);
            getChildren().add(segments[i]);
        }
    }

    /** One count per segment, in the order the segments were named. */
    void setCounts(long... newCounts) {
        if (newCounts.length != segments.length) {
            throw new IllegalArgumentException("expected " + segments.length + " counts, got " + newCounts.length);
        }
        counts = newCounts.clone();
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double total = 0;
        for (long count : counts) {
            total += count;
        }
        double x = snappedLeftInset();
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        for (int i = 0; i < segments.length; i++) {
            double segmentWidth = total == 0 ? 0 : snapSizeX(width * counts[i] / total);
            segments[i].resizeRelocate(x, snappedTopInset(), segmentWidth, height);
            x += segmentWidth;
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 12 + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 320;
    }
}
