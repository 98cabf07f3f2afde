package com.touchpoint.datasources.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifierNormalizerTest {

    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // international with '+': the digits as they stand
            "+86 138-0013-8000    | 8613800138000",
            "(+86) 13800138000    | 8613800138000",
            "+1 (202) 555-0123    | 12025550123",
            "+44 20 7946 0958     | 442079460958",
            "+123 4567            | 1234567",        // 7 digits, the shortest allowed
            // national mobile: 86 is put in front
            "138 0013 8000        | 8613800138000",
            "13800138000.0        | 8613800138000",  // a number column written out as a float
            "'\u00A013800138000\u3000'  | 8613800138000",  // no-break and ideographic spaces trimmed
            "１３８００１３８０００        | 8613800138000",  // full-width digits
            // 00 international prefix dropped
            "0086 13800138000     | 8613800138000",
            // already with the country code, no prefix: 86 + 11 national digits
            "8613800138000        | 8613800138000",
            "86-138-0013-8000     | 8613800138000",
            // landline with trunk 0: 0 dropped, 86 put in front (10 + 12345678)
            "010-12345678         | 861012345678",
            "(021) 6123 4567      | 862161234567",
            "400-820-8820         | 864008208820",
    })
    void normalisesPhoneNumbersToE164DigitsWithoutPlus(String raw, String expected) throws Exception {
        assertEquals(expected, normalizer.normalize(IdType.PHONE, raw));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "138abc00138000   | contains 'a'",
            "12345678         | too short (8 digits)",
            "+86 138          | 5 digits",
            "+1234567890123456 | 16 digits",
            "1.38001E+10      | scientific notation",
            "138+0013-8000    | '+' that is not at the start",
            "()               | no digits",
            "+0 123 4567 89   | country code starting with 0",
            "0086             | 2 digits",
    })
    void rejectsUnusablePhoneNumbersWithTheReason(String raw, String reasonPart) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> normalizer.normalize(IdType.PHONE, raw));
        assertTrue(e.getMessage().contains(reasonPart), e.getMessage());
        assertTrue(e.getMessage().startsWith("Phone number '" + raw + "'"), e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "' Alice.Smith@Example.COM '  | alice.smith@example.com",
            "bob+news@mail.example.cn     | bob+news@mail.example.cn",
            "carol＠example.com            | carol@example.com",  // full-width at sign
    })
    void normalisesEmailAddresses(String raw, String expected) throws Exception {
        assertEquals(expected, normalizer.normalize(IdType.EMAIL, raw));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "alice.example.com       | has no '@'",
            "alice@home@example.com  | more than one '@'",
            "@example.com            | nothing before the '@'",
            "alice@localhost         | no dot in the domain",
            "alice@example..com      | empty part in its domain",
            "alice@.example.com      | empty part in its domain",
            "alice smith@example.com | contains a space",
    })
    void rejectsMalformedEmailAddressesWithTheReason(String raw, String reasonPart) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> normalizer.normalize(IdType.EMAIL, raw));
        assertTrue(e.getMessage().contains(reasonPart), e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @NullSource
    @ValueSource(strings = {"", "   ", "null", "NULL", "(null)", "-", "0", "undefined", "Undefined", "N/A", "nan",
            "00000000-0000-0000-0000-000000000000"})
    void placeholdersAreAbsentForEveryType(String raw) throws Exception {
        for (IdType type : IdType.values()) {
            assertNull(normalizer.normalize(type, raw), type.name());
        }
    }

    @Test
    void otherIdentifiersAreOnlyTrimmed() throws Exception {
        assertEquals("M0001", normalizer.normalize(IdType.MEMBER, "  M0001\t"));
        assertEquals("oAbC-123_x", normalizer.normalize(IdType.OPENID, "oAbC-123_x"));
        assertEquals("会员张三", normalizer.normalize(IdType.USER, "\uFEFF会员张三"));
    }

    @Test
    void rejectsValuesLongerThanTheStoreKeeps() {
        String longCookie = "c".repeat(IdentifierNormalizer.MAX_LENGTH + 1);
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> normalizer.normalize(IdType.COOKIE, longCookie));
        assertEquals("COOKIE value is 257 characters long; the project keeps at most 256. Check the column mapping.",
                e.getMessage());
    }

    @Test
    void usesTheConfiguredCountryCodeForNationalNumbers() throws Exception {
        IdentifierNormalizer us = new IdentifierNormalizer("1");
        assertEquals("12025550123", us.normalize(IdType.PHONE, "(202) 555-0123"));
        assertEquals("12025550123", us.normalize(IdType.PHONE, "1 202 555 0123"));
        assertThrows(IllegalArgumentException.class, () -> new IdentifierNormalizer("086"));
        assertThrows(IllegalArgumentException.class, () -> new IdentifierNormalizer("+86"));
    }
}
