package com.touchpoint.datasources.identity;

import java.util.Arrays;

/**
 * Append-only store of short strings, packed into 256 KiB byte pages: a length prefix (one byte below 128, else two)
 * followed by the chars in CESU-8 (one byte per ASCII char). A value is addressed by an int reference (page and
 * offset), so millions of values cost their bytes plus four bytes of reference instead of a String object each.
 */
final class ValueArena {

    /** 256 KiB: below G1's humongous-object threshold (half a region, at least 512 KiB), so no region is wasted. */
    private static final int PAGE_BITS = 18;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int OFFSET_MASK = PAGE_SIZE - 1;
    /** References stay non-negative ints. */
    private static final int MAX_PAGES = 1 << (31 - PAGE_BITS);
    private static final int MAX_ENCODED_LENGTH = (1 << 14) - 1;

    private byte[][] pages = new byte[8][];
    private int pageCount;
    private int position = PAGE_SIZE;

    /** @return the reference of the stored copy */
    int append(String value) {
        int length = encodedLength(value);
        if (length > MAX_ENCODED_LENGTH) {
            throw new IllegalArgumentException("Value of " + value.length() + " characters is too long to store");
        }
        int needed = length + (length < 0x80 ? 1 : 2);
        if (position + needed > PAGE_SIZE) {
            addPage();
        }
        byte[] page = pages[pageCount - 1];
        int reference = (pageCount - 1) << PAGE_BITS | position;
        int p = position;
        if (length < 0x80) {
            page[p++] = (byte) length;
        } else {
            page[p++] = (byte) (0x80 | (length & 0x7F));
            page[p++] = (byte) (length >>> 7);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                page[p++] = (byte) c;
            } else if (c < 0x800) {
                page[p++] = (byte) (0xC0 | c >>> 6);
                page[p++] = (byte) (0x80 | (c & 0x3F));
            } else {
                page[p++] = (byte) (0xE0 | c >>> 12);
                page[p++] = (byte) (0x80 | ((c >>> 6) & 0x3F));
                page[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        position = p;
        return reference;
    }

    /** True when the stored value equals {@code value}; allocates nothing. */
    boolean matches(int reference, String value) {
        byte[] page = pages[reference >>> PAGE_BITS];
        int p = reference & OFFSET_MASK;
        int length = page[p++];
        if (length < 0) {
            length = (length & 0x7F) | (page[p++] & 0xFF) << 7;
        }
        int n = value.length();
        if (n > length) {
            return false;
        }
        int end = p + length;
        int i = 0;
        while (p < end) {
            int decoded = decode(page, p);
            if (i == n || value.charAt(i++) != (char) decoded) {
                return false;
            }
            p += decoded >>> 16;
        }
        return i == n;
    }

    String read(int reference) {
        byte[] page = pages[reference >>> PAGE_BITS];
        int p = reference & OFFSET_MASK;
        int length = page[p++];
        if (length < 0) {
            length = (length & 0x7F) | (page[p++] & 0xFF) << 7;
        }
        int end = p + length;
        char[] chars = new char[length];
        int n = 0;
        while (p < end) {
            int decoded = decode(page, p);
            chars[n++] = (char) decoded;
            p += decoded >>> 16;
        }
        return new String(chars, 0, n);
    }

    /** The char whose encoding starts at {@code p} in the low 16 bits, its byte count above them. */
    private static int decode(byte[] page, int p) {
        int b = page[p];
        if (b >= 0) {
            return b | 1 << 16;
        }
        if ((b & 0xE0) == 0xC0) {
            return ((b & 0x1F) << 6 | (page[p + 1] & 0x3F)) | 2 << 16;
        }
        return ((b & 0x0F) << 12 | (page[p + 1] & 0x3F) << 6 | (page[p + 2] & 0x3F)) | 3 << 16;
    }

    private static int encodedLength(String value) {
        int length = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return length;
    }

    private void addPage() {
        if (pageCount == MAX_PAGES) {
            throw new IllegalStateException("The identity graph holds 2 GiB of identifier values, its limit");
        }
        if (pageCount == pages.length) {
            pages = Arrays.copyOf(pages, pages.length * 2);
        }
        pages[pageCount++] = new byte[PAGE_SIZE];
        position = 0;
    }
}
