package com.touchpoint.views.i18n;

import java.util.Locale;

/** The interface language an analyst can choose in settings; {@link #SYSTEM} follows the operating system. */
public enum Language {
    SYSTEM, ENGLISH, CHINESE;

    /**
     * The locale the app runs in, given the operating system's: the system's own unless a language was chosen.
     * {@link Messages} shows Chinese for any zh locale and English for every other.
     */
    public Locale resolve(Locale systemLocale) {
        return switch (this) {
            case ENGLISH -> Locale.ENGLISH;
            case CHINESE -> Locale.SIMPLIFIED_CHINESE;
            case SYSTEM -> systemLocale;
        };
    }
}
