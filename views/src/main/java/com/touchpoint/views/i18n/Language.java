package com.touchpoint.views.i18n;

import java.util.Locale;

/** The interface language an analyst can choose in settings; {@link #SYSTEM} follows the operating system. */
public enum Language {
    SYSTEM, ENGLISH, CHINESE;

    /** The locale whose bundle to use, given the operating system's locale: any zh locale means Chinese. */
    public Locale resolve(Locale systemLocale) {
        return switch (this) {
            case ENGLISH -> Locale.ENGLISH;
            case CHINESE -> Locale.CHINESE;
            case SYSTEM -> "zh".equals(systemLocale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
        };
    }
}
