package com.touchpoint.datasources.read;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How to read a file: built from a {@link SniffResult} and editable by the analyst when the guess was wrong.
 *
 * @param delimiter the field separator; only used for {@link FileFormat#CSV}
 */
public record ReadOptions(FileFormat format, Charset charset, char delimiter) {

    public ReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("a quote or line break cannot separate fields; use , ; tab or |");
        }
    }

    public static ReadOptions from(SniffResult sniff) {
        return new ReadOptions(sniff.format(), sniff.charset(), sniff.delimiter());
    }

    public ReadOptions withFormat(FileFormat newFormat) {
        return new ReadOptions(newFormat, charset, delimiter);
    }

    public ReadOptions withCharset(Charset newCharset) {
        return new ReadOptions(format, newCharset, delimiter);
    }

    public ReadOptions withDelimiter(char newDelimiter) {
        return new ReadOptions(format, charset, newDelimiter);
    }
}
