package com.touchpoint.views.theme;

import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Window;

/**
 * The look of every window, dialogs included: AtlantaFX's Primer Light as the base, Touchpoint's own stylesheet on
 * top, and a font that reads well in the interface language (a CJK font for Chinese when one is installed).
 */
public final class Theme {

    private static final String STYLESHEET = Objects.requireNonNull(
            Theme.class.getResource("touchpoint.css"), "touchpoint.css is missing from the build").toExternalForm();

    /** Preferred fonts for Chinese, first installed wins: Windows, macOS, then the Noto/Source Han family. */
    private static final List<String> CHINESE_FONTS = List.of("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC",
            "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei");

    /**
     * Preferred fonts for English: the platform's own UI fonts first; on Linux, where "System" is often the wide
     * DejaVu Sans, Noto Sans (or the CJK Noto, whose Latin letters are the same design and which also covers Chinese
     * project names).
     */
    private static final List<String> ENGLISH_FONTS = List.of("Segoe UI", "SF Pro Text", "Helvetica Neue",
            "Noto Sans", "Noto Sans CJK SC");

    private Theme() {
    }

    /** Styles every window shown from now on; call once on the JavaFX thread before the first window shows. */
    public static void install(Locale locale) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        String fontSheet = fontStylesheet(locale);
        Window.getWindows().forEach(window -> style(window, fontSheet));
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> style(window, fontSheet));
            }
        });
    }

    private static void style(Window window, String fontSheet) {
        if (window.getScene() != null) {
            style(window.getScene(), fontSheet);
        }
        window.sceneProperty().addListener((property, old, scene) -> {
            if (scene != null) {
                style(scene, fontSheet);
            }
        });
    }

    private static void style(Scene scene, String fontSheet) {
        for (String sheet : List.of(STYLESHEET, fontSheet)) {
            if (!scene.getStylesheets().contains(sheet)) {
                scene.getStylesheets().add(sheet);
            }
        }
    }

    /** A one-rule stylesheet choosing the font family, as a data URL so it needs no file. */
    private static String fontStylesheet(Locale locale) {
        List<String> preferred = "zh".equals(locale.getLanguage()) ? CHINESE_FONTS : ENGLISH_FONTS;
        List<String> installed = Font.getFamilies();
        String family = preferred.stream().filter(installed::contains).findFirst().orElse("System");
        String css = ".root { -fx-font-family: \"" + family + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
