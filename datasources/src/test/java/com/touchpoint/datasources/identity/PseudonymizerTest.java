package com.touchpoint.datasources.identity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PseudonymizerTest {

    private static final byte[] SALT = "touchpoint-demo-salt".getBytes(StandardCharsets.US_ASCII);

    @Test
    void hashIsTheFirst32HexCharsOfHmacSha256() {
        // RFC 4231 test case 2: HMAC-SHA256(key "Jefe", "what do ya want for nothing?")
        // = 5bdcc146bf60754e6a042426089575c7 5a003f089d2739839dec58b964ec3843
        Pseudonymizer jefe = Pseudonymizer.withSalt("Jefe".getBytes(StandardCharsets.US_ASCII));
        assertEquals("5bdcc146bf60754e6a042426089575c7",
                jefe.storedValue(IdType.EMAIL, "what do ya want for nothing?"));
    }

    @Test
    void hashesPersonalIdentifiersDeterministically() {
        // expected values from Python: hmac.new(b"touchpoint-demo-salt", value, sha256).hexdigest()[:32]
        assertEquals("711ddb9818675746efadebd15a33297d",
                Pseudonymizer.withSalt(SALT).storedValue(IdType.PHONE, "8613800138000"));
        assertEquals("711ddb9818675746efadebd15a33297d",
                Pseudonymizer.withSalt(SALT.clone()).storedValue(IdType.PHONE, "8613800138000"));
        assertEquals("4a54a8bdceb0aaa15133948338b6eb19",
                Pseudonymizer.withSalt(SALT).storedValue(IdType.EMAIL, "alice@example.com"));
    }

    @Test
    void anotherSaltGivesAnotherHash() {
        // hmac.new(b"another-salt", b"8613800138000", sha256).hexdigest()[:32]
        assertEquals("d0bcd09da400bf84265d57892bc7fd4e", Pseudonymizer.withSalt(
                "another-salt".getBytes(StandardCharsets.US_ASCII)).storedValue(IdType.PHONE, "8613800138000"));
    }

    @Test
    void leavesNonPersonalIdentifiersInClear() {
        Pseudonymizer pseudonymizer = Pseudonymizer.withSalt(SALT);
        for (IdType type : IdType.values()) {
            if (!type.isPersonal()) {
                assertEquals("M0001", pseudonymizer.storedValue(type, "M0001"), type.name());
            }
        }
        assertNull(pseudonymizer.storedValue(IdType.PHONE, null));
    }

    @Test
    void disabledPseudonymizerStoresPersonalValuesInClear() {
        Pseudonymizer off = Pseudonymizer.disabled();
        assertFalse(off.isEnabled());
        assertEquals("8613800138000", off.storedValue(IdType.PHONE, "8613800138000"));
    }

    @Test
    void newSaltsAreSixteenRandomBytes() {
        byte[] first = Pseudonymizer.newSalt();
        byte[] second = Pseudonymizer.newSalt();
        assertEquals(16, first.length);
        // two equal 128-bit random salts would take about 2^64 tries
        assertFalse(Arrays.equals(first, second));
    }

    @Test
    void rejectsAnEmptySalt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pseudonymizer.withSalt(new byte[0]));
        assertTrue(e.getMessage().contains("Pseudonymizer.newSalt()"), e.getMessage());
    }

    @Test
    void encoderNormalisesBeforeHashingSoEverySpellingGetsOneHash() throws Exception {
        IdentifierEncoder encoder = new IdentifierEncoder(new IdentifierNormalizer(), Pseudonymizer.withSalt(SALT));
        for (String spelling : new String[] {"+86 138-0013-8000", "138 0013 8000", "0086 13800138000",
                "8613800138000"}) {
            assertEquals("711ddb9818675746efadebd15a33297d", encoder.encode(IdType.PHONE, spelling), spelling);
        }
        assertEquals("4a54a8bdceb0aaa15133948338b6eb19", encoder.encode(IdType.EMAIL, " Alice@Example.com"));
        assertNull(encoder.encode(IdType.PHONE, "null"));
        assertThrows(InvalidIdentifierException.class, () -> encoder.encode(IdType.PHONE, "12345"));
        IdentifierEncoder clear = new IdentifierEncoder(new IdentifierNormalizer(), Pseudonymizer.disabled());
        assertEquals("8613800138000", clear.encode(IdType.PHONE, "138 0013 8000"));
        assertEquals("M1", encoder.encode(IdType.MEMBER, " M1 "));
    }
}
