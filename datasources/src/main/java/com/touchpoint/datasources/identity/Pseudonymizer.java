package com.touchpoint.datasources.identity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Replaces personal identifiers ({@link IdType#isPersonal()}) by a salted hash: HMAC-SHA256 keyed with the
 * project's salt, as the first 32 lower-case hex characters. Give it normalised values, so that every spelling of
 * one phone number gets one hash. When pseudonymisation is off, values pass through in clear. Thread-safe.
 */
public final class Pseudonymizer {

    /** Length of a salt made by {@link #newSalt()}. */
    public static final int SALT_BYTES = 16;

    private static final String ALGORITHM = "HmacSHA256";
    private static final int HASH_BYTES = 16;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One MAC per thread, as {@link Mac} is not thread-safe; null when pseudonymisation is off. */
    private final ThreadLocal<Mac> macs;

    private Pseudonymizer(ThreadLocal<Mac> macs) {
        this.macs = macs;
    }

    public static Pseudonymizer withSalt(byte[] salt) {
        if (salt == null || salt.length == 0) {
            throw new IllegalArgumentException("The pseudonymisation salt is empty; create one with "
                    + "Pseudonymizer.newSalt() and keep it with the project.");
        }
        SecretKeySpec key = new SecretKeySpec(salt.clone(), ALGORITHM);
        return new Pseudonymizer(ThreadLocal.withInitial(() -> newMac(key)));
    }

    /** For projects that store personal identifiers in clear. */
    public static Pseudonymizer disabled() {
        return new Pseudonymizer(null);
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }

    public boolean isEnabled() {
        return macs != null;
    }

    /** @return the hash of a personal value when enabled, otherwise the value itself; null stays null */
    public String storedValue(IdType type, String normalizedValue) {
        if (normalizedValue == null || macs == null || !type.isPersonal()) {
            return normalizedValue;
        }
        byte[] digest = macs.get().doFinal(normalizedValue.getBytes(StandardCharsets.UTF_8));
        char[] hex = new char[2 * HASH_BYTES];
        for (int i = 0; i < HASH_BYTES; i++) {
            hex[2 * i] = HEX[(digest[i] >>> 4) & 0x0F];
            hex[2 * i + 1] = HEX[digest[i] & 0x0F];
        }
        return new String(hex);
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot compute " + ALGORITHM, e);
        }
    }
}
