package com.touchpoint.views.imports;

import javafx.stage.Window;

/** The window the analyst works in, for dialogs and windows that a command opens without knowing its caller's. */
public final class ActiveWindow {

    private ActiveWindow() {
    }

    /** The focused window, else the first one showing; null when none shows. Call on the JavaFX thread. */
    public static Window get() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElseGet(() -> Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null));
    }
}
