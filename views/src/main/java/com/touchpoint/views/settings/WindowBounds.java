package com.touchpoint.views.settings;

/** Where the main window was and how big, so it reopens the same way. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public WindowBounds {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Window size must be positive, was " + width + " x " + height);
        }
    }
}
