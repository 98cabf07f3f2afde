package com.touchpoint.views.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void bothBundlesHaveTheSameKeysAndNoEmptyValues() throws IOException {
        Properties english = bundle("en");
        Properties chinese = bundle("zh");

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
        for (Properties bundle : new Properties[] {english, chinese}) {
            bundle.forEach((key, value) -> assertFalse(value.toString().isBlank(), "empty value for " + key));
        }
    }

    @Test
    void eachKeyUsesTheSamePlaceholdersInBothLanguagesAndParses() throws IOException {
        Properties english = bundle("en");
        Properties chinese = bundle("zh");
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(chinese.getProperty(key)), key);
            new MessageFormat(english.getProperty(key));
            new MessageFormat(chinese.getProperty(key));
        }
    }

    @Test
    void chineseLocalesGetChineseAndEveryOtherLocaleGetsEnglish() {
        assertEquals("文件", Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get("menu.file"));
        assertEquals("文件", Messages.forLocale(Locale.TRADITIONAL_CHINESE).get("menu.file"));
        assertEquals("File", Messages.forLocale(Locale.US).get("menu.file"));
        assertEquals("File", Messages.forLocale(Locale.FRENCH).get("menu.file"));
    }

    @Test
    void argumentsFillPlaceholdersWithLocaleGrouping() {
        assertEquals("10,000,000 rows", Messages.forLocale(Locale.ENGLISH).get("table.rows", 10_000_000L));
        assertEquals("共 10,000,000 行", Messages.forLocale(Locale.CHINESE).get("table.rows", 10_000_000L));
    }

    @Test
    void languageSettingOverridesTheSystemLocale() {
        assertEquals(Locale.forLanguageTag("zh-TW"), Language.SYSTEM.resolve(Locale.forLanguageTag("zh-TW")));
        assertEquals(Locale.GERMANY, Language.SYSTEM.resolve(Locale.GERMANY));
        assertEquals(Locale.ENGLISH, Language.ENGLISH.resolve(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Language.CHINESE.resolve(Locale.US));
        assertEquals("文件", Messages.forLocale(Language.CHINESE.resolve(Locale.US)).get("menu.file"));
    }

    @Test
    void everyLanguageHasAName() throws IOException {
        Properties english = bundle("en");
        for (Language language : Language.values()) {
            assertTrue(english.containsKey("settings.language." + language.name().toLowerCase(Locale.ROOT)));
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties bundle(String language) throws IOException {
        String path = "/com/touchpoint/views/i18n/messages_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
