package com.touchpoint.datasources.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValueMapTest {

    @ParameterizedTest
    @CsvSource({"男,M", "男性,M", "M,M", "male,M", "Male,M", "MAN,M", "1,M", "女,F", "女性,F", "f,F", "Female,F",
            "woman,F", "0,F"})
    void builtInGenderDictionaryMapsChineseEnglishAndDigits(String code, String expected) throws Exception {
        assertEquals(expected, ValueMap.gender().apply(code));
    }

    @Test
    void genderDictionaryDropsUnknownMarkersAndKeepsOtherValues() throws Exception {
        assertNull(ValueMap.gender().apply("未知"));
        assertNull(ValueMap.gender().apply("Unknown"));
        assertEquals("non-binary", ValueMap.gender().apply("non-binary"));
    }

    @Test
    void keysIgnoreCaseAndSurroundingSpaces() throws Exception {
        ValueMap channels = new ValueMap(Map.of(" SMS ", "sms", "短信", "sms"), ValueMap.Unknown.REJECT);
        assertEquals("sms", channels.apply("sms"));
        assertEquals("sms", channels.apply("Sms"));
        assertEquals("sms", channels.apply("短信"));
    }

    @Test
    void unknownValuesAreRejectedKeptOrBlankedAsConfigured() throws Exception {
        Map<String, String> codes = Map.of("a", "A", "b", "B");
        assertEquals("'c' is not one of the known values [a, b]", assertThrows(InvalidValueException.class,
                () -> new ValueMap(codes, ValueMap.Unknown.REJECT).apply("c")).getMessage());
        assertEquals("c", new ValueMap(codes, ValueMap.Unknown.KEEP).apply("c"));
        assertNull(new ValueMap(codes, ValueMap.Unknown.BLANK).apply("c"));
    }
}
