package com.touchpoint.datasources.events;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;

/** A growing byte buffer of variable-length integers and texts, handed on deflated: what event blocks are made of. */
final class BlockOutput {

    private byte[] bytes;
    private int size;

    BlockOutput(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    void unsigned(long value) {
        ensure(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    /** Small negative and positive numbers both take few bytes (zig-zag coding). */
    void signed(long value) {
        unsigned(zigzag(value));
    }

    /** 0, -1, 1, -2, 2… as 0, 1, 2, 3, 4…; {@link BlockInput#unzigzag} undoes it. */
    static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    /** A text or null. */
    void text(String text) {
        if (text == null) {
            unsigned(0);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        unsigned(utf8.length + 1L);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    void fixed(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    byte[] raw() {
        return Arrays.copyOf(bytes, size);
    }

    /** The bytes deflated at the fastest level, after their length as 4 bytes. */
    byte[] deflated() {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes, 0, size);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(size / 3 + 64);
            out.write(size >>> 24);
            out.write(size >>> 16);
            out.write(size >>> 8);
            out.write(size);
            byte[] chunk = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
