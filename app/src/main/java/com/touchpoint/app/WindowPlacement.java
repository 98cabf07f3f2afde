package com.touchpoint.app;

import com.touchpoint.views.settings.AppSettings;
import com.touchpoint.views.settings.WindowBounds;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the main window where it was last time, if that place is still on a screen (monitors change), and keeps track
 * of its normal (not maximised) bounds so they can be saved on quit.
 */
final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;

    private final Stage stage;
    private WindowBounds normal;

    private WindowPlacement(Stage stage, WindowBounds normal) {
        this.stage = stage;
        this.normal = normal;
    }

    /** Sizes and places {@code stage} from the settings and starts following its moves. */
    static WindowPlacement restore(Stage stage, AppSettings settings) {
        WindowBounds saved = settings.windowBounds()
                .filter(bounds -> !Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(),
                        bounds.height()).isEmpty())
                .orElse(null);
        if (saved == null) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        } else {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(saved.width());
            stage.setHeight(saved.height());
            stage.setMaximized(saved.maximized());
        }
        WindowPlacement placement = new WindowPlacement(stage, saved);
        stage.xProperty().addListener(observable -> placement.follow());
        stage.yProperty().addListener(observable -> placement.follow());
        stage.widthProperty().addListener(observable -> placement.follow());
        stage.heightProperty().addListener(observable -> placement.follow());
        return placement;
    }

    private void follow() {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normal = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    /** Writes the window's normal bounds and whether it is maximised into the settings (not saved yet). */
    void rememberIn(AppSettings settings) {
        if (normal != null) {
            settings.setWindowBounds(new WindowBounds(normal.x(), normal.y(), normal.width(), normal.height(),
                    stage.isMaximized()));
        }
    }
}
