package com.touchpoint.datasources.events;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Reads back what {@link BlockOutput} wrote. */
final class BlockInput {

    private final byte[] bytes;
    private int position;

    private BlockInput(byte[] bytes) {
        this.bytes = bytes;
    }

    static BlockInput raw(byte[] bytes) {
        return new BlockInput(bytes);
    }

    static BlockInput inflated(byte[] deflated) {
        int size = (deflated[0] & 0xFF) << 24 | (deflated[1] & 0xFF) << 16 | (deflated[2] & 0xFF) << 8
                | deflated[3] & 0xFF;
        byte[] bytes = new byte[size];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated, 4, deflated.length - 4);
            int done = 0;
            while (done < size) {
                int n = inflater.inflate(bytes, done, size - done);
                if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                    throw new IllegalStateException("an event block is truncated: " + done + " of " + size + " bytes");
                }
                done += n;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("an event block is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        return new BlockInput(bytes);
    }

    long unsigned() {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[position++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    long signed() {
        return unzigzag(unsigned());
    }

    static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    String text() {
        int length = (int) unsigned() - 1;
        if (length < 0) {
            return null;
        }
        String text = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return text;
    }

    long fixed() {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | (bytes[position++] & 0xFF);
        }
        return value;
    }
}
