package com.touchpoint.datasources.read;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file opened as text in a given charset, with a leading byte-order mark dropped and the bytes read counted. */
final class TextInput implements Closeable {
    private static final int BUFFER_CHARS = 1 << 16;
    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private final CountingInputStream bytes;
    private final BufferedReader reader;

    private TextInput(CountingInputStream bytes, BufferedReader reader) {
        this.bytes = bytes;
        this.reader = reader;
    }

    static TextInput open(Path file, Charset charset) throws IOException {
        CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, charset), BUFFER_CHARS);
            reader.mark(1);
            if (reader.read() != BYTE_ORDER_MARK) {
                reader.reset();
            }
            return new TextInput(bytes, reader);
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    BufferedReader reader() {
        return reader;
    }

    long bytesRead() {
        return bytes.count();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
