package com.touchpoint.sampledata.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The physical shape of an export file.
 *
 * @param name      file name
 * @param charset   encoding
 * @param bom       whether a UTF-8 byte order mark comes first
 * @param delimiter field delimiter as text, or "ndjson"
 * @param header    header line, or null when the file has none
 * @param lineEnd   "\n" or "\r\n"
 */
public record FileLayout(String name, Charset charset, boolean bom, String delimiter, String header,
                         String lineEnd) {

    public static FileLayout ndjson(String name) {
        return new FileLayout(name, StandardCharsets.UTF_8, false, "ndjson", null, "\n");
    }

    public static FileLayout csv(String name, char delimiter, String header) {
        return new FileLayout(name, StandardCharsets.UTF_8, false, String.valueOf(delimiter), header, "\n");
    }

    public FileLayout withCharset(Charset newCharset) {
        return new FileLayout(name, newCharset, bom, delimiter, header, lineEnd);
    }

    public FileLayout withBom() {
        return new FileLayout(name, charset, true, delimiter, header, lineEnd);
    }

    /** Windows line endings, as exported by Windows tools. */
    public FileLayout withCrLf() {
        return new FileLayout(name, charset, bom, delimiter, header, "\r\n");
    }
}
