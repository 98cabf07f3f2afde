package com.touchpoint.views.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every user-visible string, from {@code messages_en.properties} or {@code messages_zh.properties}. Values are
 * {@link MessageFormat} patterns: a literal apostrophe is written {@code ''}.
 */
public final class Messages {

    static final String BUNDLE = "com.touchpoint.views.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** Messages in the language of {@code locale}: Chinese for any zh locale, English otherwise. */
    public static Messages forLocale(Locale locale) {
        Locale chosen = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
        // No fallback: without it a missing bundle would silently pick the JVM default locale's bundle instead.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(chosen, bundle);
    }

    /** The locale of the chosen bundle ({@link Locale#ENGLISH} or {@link Locale#CHINESE}). */
    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code args} put into its {0}, {1}… placeholders. */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
